package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.BatchResult;
import org.custodian.store.ConnectionSource;
import org.custodian.store.EventFilter;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.custodian.store.StoreException;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.custodian.store.internal.migrations.MigrationRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.custodian.testing.TestDatabases;

/** The access-event table on a real encrypted Derby database: idempotent batches, paging, filters, failures. */
@ParameterizedClass
@EnumSource(Backend.class)
class AccessEventStoreTest {
	@Parameter
	Backend backend;

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@TempDir
	Path dir;
	private EventDatabase database;
	private AccessEventStore store;

	@BeforeEach
	void open() throws Exception {
		database = new EventDatabase(backend, dir.resolve("db"));
		database.applyEventSchema();
		store = new DerbyAccessEventStore(database);
	}

	@AfterEach
	void shutDown() {
		database.shutdown();
	}

	/** Event {@code n}: {@code n} minutes after T0, by user n%3, about patient n%4. */
	private static AccessEvent event(int n) {
		return new AccessEvent(T0.plusSeconds(60L * n), "110104", "R", 0, null, "user" + n % 3, "User " + n % 3,
				"10.0.0." + n % 7, "PAT" + n % 4, "DOE^PAT" + n % 4, "1.2.826.0.1." + n, "PACS_MAIN",
				"viewed " + n + " instances");
	}

	private static List<AccessEvent> events(int from, int to) {
		List<AccessEvent> result = new ArrayList<>();
		for (int n = from; n < to; n++) {
			result.add(event(n));
		}
		return result;
	}

	@Test
	void duplicatesWithinAndAcrossBatchesAreCountedAndNotStored() {
		long run = store.beginImport("audit.xml", "DICOM");
		List<AccessEvent> first = new ArrayList<>(events(0, 10));
		first.add(event(3));
		first.add(event(3));
		first.add(event(7));
		BatchResult r1 = store.commitBatch(run, first, List.of(), "message 13");
		assertEquals(new BatchResult(10, 3, 0), r1);

		// overlaps the first batch by 5 events; 600 events make the hash look-up take several chunks
		BatchResult r2 = store.commitBatch(run, events(5, 605), List.of(), "message 613");
		assertEquals(new BatchResult(595, 5, 0), r2);
		assertEquals(605, store.count(EventFilter.ALL));

		// a second run of the same data adds nothing
		long rerun = store.beginImport("audit.xml", "DICOM");
		assertEquals(new BatchResult(0, 605, 0), store.commitBatch(rerun, events(0, 605), List.of(), "message 605"));
		assertEquals(605, store.count(EventFilter.ALL));
		ImportRun totals = store.importRun(rerun);
		assertEquals(0, totals.imported());
		assertEquals(605, totals.duplicates());
	}

	@Test
	void aStoredEventInsideABatchWhoseEndsAreNewIsStillADuplicate() {
		long run = store.beginImport("audit.xml", "DICOM");
		store.commitBatch(run, List.of(event(50)), List.of(), "message 1");
		// the probe of the first and last events finds nothing; the unique index refuses event 50, the batch is
		// rolled back and stored again after looking up every event
		assertEquals(new BatchResult(99, 1, 0), store.commitBatch(run, events(0, 100), List.of(), "message 101"));
		assertEquals(100, store.count(EventFilter.ALL));
		ImportRun totals = store.importRun(run);
		assertEquals(100, totals.imported());
		assertEquals(1, totals.duplicates());
		assertEquals("message 101", totals.lastPosition());
	}

	@Test
	void pagesAreNewestFirstAndFiltersSelect() {
		long run = store.beginImport("audit.xml", "DICOM");
		store.commitBatch(run, events(0, 100), List.of(), "message 100");
		// two events at the same instant: the later row comes first
		AccessEvent tieA = new AccessEvent(T0.plusSeconds(60L * 200), "110104", "R", 0, null, "tie", null, null,
				"PATTIE", null, null, "PACS_MAIN", "a");
		AccessEvent tieB = new AccessEvent(tieA.time(), "110104", "R", 0, null, "tie", null, null, "PATTIE", null,
				null, "PACS_MAIN", "b");
		store.commitBatch(run, List.of(tieA, tieB), List.of(), "message 102");

		List<StoredEvent> top = store.page(EventFilter.ALL, 0, 5);
		assertEquals(List.of("b", "a", "viewed 99 instances", "viewed 98 instances", "viewed 97 instances"),
				top.stream().map(s -> s.event().detail()).toList());
		assertTrue(top.get(0).id() > top.get(1).id());
		assertEquals(run, top.get(0).importId());
		assertEquals(event(99), top.get(2).event(), "an event reads back exactly as it was stored");
		List<StoredEvent> next = store.page(EventFilter.ALL, 5, 5);
		assertEquals(event(96), next.get(0).event());
		assertEquals(2, store.page(EventFilter.ALL, 100, 50).size());
		assertTrue(store.page(EventFilter.ALL, 0, 0).isEmpty());

		EventFilter patient = new EventFilter("PAT1", null, null, null);
		assertEquals(25, store.count(patient));
		List<StoredEvent> patientPage = store.page(patient, 0, 100);
		assertEquals(25, patientPage.size());
		assertTrue(patientPage.stream().allMatch(s -> s.event().patientId().equals("PAT1")));
		assertEquals(event(97), patientPage.get(0).event());

		EventFilter user = new EventFilter(null, "user2", null, null);
		assertEquals(33, store.count(user));
		assertTrue(store.page(user, 0, 100).stream().allMatch(s -> s.event().userId().equals("user2")));

		// from is inclusive, to exclusive: events 10..19
		EventFilter period = new EventFilter(null, null, event(10).time(), event(20).time());
		assertEquals(10, store.count(period));
		List<StoredEvent> periodPage = store.page(period, 0, 100);
		assertEquals(event(19), periodPage.get(0).event());
		assertEquals(event(10), periodPage.get(9).event());

		// all four at once: patient 2 (n%4==2) by user 0 (n%3==0) in 10..59: n = 18, 30, 42, 54
		EventFilter all = new EventFilter("PAT2", "user0", event(10).time(), event(60).time());
		assertEquals(4, store.count(all));
		assertEquals(List.of(event(54), event(42), event(30), event(18)),
				store.page(all, 0, 10).stream().map(StoredEvent::event).toList());
		assertEquals(0, store.count(new EventFilter("NOBODY", null, null, null)));
	}

	@Test
	void quarantineAndRunTotalsAreKept() {
		long run = store.beginImport("/data/audit-2026-03.xml", "DICOM");
		ImportRun started = store.importRun(run);
		assertEquals(ImportRun.RUNNING, started.status());
		assertEquals("/data/audit-2026-03.xml", started.source());
		assertEquals("DICOM", started.format());
		assertNotNull(started.started());
		assertNull(started.finished());

		QuarantinedRecord bad1 = new QuarantinedRecord("audit-2026-03.xml", "message 3 at byte 2048, line 40",
				"not well-formed XML", "<AuditMessage><EventIdentification");
		QuarantinedRecord bad2 = new QuarantinedRecord("audit-2026-03.xml", "message 9 at byte 9000, line 170",
				"EventDateTime \"2026-02-30T10:00:00Z\" is not a valid date", "x".repeat(5000));
		store.commitBatch(run, events(0, 5), List.of(bad1), "message 6 at byte 6000, line 120");
		store.commitBatch(run, events(4, 8), List.of(bad2), "message 10 at byte 10000, line 200");
		store.finishImport(run, ImportRun.COMPLETED);

		ImportRun done = store.importRun(run);
		assertEquals(ImportRun.COMPLETED, done.status());
		assertEquals(8, done.imported());
		assertEquals(1, done.duplicates());
		assertEquals(2, done.quarantined());
		assertEquals("message 10 at byte 10000, line 200", done.lastPosition());
		assertNotNull(done.finished());
		assertTrue(!done.finished().isBefore(done.started()));

		List<QuarantinedRecord> problems = store.quarantine(run);
		assertEquals(2, problems.size());
		assertEquals(bad1, problems.get(0));
		assertEquals(bad2.reason(), problems.get(1).reason());
		assertEquals(QuarantinedRecord.MAX_EXCERPT, problems.get(1).excerpt().length());
		assertTrue(store.quarantine(run + 1).isEmpty());
		assertNull(store.importRun(run + 1));
		assertThrows(StoreException.class, () -> store.finishImport(run + 1, ImportRun.FAILED));
		assertThrows(IllegalArgumentException.class, () -> store.finishImport(run, "DONE"));
	}

	@Test
	void aBatchForAnUnknownRunIsRefusedWithoutWritingAnything() {
		long run = store.beginImport("audit.xml", "DICOM");
		store.commitBatch(run, events(0, 50), List.of(), "message 50");
		long noSuchRun = run + 1000;
		QuarantinedRecord bad = new QuarantinedRecord("audit.xml", "message 51", "broken", "<Audit");
		StoreException e = assertThrows(StoreException.class,
				() -> store.commitBatch(noSuchRun, events(50, 100), List.of(bad), "message 100"));
		assertTrue(e.getMessage().contains("no import run " + noSuchRun), e.getMessage());
		assertEquals(50, store.count(EventFilter.ALL));
		assertTrue(store.quarantine(noSuchRun).isEmpty());
	}

	@Test
	void aBatchThatFailsHalfwayLeavesNoTraceAndEarlierBatchesIntact() {
		long run = store.beginImport("audit.xml", "DICOM");
		store.commitBatch(run, events(0, 50), List.of(), "message 50");
		// the events of the next batch are inserted, then writing its quarantined record fails
		AccessEventStore failing = new DerbyAccessEventStore(
				() -> failing(database.connection(), "prepareStatement", "INSERT INTO QUARANTINE", "XSDG1"));
		QuarantinedRecord bad = new QuarantinedRecord("audit.xml", "message 51", "broken", "<Audit");
		StoreException e = assertThrows(StoreException.class,
				() -> failing.commitBatch(run, events(50, 100), List.of(bad), "message 100"));
		assertTrue(e.getMessage().contains("disk"), "the advice should say what to check: " + e.getMessage());
		assertEquals(50, store.count(EventFilter.ALL));
		assertTrue(store.quarantine(run).isEmpty());
		ImportRun totals = store.importRun(run);
		assertEquals(50, totals.imported());
		assertEquals(0, totals.quarantined());
		assertEquals("message 50", totals.lastPosition());

		// rerunning the failed batch stores all of it: nothing was half-written
		assertEquals(new BatchResult(50, 0, 1), store.commitBatch(run, events(50, 100), List.of(bad), "message 100"));
		assertEquals(100, store.count(EventFilter.ALL));
		assertEquals(List.of(bad), store.quarantine(run));
	}

	@Test
	void aConnectionLostBeforeCommitLosesOnlyThatBatch() {
		long run = store.beginImport("audit.xml", "DICOM");
		store.commitBatch(run, events(0, 30), List.of(), "message 30");
		AccessEventStore failing = new DerbyAccessEventStore(() -> failing(database.connection(), "commit", null, "08006"));
		StoreException e = assertThrows(StoreException.class,
				() -> failing.commitBatch(run, events(30, 60), List.of(), "message 60"));
		assertTrue(e.getMessage().contains("message 60") && e.getMessage().contains("earlier batches are kept"),
				e.getMessage());
		assertTrue(e.getMessage().contains("connection"), "the advice should say what happened: " + e.getMessage());
		assertEquals(30, store.count(EventFilter.ALL));
		assertEquals(30, store.importRun(run).imported());
		assertEquals(new BatchResult(30, 0, 0), store.commitBatch(run, events(30, 60), List.of(), "message 60"));
	}

	@Test
	void textLongerThanItsColumnIsCutNotFatal() {
		long run = store.beginImport("audit.xml", "DICOM");
		String longUser = "u".repeat(300);
		String longDetail = "d".repeat(5000);
		// a surrogate pair straddling the cut must not be split
		String longName = "N".repeat(255) + "\uD83D\uDE00" + "tail";
		AccessEvent e = new AccessEvent(T0, "110104-extended-code", "READ", 0, null, longUser, longName, null,
				"PAT1", null, null, "PACS", longDetail);
		assertEquals(new BatchResult(1, 0, 0), store.commitBatch(run, List.of(e), List.of(), "message 1"));
		AccessEvent stored = store.page(EventFilter.ALL, 0, 1).get(0).event();
		assertEquals(128, stored.userId().length());
		assertEquals(1000, stored.detail().length());
		assertEquals("N".repeat(255), stored.userName());
		assertEquals("110104-extended-", stored.eventCode());
		assertEquals("R", stored.action());
		// the hash is taken before truncation, so the same long event is still a duplicate
		assertEquals(new BatchResult(0, 1, 0), store.commitBatch(run, List.of(e), List.of(), "message 1"));
	}

	/**
	 * Meaningful when the JVM runs in a zone with summer time (run the tests with
	 * -Duser.timezone=Europe/London): times are stored as UTC, so the local hour that a clock change skips
	 * or repeats is kept exactly. The zone cannot be switched inside the test: Derby caches it when it boots.
	 */
	@Test
	void timesAreExactInTheHoursASummerTimeChangeSkipsOrRepeats() {
		long run = store.beginImport("audit.xml", "DICOM");
		Instant skipped = Instant.parse("2026-03-29T01:30:00.123Z"); // 01:30 London time does not exist that day
		Instant repeated = Instant.parse("2026-10-25T01:30:00Z"); // 01:30 London time happens twice
		Instant usSkipped = Instant.parse("2026-03-08T02:30:00Z"); // 02:30 New York time does not exist
		store.commitBatch(run, List.of(at(skipped, "a"), at(repeated, "b"), at(usSkipped, "c")), List.of(),
				"message 3");
		assertEquals(List.of(repeated, skipped, usSkipped),
				store.page(EventFilter.ALL, 0, 10).stream().map(s -> s.event().time()).toList());
		assertEquals(1, store.count(new EventFilter(null, null, skipped, skipped.plusMillis(1))));
		assertEquals(0, store.count(new EventFilter(null, null, skipped.plusMillis(1), repeated)));
	}

	private static AccessEvent at(Instant time, String detail) {
		return new AccessEvent(time, "110104", "R", 0, null, "u", null, null, "P", null, null, "PACS", detail);
	}

	@Test
	void contentHashIsStoredAsThirtyTwoBytes() throws SQLException {
		long run = store.beginImport("audit.xml", "DICOM");
		store.commitBatch(run, List.of(event(1)), List.of(), "message 1");
		try (Connection c = database.connection(); Statement s = c.createStatement();
				var rs = s.executeQuery("SELECT CONTENT_HASH FROM ACCESS_EVENT")) {
			rs.next();
			assertArrayEquals(event(1).contentHash(), rs.getBytes(1));
			c.commit();
		}
	}

	/**
	 * The real connection, except that {@code method} (when its first argument starts with {@code sqlStart},
	 * if given) fails with {@code sqlState} as if the disk had filled or the database had gone away.
	 */
	private static Connection failing(Connection real, String method, String sqlStart, String sqlState) {
		return (Connection) Proxy.newProxyInstance(AccessEventStoreTest.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, m, args) -> {
					if (m.getName().equals(method)
							&& (sqlStart == null || String.valueOf(args[0]).startsWith(sqlStart))) {
						throw new SQLException("simulated failure of " + method, sqlState);
					}
					try {
						return m.invoke(real, args);
					} catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}
}
