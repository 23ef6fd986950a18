package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.custodian.audit.core.AuditImportException;
import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.store.EventFilter;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.custodian.store.StoreException;
import org.custodian.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import pipeline on a real encrypted Derby database: batches, idempotence, quarantine, cancellation. */
class AuditLogImporterTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@TempDir
	Path dir;
	private TestDatabase db;

	@BeforeEach
	void open() throws Exception {
		db = new TestDatabase(dir);
	}

	@AfterEach
	void shutDown() {
		db.shutdown();
	}

	/** Message n: a viewing n minutes after T0, by user n%5, of patient n%40. */
	static String message(int n) {
		return AuditXml.viewing(T0.plusSeconds(60L * n).toString(), "user" + n % 5, "PAT" + n % 40,
				"PATIENT^" + n % 40, "1.2.826.0.1." + n).xml();
	}

	static String messages(int from, int to) {
		StringBuilder s = new StringBuilder();
		for (int n = from; n < to; n++) {
			s.append(message(n));
		}
		return s.toString();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void everyMessageOfAConcatenatedFileIsImportedInBatches() throws IOException {
		Path file = write("audit.xml", messages(0, 250));
		CountingStore store = new CountingStore(db.events);
		RecordingMonitor monitor = new RecordingMonitor();
		ImportReport report = new AuditLogImporter(store, 100).importFile(file, monitor);

		assertEquals(new ImportReport(report.importId(), "audit.xml", 250, 0, 0, ImportRun.COMPLETED, List.of()),
				report);
		assertEquals(3, store.committedBatches);
		// stored one batch at a time, in the file's order, while the next batch was read
		assertEquals(1, store.mostAtOnce);
		assertEquals(3, store.positions.size());
		for (int b = 0; b < 3; b++) {
			assertTrue(store.positions.get(b).startsWith("message " + Math.min(250, 100 * (b + 1)) + " at byte "),
					store.positions.toString());
		}
		assertEquals(250, db.events.count(EventFilter.ALL));
		ImportRun run = db.events.importRun(report.importId());
		assertEquals(ImportRun.COMPLETED, run.status());
		assertEquals(file.toAbsolutePath().toString(), run.source());
		assertEquals("DICOM", run.format());
		assertEquals(250, run.imported());
		assertTrue(run.lastPosition().startsWith("message 250 at byte "), run.lastPosition());
		assertEquals(monitor.totalWork, monitor.worked, 0.001, "progress reaches the end of the file");

		StoredEvent newest = db.events.page(EventFilter.ALL, 0, 1).get(0);
		assertEquals("user4", newest.event().userId());
		assertEquals("PAT9", newest.event().patientId());
		assertEquals(T0.plusSeconds(60L * 249), newest.event().time());
		assertEquals(7, db.events.count(new EventFilter("PAT9", null, null, null)));
	}

	@Test
	void importingTheSameFileAgainAddsNothing() throws IOException {
		Path file = write("audit.xml", messages(0, 120));
		AuditLogImporter importer = new AuditLogImporter(db.events, 50);
		assertEquals(120, importer.importFile(file, new RecordingMonitor()).imported());
		ImportReport again = importer.importFile(file, new RecordingMonitor());
		assertEquals(0, again.imported());
		assertEquals(120, again.duplicates());
		assertEquals(ImportRun.COMPLETED, again.status());
		assertEquals(120, db.events.count(EventFilter.ALL));

		// a file overlapping the first adds only what is new
		ImportReport overlap = importer.importFile(write("later.xml", messages(100, 150)), new RecordingMonitor());
		assertEquals(30, overlap.imported());
		assertEquals(20, overlap.duplicates());
	}

	@Test
	void aMalformedMessageInTheMiddleIsQuarantinedAndTheRestImported() throws IOException {
		String before = messages(0, 2);
		String broken = message(2).replace("</EventIdentification>", "");
		String content = before + broken + messages(3, 6);
		Path file = write("audit.xml", content);
		ImportReport report = new AuditLogImporter(db.events, 2).importFile(file, new RecordingMonitor());

		assertEquals(5, report.imported());
		assertEquals(1, report.quarantined());
		assertEquals(ImportRun.COMPLETED, report.status());
		QuarantinedRecord problem = report.firstProblems().get(0);
		long line = before.lines().count() + 1;
		assertEquals("message 3 at byte " + before.length() + ", line " + line, problem.position());
		assertEquals("audit.xml", problem.source());
		assertTrue(problem.reason().startsWith("Message 3 cannot be read: it is not well-formed XML at line "),
				problem.reason());
		assertTrue(problem.excerpt().startsWith("<AuditMessage>"), problem.excerpt());
		assertEquals(List.of(problem), db.events.quarantine(report.importId()));
		assertEquals(1, db.events.importRun(report.importId()).quarantined());
		assertEquals(5, db.events.count(EventFilter.ALL));
	}

	@Test
	void anIdentifierTooLongToStoreWholeIsQuarantinedNotCut() throws IOException {
		// a CX with its universal id and repetitions is long, and kept whole: PS3.15 sets no limit
		String longCx = AuditXml.viewing(T0.plusSeconds(30).toString(), "user1", "P".repeat(300) + "^^^RXX", null,
				"1.2.4").xml();
		String longId = AuditXml.viewing(T0.plusSeconds(60).toString(), "user1", "P".repeat(1200), null, "1.2.3").xml();
		String content = message(0) + longId + message(2) + longCx;
		ImportReport report = new AuditLogImporter(db.events).importFile(write("long.xml", content), new RecordingMonitor());
		assertEquals(3, report.imported());
		assertEquals(1, db.events.count(new EventFilter("P".repeat(300) + "^^^RXX", null, null, null)));
		assertEquals(1, report.quarantined());
		QuarantinedRecord q = report.firstProblems().get(0);
		assertEquals("message 2 at byte " + message(0).length() + ", line " + (message(0).lines().count() + 1),
				q.position());
		assertEquals("Message 2 cannot be read: its patient identifier is 1,200 characters long; at most 1000 are kept.",
				q.reason());
		assertEquals(0, db.events.count(new EventFilter("P".repeat(1000), null, null, null)), "no event under a cut id");
	}

	@Test
	void byteOrderMarksAndPerMessageDeclarationsAreHandled() throws IOException {
		StringBuilder content = new StringBuilder();
		for (int n = 0; n < 10; n++) {
			content.append('\uFEFF').append(AuditXml.DECLARATION).append("\r\n").append(message(n));
		}
		ImportReport report = new AuditLogImporter(db.events).importFile(write("bom.xml", content.toString()),
				new RecordingMonitor());
		assertEquals(10, report.imported());
		assertEquals(0, report.quarantined());
	}

	@Test
	void aQueryAuditWithOnlyBase64KeysIsFoundUnderItsPatient() throws IOException {
		byte[] keys = DicomDataset.implicitLittleEndian().add(0x00080052, "CS", "STUDY")
				.add(0x00100020, "LO", "9434765919").bytes();
		String query = AuditXml.message().event("110112", "Query").action("E").time("2026-03-02T09:00:00Z")
				.person("drwho", "Dr Who", true, "10.0.0.7").query("1.2.840.10008.5.1.4.1.2.2.1", keys).document();
		new AuditLogImporter(db.events).importFile(write("query.xml", query), new RecordingMonitor());
		List<StoredEvent> found = db.events.page(new EventFilter("9434765919", null, null, null), 0, 10);
		assertEquals(1, found.size());
		assertEquals("110112", found.get(0).event().eventCode());
		assertEquals("drwho", found.get(0).event().userId());
	}

	@Test
	void cancellingKeepsTheCommittedBatches() throws IOException {
		Path file = write("audit.xml", messages(0, 1000));
		CountingStore store = new CountingStore(db.events);
		ImportReport cancelled = new AuditLogImporter(store, 100).importFile(file,
				new RecordingMonitor(() -> store.committedBatches >= 2));
		assertEquals(ImportRun.CANCELLED, cancelled.status());
		assertEquals(200, cancelled.imported());
		assertEquals(200, db.events.count(EventFilter.ALL));
		assertEquals(ImportRun.CANCELLED, db.events.importRun(cancelled.importId()).status());

		ImportReport rest = new AuditLogImporter(db.events, 100).importFile(file, new RecordingMonitor());
		assertEquals(800, rest.imported());
		assertEquals(200, rest.duplicates());
		assertEquals(1000, db.events.count(EventFilter.ALL));
	}

	@Test
	void aDatabaseFailureStopsTheImportAndKeepsEarlierBatches() throws IOException {
		Path file = write("audit.xml", messages(0, 500));
		CountingStore store = new CountingStore(db.events);
		store.failBatch = 3;
		StoreException e = assertThrows(StoreException.class,
				() -> new AuditLogImporter(store, 100).importFile(file, new RecordingMonitor()));
		assertTrue(e.getMessage().contains("disk"), e.getMessage());
		assertEquals(200, db.events.count(EventFilter.ALL));
		assertEquals(ImportRun.FAILED, db.events.importRun(1).status());
		assertEquals(200, db.events.importRun(1).imported());
	}

	@Test
	void aFileWithNoAuditMessageIsAnErrorNamingTheFile() throws IOException {
		Path file = write("notes.txt", "Dear guardian, the audit trail is attached.\n");
		AuditImportException e = assertThrows(AuditImportException.class,
				() -> new AuditLogImporter(db.events).importFile(file, new RecordingMonitor()));
		assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("no DICOM audit message"),
				e.getMessage());
		assertEquals(ImportRun.FAILED, db.events.importRun(1).status());

		AuditImportException missing = assertThrows(AuditImportException.class,
				() -> new AuditLogImporter(db.events).importFile(dir.resolve("gone.xml"), new RecordingMonitor()));
		assertTrue(missing.getMessage().contains("gone.xml") && missing.getMessage().contains("does not exist"),
				missing.getMessage());
	}
}
