package org.custodian.store.tests.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.custodian.model.ConsoleRole;
import org.custodian.store.AccessEvent;
import org.custodian.store.EventFilter;
import org.custodian.testing.PostgresServer;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles enforced by PostgreSQL itself: each console user is a login role whose GRANTs follow the Permission
 * table, so connecting with plain JDBC (as any other SQL client would) gives a role no more than the console does.
 */
class DatabaseRolesTest {
	@TempDir
	Path dir;
	private ConsoleDatabase db;

	@AfterEach
	void close() {
		db.store.close();
	}

	/** A store with every role, an import and an alert made by its administrator; returns the database's name. */
	private String storeWithAnEvent() {
		db = new ConsoleDatabase(Backend.POSTGRESQL, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.ADMINISTRATOR);
		long run = db.store.events().beginImport("audit.xml", "DICOM");
		db.store.events().commitBatch(run, List.of(new AccessEvent(Instant.parse("2026-03-01T08:00:00Z"), "110110",
				"R", 0, null, "alice", "Alice", "ws1", "P1", "DOE^JANE", null, "PACS", "viewed")), List.of(), "end");
		db.store.close();
		return db.owner().directory().toString();
	}

	private static Connection asRole(String database, String role) throws SQLException {
		return PostgresServer.shared().connect(database, role, ConsoleDatabase.PASSWORD.toCharArray());
	}

	private static long count(Connection c, String table) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM custodian." + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void refused(Connection c, String sql) {
		SQLException e = assertThrows(SQLException.class, () -> {
			try (Statement s = c.createStatement()) {
				s.execute(sql);
			}
		}, sql);
		assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
	}

	@Test
	void rolesWithoutAccessToPatientsAreRefusedTheirTablesByTheServer() throws SQLException {
		String database = storeWithAnEvent();
		for (ConsoleRole role : List.of(ConsoleRole.IT_SECURITY_LEAD, ConsoleRole.IG_MANAGER)) {
			try (Connection c = asRole(database, ConsoleDatabase.name(role))) {
				for (String table : List.of("access_event", "patient", "alert", "care_relationship", "import_run")) {
					refused(c, "SELECT * FROM custodian." + table);
				}
				refused(c, "INSERT INTO custodian.flagged_patient VALUES ('P1', 'VIP', 'x')");
				// what every role reads: the registers' tables and the version
				assertEquals(org.custodian.store.internal.migrations.MigrationRunner.latestVersion(), count(c, "schema_version"));
			}
		}
	}

	@Test
	void theGuardianReadsAndTheAuditorOnlyReadsThePatientsTables() throws SQLException {
		String database = storeWithAnEvent();
		try (Connection c = asRole(database, ConsoleDatabase.name(ConsoleRole.CALDICOTT_GUARDIAN))) {
			assertEquals(1, count(c, "access_event"));
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE custodian.alert SET status = status");
			}
			refused(c, "CREATE TABLE custodian.mine (x INT)");
			refused(c, "DROP TABLE custodian.access_event");
		}
		try (Connection c = asRole(database, ConsoleDatabase.name(ConsoleRole.AUDITOR))) {
			assertEquals(1, count(c, "access_event"));
			refused(c, "DELETE FROM custodian.access_event");
			refused(c, "INSERT INTO custodian.flagged_patient VALUES ('P1', 'VIP', 'x')");
			refused(c, "UPDATE custodian.\"M_OBJECT\" SET \"ECLASS\" = 'x'");
		}
	}

	@Test
	void theSignInGuardReadsOnlyItsCountsAndTheTrail() throws SQLException {
		String database = storeWithAnEvent();
		try (Connection c = PostgresServer.shared().connect(database, "custodian_guard_" + database,
				org.custodian.store.internal.derby.SignInGuard.password(
						org.custodian.testing.TestDatabases.BOOT.toCharArray()).toCharArray())) {
			assertTrue(count(c, "console_trail") > 0);
			refused(c, "SELECT * FROM custodian.access_event");
			refused(c, "SELECT * FROM custodian.\"M_OBJECT\"");
		}
	}

	@Test
	void aDisabledAccountCannotConnectAtAll() throws SQLException {
		String database = storeWithAnEvent();
		db.signIn(ConsoleRole.ADMINISTRATOR);
		db.store.users().setEnabled(ConsoleDatabase.name(ConsoleRole.AUDITOR), false);
		assertEquals(1, db.store.events().count(EventFilter.ALL));
		SQLException e = assertThrows(SQLException.class,
				() -> asRole(database, ConsoleDatabase.name(ConsoleRole.AUDITOR)).close());
		assertEquals("28000", e.getSQLState(), e.getMessage());
		db.store.users().setEnabled(ConsoleDatabase.name(ConsoleRole.AUDITOR), true);
		try (Connection c = asRole(database, ConsoleDatabase.name(ConsoleRole.AUDITOR))) {
			assertEquals(1, count(c, "access_event"));
		}
	}
}
