package org.custodian.store.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.custodian.model.ConsoleUser;
import org.custodian.model.ModelPackage;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.EntityStore;
import org.custodian.store.MovedTable;
import org.custodian.store.internal.Database;
import org.custodian.store.internal.jdbc.StoreFailures;
import org.custodian.store.internal.migrations.MigrationRunner;
import org.custodian.store.internal.postgres.PostgresDatabase;
import org.custodian.store.internal.review.DerbyAlertStore;
import org.custodian.store.internal.review.DerbyConsoleTrail;

/**
 * Moves a Derby database into a PostgreSQL store. The target gets the same schema from its own migrations and the
 * entity mapping, then every table is copied (the source is only read). A table copied whole is marked in the
 * target (MOVE_PROGRESS, dropped when the move is done); a run that stopped goes on with the tables not marked, and within the
 * access events (the one table that may take hours) after the last event copied. At the end both sides are counted
 * and hashed table by table ({@link TableCopy#hash}); the move is recorded in the target's trail only then, after
 * the comparison, so that the two trails compare equal.
 */
final class StoreMove {
	/** Rows per INSERT batch and per commit. */
	private static final int BATCH = 2000;

	private final Database source;
	private final DatabaseConfig target;
	private final Consumer<String> progress;

	StoreMove(Database source, DatabaseConfig target, Consumer<String> progress) {
		this.source = source;
		this.target = target;
		this.progress = progress;
	}

	List<MovedTable> run(String user) {
		PostgresDatabase pg = PostgresDatabase.exists(target) ? PostgresDatabase.open(target, java.time.Clock.systemUTC())
				: PostgresDatabase.create(target);
		try {
			new MigrationRunner(pg).migrate();
			new EntityStore(pg, ModelPackage.eINSTANCE).ensureSchema();
			List<String> tables = new ArrayList<>(source.tableCounts().keySet());
			tables.remove("SCHEMA_VERSION"); // each side's own migrations wrote it
			List<MovedTable> result = new ArrayList<>();
			try (Connection from = source.writableConnection(); Connection to = pg.writableConnection()) {
				progressTable(to);
				for (String table : tables) {
					TableCopy copy = TableCopy.of(from, to, table);
					if (!marked(to, table)) {
						progress.accept("copying " + table);
						copy(from, to, copy);
						mark(to, table);
					}
				}
				for (String table : tables) {
					TableCopy copy = TableCopy.of(from, to, table);
					progress.accept("comparing " + table);
					result.add(copy.compare(from, to));
				}
				from.commit();
				if (result.stream().allMatch(MovedTable::identical)) {
					try (Statement s = to.createStatement()) {
						s.execute("DROP TABLE MOVE_PROGRESS");
					}
				}
				to.commit();
			}
			pg.prepareForUsers(target.bootPassword());
			for (ConsoleUser u : new EntityStore(pg, ModelPackage.eINSTANCE)
					.<ConsoleUser>loadAll(ModelPackage.Literals.CONSOLE_USER)) {
				pg.grant(u.getUsername(), u.getRole(), u.isEnabled());
			}
			boolean same = result.stream().allMatch(MovedTable::identical);
			new DerbyConsoleTrail(pg::writableConnection, new DerbyAlertStore(pg::writableConnection)).append(user,
					same ? "store moved in" : "store moved in with differences", source.location(),
					result.size() + " tables" + (same ? ", every count and content equal" : ""));
			return result;
		} catch (SQLException e) {
			throw StoreFailures.of("The store could not be moved to " + target.postgres() + " (run the move again to"
					+ " go on where it stopped)", e);
		} finally {
			pg.close();
		}
	}

	private void copy(Connection from, Connection to, TableCopy copy) throws SQLException {
		boolean events = copy.sourceTable().equals("ACCESS_EVENT");
		long after = Long.MIN_VALUE;
		if (events) {
			months(from, to);
			after = copy.lastCopiedId(to);
		} else {
			try (Statement s = to.createStatement()) {
				s.executeUpdate("DELETE FROM " + copy.targetName()); // a table cut off by a stop is copied again whole
			}
		}
		String where = events && after != Long.MIN_VALUE ? " WHERE ID > " + after : "";
		long copied = 0;
		try (Statement s = from.createStatement();
				ResultSet rs = s.executeQuery("SELECT " + copy.sourceColumns() + " FROM " + copy.sourceTable() + where
						+ (events ? " ORDER BY ID" : ""));
				PreparedStatement insert = to.prepareStatement(copy.insert())) {
			while (rs.next()) {
				copy.bind(rs, insert);
				insert.addBatch();
				if (++copied % BATCH == 0) {
					insert.executeBatch();
					to.commit();
					progress.accept("copying " + copy.sourceTable() + ": " + copied + " rows");
				}
			}
			insert.executeBatch();
		}
		copy.resetSequences(to);
		to.commit();
	}

	/** The partitions of every month the source's events fall in. */
	private static void months(Connection from, Connection to) throws SQLException {
		List<java.sql.Timestamp> months = new ArrayList<>();
		try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT DISTINCT YEAR(EVENT_TIME), MONTH(EVENT_TIME) FROM ACCESS_EVENT")) {
			while (rs.next()) {
				months.add(java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(rs.getInt(1), rs.getInt(2), 1, 0, 0)));
			}
		}
		try (PreparedStatement ps = to.prepareStatement("SELECT ACCESS_EVENT_MONTH(?)")) {
			for (java.sql.Timestamp m : months) {
				ps.setTimestamp(1, m);
				ps.execute();
			}
		}
		to.commit();
	}

	/** The target's record of the tables copied whole, dropped when the move is done. */
	private static void progressTable(Connection to) throws SQLException {
		try (Statement s = to.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS MOVE_PROGRESS (TABLE_NAME VARCHAR(128) PRIMARY KEY, DONE_AT TIMESTAMP)");
		}
		to.commit();
	}

	private static boolean marked(Connection to, String table) throws SQLException {
		try (PreparedStatement ps = to.prepareStatement("SELECT 1 FROM MOVE_PROGRESS WHERE TABLE_NAME = ?")) {
			ps.setString(1, table);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next();
			}
		}
	}

	private static void mark(Connection to, String table) throws SQLException {
		try (PreparedStatement ps = to.prepareStatement("INSERT INTO MOVE_PROGRESS VALUES (?, CURRENT_TIMESTAMP)")) {
			ps.setString(1, table);
			ps.executeUpdate();
		}
		to.commit();
	}
}
