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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.custodian.model.ConsoleRole;
import org.custodian.store.AccessEvent;
import org.custodian.store.ConsoleUsers;
import org.custodian.store.EventFilter;
import org.custodian.store.StoreException;
import org.custodian.store.StoredEvent;
import org.custodian.testing.PostgresServer;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three trusts of an imaging network in one PostgreSQL store: each trust's guardian sees only that trust's
 * patients, in the console and through plain SQL, and the network's lead sees all of them.
 */
class TrustsTest {
	private static final String[] TRUSTS = { "RAA", "RBB", "RCC" };
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@TempDir
	Path dir;
	private ConsoleDatabase db;

	@AfterEach
	void close() {
		db.store.close();
	}

	private static String guardian(String trust) {
		return "guardian_" + trust.toLowerCase();
	}

	/** An access to a patient of the trust; {@code shared} is one that every trust's PACS recorded alike. */
	private static AccessEvent event(String trust, int n) {
		return new AccessEvent(T0.plusSeconds(60L * n), "110110", "R", 0, null, "user" + n, "User " + n, "ws1",
				trust + "-P" + n, "DOE^" + trust, null, "PACS", "viewed");
	}

	private static final AccessEvent SHARED = new AccessEvent(T0, "110110", "R", 0, null, "radiologist", "Dr R",
			"ws9", "9434765919", "SMITH^ANN", null, "PACS", "reported");

	/** Makes the network: a guardian per trust and a network lead, then each guardian imports its trust's events. */
	private String network() {
		db = new ConsoleDatabase(Backend.POSTGRESQL, dir.resolve("db"));
		db.store.create(db.owner());
		for (String trust : TRUSTS) {
			db.store.users().create(guardian(trust), ConsoleDatabase.PASSWORD.toCharArray(),
					ConsoleRole.CALDICOTT_GUARDIAN, null);
			db.store.users().assignTrust(guardian(trust), trust);
		}
		db.store.users().create("network_lead", ConsoleDatabase.PASSWORD.toCharArray(), ConsoleRole.AUDITOR, null);
		db.store.users().assignTrust("network_lead", ConsoleUsers.NETWORK);
		assertEquals("RBB", db.store.users().trustOf(guardian("RBB")));
		db.store.close();
		for (String trust : TRUSTS) {
			db.store.open(db.config(guardian(trust), ConsoleDatabase.PASSWORD));
			long run = db.store.events().beginImport(trust + "-audit.xml", "DICOM");
			List<AccessEvent> events = new ArrayList<>(List.of(event(trust, 1), event(trust, 2), SHARED));
			db.store.events().commitBatch(run, events, List.of(), "end");
			db.store.events().finishImport(run, "COMPLETED");
			db.store.close();
		}
		return db.owner().directory().toString();
	}

	private Set<String> patientsSeenInTheConsole() {
		Set<String> patients = new TreeSet<>();
		for (StoredEvent e : db.store.events().page(EventFilter.ALL, 0, 100)) {
			patients.add(e.event().patientId());
		}
		return patients;
	}

	private static Set<String> patientsSeenBySql(String database, String role) throws SQLException {
		Set<String> patients = new TreeSet<>();
		try (Connection c = PostgresServer.shared().connect(database, role, ConsoleDatabase.PASSWORD.toCharArray());
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT patient_id FROM custodian.access_event")) {
			while (rs.next()) {
				patients.add(rs.getString(1));
			}
		}
		return patients;
	}

	@Test
	void eachGuardianSeesOnlyTheirTrustsPatientsInTheConsoleAndThroughSql() throws SQLException {
		String database = network();
		for (String trust : TRUSTS) {
			Set<String> own = new TreeSet<>(Set.of(trust + "-P1", trust + "-P2", SHARED.patientId()));
			db.store.open(db.config(guardian(trust), ConsoleDatabase.PASSWORD));
			assertEquals(3, db.store.events().count(EventFilter.ALL), trust);
			assertEquals(own, patientsSeenInTheConsole(), trust);
			db.store.close();
			assertEquals(own, patientsSeenBySql(database, guardian(trust)), trust);
		}
		db.store.open(db.config("network_lead", ConsoleDatabase.PASSWORD));
		assertEquals(9, db.store.events().count(EventFilter.ALL));
		assertEquals(7, patientsSeenInTheConsole().size(), "six trusts' own patients and the shared one");
		db.store.close();
		assertEquals(7, patientsSeenBySql(database, "network_lead").size());
	}

	@Test
	void aGuardianCannotWriteIntoAnotherTrustNorChangeTheirOwnTrust() throws SQLException {
		String database = network();
		try (Connection c = PostgresServer.shared().connect(database, guardian("RAA"),
				ConsoleDatabase.PASSWORD.toCharArray()); Statement s = c.createStatement()) {
			SQLException other = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO custodian."
					+ "flagged_patient (patient_id, category, reason, trust) VALUES ('RBB-P1', 'VIP', 'x', 'RBB')"));
			assertEquals("42501", other.getSQLState(), other.getMessage());
			SQLException escalate = assertThrows(SQLException.class,
					() -> s.executeUpdate("UPDATE custodian.user_trust SET trust = '*'"));
			assertEquals("42501", escalate.getSQLState(), escalate.getMessage());
			assertEquals(0, s.executeUpdate("UPDATE custodian.alert SET status = 'CLOSED' WHERE trust = 'RBB'"));
			// what the guardian writes is their trust's, without saying so
			s.executeUpdate("INSERT INTO custodian.flagged_patient (patient_id, category) VALUES ('RAA-P1', 'VIP')");
			try (ResultSet rs = s.executeQuery("SELECT trust FROM custodian.flagged_patient")) {
				assertTrue(rs.next());
				assertEquals("RAA", rs.getString(1));
			}
		}
		db.store.open(db.owner());
		StoreException bad = assertThrows(StoreException.class,
				() -> db.store.users().assignTrust(guardian("RAA"), "not a code!"));
		assertTrue(bad.getMessage().contains("trust"), bad.getMessage());
	}
}
