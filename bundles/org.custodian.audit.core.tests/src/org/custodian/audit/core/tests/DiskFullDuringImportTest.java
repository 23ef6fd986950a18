package org.custodian.audit.core.tests;

import org.custodian.testing.SmallDisk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.read.AuditReaders;
import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.AuditRecordReader;
import org.custodian.store.EventFilter;
import org.custodian.store.ImportRun;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.derby.DerbyLog;
import org.custodian.testing.ReliabilityFigures;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk holding the database fills up during an import, for real: the database lives on a tmpfs of a few MiB
 * (never the machine's disk), a ballast file leaves too little room for the file's events. The import stops with
 * an error that says the disk is full; the database opens again and holds whole batches only; once the ballast is
 * deleted, importing the same file again stores the rest, and every event is stored exactly once.
 */
class DiskFullDuringImportTest {
	private static final int EVENTS = 8_000;
	private static final int BATCH = 500;
	private static final int DISK_MIB = 48;
	private static final int FREE_MIB = 4;
	private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

	@TempDir
	Path dir;

	@Test
	void aFullDiskStopsTheImportClearlyAndTheRerunCompletesOnceSpaceIsFreed() throws Exception {
		String why = SmallDisk.whyNot();
		assumeTrue(why == null, () -> "skipped: " + why);
		Path file = dir.resolve("april.xml");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int n = 0; n < EVENTS; n++) {
				out.write(AuditXml.viewing(T0.plusSeconds(13L * n).toString(), "user" + n % 200, "DFPAT" + n % 2000,
						"DISKFULL^PATIENT" + n % 2000, "1.2.826.0.1.3680043.9." + n).xml());
			}
		}
		Set<String> source = hashesOf(file);

		SmallDisk disk;
		try {
			disk = SmallDisk.mount(dir.resolve("disk"), DISK_MIB);
		} catch (IOException e) {
			assumeTrue(false, "skipped: " + e.getMessage());
			return;
		}
		try (disk) {
			TestDatabase db = new TestDatabase(disk.folder());
			Path ballast = disk.leaveFree(FREE_MIB);
			long free = Files.getFileStore(disk.folder()).getUsableSpace();

			RuntimeException full = assertThrows(RuntimeException.class,
					() -> new AuditLogImporter(db.events, BATCH).importFile(file, new NullProgressMonitor()));
			String message = full.getMessage();
			assertTrue(message.contains("disk") && message.contains("free space"),
					"the error says the disk is full: " + message);
			assertTrue(message.contains("were not stored") && message.contains("importing the file again adds only"
					+ " what is missing"), "the error says what is kept and what to do: " + message);
			closeQuietly(db);
			// Derby logs the failed statement; its values (a patient's number and name) must not be in clear
			Path derbyLog = Path.of(System.getProperty(DerbyLog.WRITTEN_TO));
			String log = Files.readString(derbyLog, StandardCharsets.ISO_8859_1);
			assertTrue(log.contains("XSDG1") || log.contains("XSLA"), "Derby logged the failure");
			assertFalse(log.contains("DFPAT") || log.contains("DISKFULL^"), "patient data in " + derbyLog);

			// space is freed; the database opens (Derby recovers from its log) and holds whole batches only
			Files.delete(ballast);
			TestDatabase reopened = new TestDatabase(disk.folder(), false);
			long kept = reopened.events.count(EventFilter.ALL);
			assertTrue(kept < EVENTS, "the disk filled before the end: " + kept);
			assertEquals(0, kept % BATCH, "only whole batches are stored: " + kept);
			assertTrue(source.containsAll(hashes(reopened, kept)), "what is stored is the file's events");
			assertFalse(ImportRun.COMPLETED.equals(reopened.events.importRun(1).status()));

			ImportReport rerun = new AuditLogImporter(reopened.events, BATCH).importFile(file, new NullProgressMonitor());
			assertEquals(ImportRun.COMPLETED, rerun.status());
			assertEquals(EVENTS - kept, rerun.imported());
			assertEquals(kept, rerun.duplicates());
			assertEquals(EVENTS, reopened.events.count(EventFilter.ALL));
			assertEquals(source, hashes(reopened, EVENTS), "every event of the file exactly once");
			String failedStatus = reopened.events.importRun(1).status();
			reopened.shutdown();

			ReliabilityFigures.write("disk-full", """
					### A disk that fills during an import

					`DiskFullDuringImportTest`: the encrypted database on a %d MiB tmpfs, a ballast file leaving \
					%.1f MiB free, then an import of %,d events in batches of %,d.

					- Error shown: "%s"
					- Derby's log holds the failed statement with its values hidden; neither the patient numbers \
					nor the names of the events appear in it.
					- After the failure: the database opened again with %,d events stored (%d whole batches), \
					import run status %s.
					- Ballast deleted, same file imported again: imported %,d, duplicates %,d, status %s; \
					%,d events stored, equal to the file's by content hash.
					""".formatted(DISK_MIB, free / 1048576.0, EVENTS, BATCH, message.replace("\"", "'"), kept,
					kept / BATCH, failedStatus, rerun.imported(), rerun.duplicates(),
					rerun.status(), EVENTS));
		}
	}

	private static void closeQuietly(TestDatabase db) {
		try {
			db.shutdown();
		} catch (RuntimeException e) {
			// Derby may already have shut the database down itself when it could not write its log
		}
	}

	private static Set<String> hashes(TestDatabase db, long count) {
		Set<String> hashes = new HashSet<>();
		for (long offset = 0; offset < count; offset += 1000) {
			for (StoredEvent e : db.events.page(EventFilter.ALL, offset, 1000)) {
				hashes.add(HexFormat.of().formatHex(e.event().contentHash()));
			}
		}
		assertEquals(count, hashes.size(), "no event is stored twice");
		return hashes;
	}

	private static Set<String> hashesOf(Path file) throws IOException {
		Set<String> hashes = new HashSet<>();
		try (AuditRecordReader reader = AuditReaders.open(file)) {
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				if (r instanceof AuditRecord.Event e) {
					hashes.add(HexFormat.of().formatHex(e.event().contentHash()));
				}
			}
		}
		return hashes;
	}
}
