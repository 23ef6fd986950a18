package org.custodian.store.internal.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.custodian.store.ConnectionSource;
import org.custodian.store.StoreException;
import org.custodian.store.internal.jdbc.Dialect;

/**
 * Applies the numbered schema migrations in order, each in its own transaction, and records them in
 * SCHEMA_VERSION. A migration is a resource {@code Vnnn__description.sql} beside this class, listed in
 * {@link #MIGRATIONS}; statements are separated by a line ending in ';'. Each database has its own scripts of the
 * same numbers: Derby's beside this class, PostgreSQL's in {@code postgresql/}. They make the same tables and
 * columns; where the databases differ (binary types, partitioning, functions) each says so in its script.
 */
public final class MigrationRunner {

	/** Every migration, oldest first. Append; never edit or reorder one that has shipped. */
	static final List<String> MIGRATIONS = List.of("V001__access_events.sql", "V002__access_review.sql",
			"V003__patient_identity.sql", "V004__patient_movements.sql", "V005__trusts.sql");

	private final ConnectionSource db;

	public MigrationRunner(ConnectionSource db) {
		this.db = db;
	}

	/** Applies pending migrations; returns how many ran. */
	public int migrate() {
		try (Connection c = db.connection()) {
			ensureVersionTable(c);
			int current = currentVersion(c);
			int applied = 0;
			String folder = folder(Dialect.of(c));
			for (int i = current; i < MIGRATIONS.size(); i++) {
				apply(c, i + 1, folder + MIGRATIONS.get(i));
				applied++;
			}
			c.commit(); // ends the version query's transaction; Derby refuses to close a connection inside one
			return applied;
		} catch (SQLException e) {
			throw new StoreException("The database schema could not be brought up to date: " + e.getMessage(), e);
		}
	}

	public int currentVersion() {
		try (Connection c = db.connection()) {
			ensureVersionTable(c);
			int version = currentVersion(c);
			c.commit();
			return version;
		} catch (SQLException e) {
			throw new StoreException("Cannot read the schema version: " + e.getMessage(), e);
		}
	}

	public static int latestVersion() {
		return MIGRATIONS.size();
	}

	/** Where the dialect's scripts are, relative to this class. */
	static String folder(Dialect dialect) {
		return dialect == Dialect.POSTGRESQL ? "postgresql/" : "";
	}

	private static void ensureVersionTable(Connection c) throws SQLException {
		try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), Dialect.of(c).catalogName("SCHEMA_VERSION"),
				null)) {
			if (rs.next()) {
				return;
			}
		}
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE SCHEMA_VERSION (VERSION INTEGER PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL, "
					+ "APPLIED_AT TIMESTAMP NOT NULL)");
		}
		c.commit();
	}

	private static int currentVersion(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static void apply(Connection c, int version, String name) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (String sql : statements(name)) {
				s.execute(sql);
			}
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO SCHEMA_VERSION VALUES (?, ?, ?)")) {
				ps.setInt(1, version);
				ps.setString(2, name);
				ps.setTimestamp(3, Timestamp.from(Instant.now()));
				ps.executeUpdate();
			}
			c.commit();
		} catch (SQLException e) {
			c.rollback();
			throw new SQLException("migration " + name + " failed: " + e.getMessage(), e.getSQLState(), e);
		}
	}

	/** Splits a migration script into statements; lines starting with "--" are comments. */
	static List<String> statements(String name) {
		String text;
		try (InputStream in = MigrationRunner.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new StoreException("Migration " + name + " is missing from this installation.");
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException("Cannot read migration " + name, e);
		}
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\r?\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}
			if (trimmed.endsWith(";")) {
				current.append(trimmed, 0, trimmed.length() - 1);
				result.add(current.toString().strip());
				current.setLength(0);
			} else {
				current.append(trimmed).append('\n');
			}
		}
		if (!current.toString().isBlank()) {
			result.add(current.toString().strip());
		}
		return result;
	}
}
