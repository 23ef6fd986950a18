package org.custodian.store.tests.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custodian.model.ConsoleRole;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.store.CareRelationship;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.EventFilter;
import org.custodian.store.MovedTable;
import org.custodian.store.NewAlert;
import org.custodian.store.StoreException;
import org.custodian.store.internal.StoreComponent;
import org.custodian.testing.TestDatabases;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-store}: a Derby database with events over two months, feeds, alerts, the registers and users
 * moves into a PostgreSQL store with every table's count and content equal, leaves the Derby database as it was,
 * and a move that stopped goes on where it stopped.
 */
class StoreMoveTest {
	private static final Instant T0 = Instant.parse("2026-02-27T08:00:00Z");

	@TempDir
	Path dir;
	private ConsoleDatabase derby;
	private final StoreComponent postgres = new StoreComponent();

	@AfterEach
	void close() {
		derby.store.close();
		postgres.close();
	}

	/** A Derby database with 4,500 events across February and March and a bit of everything else; left open. */
	private void derbyWithData() {
		derby = new ConsoleDatabase(Backend.DERBY, dir.resolve("db")).withEveryRole();
		derby.signIn(ConsoleRole.ADMINISTRATOR);
		var events = derby.store.events();
		long run = events.beginImport("audit.xml", "DICOM");
		List<AccessEvent> batch = new ArrayList<>();
		for (int i = 0; i < 4500; i++) {
			batch.add(new AccessEvent(T0.plusSeconds(97L * i), "110110", "R", 0, null, "user" + i % 7, "User",
					"ws" + i % 3, "P" + i % 50, "DOE^P" + i % 50, null, "PACS", "viewed " + i));
		}
		events.commitBatch(run, batch, List.of(), "end");
		events.finishImport(run, "COMPLETED");
		derby.store.references().addCare(List.of(new CareRelationship("P1", "ACC1", "dr.who", null, "Radiology", null,
				null, LocalDate.of(2026, 2, 1))));
		derby.store.alerts().raise(List.of(new NewAlert("self-access", "HIGH", "user1", "P1", T0, 7, "own record",
				"self:7")));
		Trust trust = ModelFactory.eINSTANCE.createTrust();
		trust.setName("Trust");
		Staff s = ModelFactory.eINSTANCE.createStaff();
		s.setStaffNumber("S1");
		trust.getStaff().add(s);
		derby.store.entities().save(trust);
		derby.store.trail().append("guardian", "view patient timeline", "P1", null);
	}

	private DatabaseConfig postgresTarget() {
		return TestDatabases.config(Backend.POSTGRESQL, dir.resolve("unused"));
	}

	@Test
	void aDerbyDatabaseMovesWithEveryCountAndContentEqualAndIsLeftAsItWas() {
		derbyWithData();
		Map<String, Long> before = counts();
		DatabaseConfig target = postgresTarget();
		List<MovedTable> moved = derby.store.maintenance().moveTo(target, m -> { });
		assertTrue(moved.size() > 10, moved.toString());
		for (MovedTable t : moved) {
			assertTrue(t.identical(), t.toString());
		}
		assertTrue(moved.stream().anyMatch(t -> t.table().equals("ACCESS_EVENT") && t.targetRows() == 4500), moved.toString());
		assertEquals(before, counts(), "the Derby database is left as it was");

		postgres.open(TestDatabases.as(target, TestDatabases.USER, TestDatabases.PASSWORD));
		assertEquals(4500, postgres.events().count(EventFilter.ALL));
		assertEquals(90, postgres.events().page(new EventFilter("P1", null, null, null), 0, 500).size());
		assertTrue(postgres.trail().verify().intact(), "the trail's chain survives the move");
		assertTrue(postgres.trail().newest(0, 5).stream().anyMatch(e -> e.action().equals("store moved in")));
		assertEquals(5, postgres.users().list().size(), "the console's users moved");
		// without their passwords, until the administrator gives them new ones
		postgres.close();
		assertThrows(StoreException.class, () -> postgres.open(TestDatabases.as(target, "caldicott_guardian",
				ConsoleDatabase.PASSWORD)));
		postgres.open(TestDatabases.as(target, TestDatabases.USER, TestDatabases.PASSWORD));
		postgres.users().resetPassword("caldicott_guardian", "a new phrase after the move".toCharArray());
		postgres.close();
		postgres.open(TestDatabases.as(target, "caldicott_guardian", "a new phrase after the move"));
		assertEquals(4500, postgres.events().count(EventFilter.ALL));
		// new events get new ids after the moved ones (the guardian's import: through row-level security)
		long run = postgres.events().beginImport("more.xml", "DICOM");
		postgres.events().commitBatch(run, List.of(new AccessEvent(T0.plusSeconds(5), "110110", "R", 0, null, "x",
				null, null, "P9", null, null, "PACS", "after the move")), List.of(), "end");
		assertEquals(4501, postgres.events().count(EventFilter.ALL));
	}

	@Test
	void aMoveThatStoppedGoesOnWhereItStopped() {
		derbyWithData();
		DatabaseConfig target = postgresTarget();
		RuntimeException stop = assertThrows(RuntimeException.class, () -> derby.store.maintenance().moveTo(target,
				m -> {
					if (m.equals("copying ACCESS_EVENT: 2000 rows")) {
						throw new IllegalStateException("the server went away");
					}
				}));
		assertEquals("the server went away", stop.getMessage());
		List<String> copied = new ArrayList<>();
		List<MovedTable> moved = derby.store.maintenance().moveTo(TestDatabases.as(target, TestDatabases.USER,
				TestDatabases.PASSWORD), m -> {
					if (m.startsWith("copying ")) {
						copied.add(m);
					}
				});
		for (MovedTable t : moved) {
			assertTrue(t.identical(), t.toString());
		}
		assertTrue(copied.contains("copying ACCESS_EVENT: 2000 rows"), "the rest of the events: " + copied);
		assertTrue(copied.stream().noneMatch(m -> m.startsWith("copying ACCESS_EVENT: 4000")), copied.toString());
	}

	/** Rows of the Derby database's tables, read with plain SQL. */
	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		try (java.sql.Connection c = derby.store.connections().connection(); java.sql.Statement s = c.createStatement()) {
			for (String table : List.of("ACCESS_EVENT", "IMPORT_RUN", "ALERT", "CARE_RELATIONSHIP", "CONSOLE_TRAIL",
					"SETTING", "M_OBJECT", "M_STAFF", "SCHEMA_VERSION")) {
				try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
			c.commit();
		} catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
		return counts;
	}
}
