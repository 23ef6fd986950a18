package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.custodian.store.AccessEventStore;
import org.custodian.store.ConnectionSource;
import org.custodian.store.internal.events.DerbyAccessEventStore;

/**
 * A real, encrypted, embedded Derby database in a test's folder with the access-event tables, and the
 * store on it. {@link #applyEventSchema()} stands in for the store's MigrationRunner.
 */
final class TestDatabase implements ConnectionSource {
	private static final String BOOT_PASSWORD = "audit core tests boot password";
	private final Driver driver;
	private final String url;
	final AccessEventStore events;

	TestDatabase(Path folder) throws Exception {
		driver = (Driver) Class.forName("org.apache.derby.jdbc.EmbeddedDriver").getDeclaredConstructor()
				.newInstance();
		url = "jdbc:derby:" + folder.resolve("db");
		Properties p = new Properties();
		p.setProperty("encryptionAlgorithm", "AES/CBC/NoPadding");
		p.setProperty("encryptionKeyLength", "256");
		try (Connection c = driver.connect(url + ";create=true;dataEncryption=true;bootPassword=" + BOOT_PASSWORD,
				p)) {
			assertNotNull(c);
		}
		applyEventSchema();
		events = new DerbyAccessEventStore(this);
	}

	@Override
	public Connection connection() throws SQLException {
		Connection c = driver.connect(url, new Properties());
		c.setAutoCommit(false);
		return c;
	}

	/** Runs V001 as the migration runner does: statements end with a line ending in ';'. */
	private void applyEventSchema() throws Exception {
		String script;
		try (InputStream in = DerbyAccessEventStore.class
				.getResourceAsStream("/org/custodian/store/internal/migrations/V001__access_events.sql")) {
			assertNotNull(in, "V001__access_events.sql is not on the class path");
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		try (Connection c = connection(); Statement s = c.createStatement()) {
			StringBuilder sql = new StringBuilder();
			for (String line : script.split("\r?\n")) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("--")) {
					continue;
				}
				sql.append(trimmed).append('\n');
				if (trimmed.endsWith(";")) {
					s.execute(sql.substring(0, sql.lastIndexOf(";")));
					sql.setLength(0);
				}
			}
			c.commit();
		}
	}

	/** Shuts the database down; Derby confirms with SQLState 08006. */
	void shutdown() {
		SQLException e = assertThrows(SQLException.class,
				() -> driver.connect(url + ";shutdown=true", new Properties()));
		assertEquals("08006", e.getSQLState(), e.getMessage());
	}
}
