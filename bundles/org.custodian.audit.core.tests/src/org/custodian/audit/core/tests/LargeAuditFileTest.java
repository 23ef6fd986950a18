package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.read.AuditMessageSplitter;
import org.custodian.audit.core.read.DicomAuditReader;
import org.custodian.store.EventFilter;
import org.custodian.store.ImportRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large audit file streams through in constant memory: the reader never holds more than one message, and
 * the importer no more than one batch, however long the file.
 */
class LargeAuditFileTest {
	private static final int MESSAGES = 200_000;
	private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

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

	@Test
	void twoHundredThousandMessagesStreamThroughOneMessageAtATime() throws IOException {
		Path file = dir.resolve("large.xml");
		int longest = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int n = 0; n < MESSAGES; n++) {
				String m = AuditXml.message().time(T0.plusSeconds(n).toString()).person("user" + n % 300, null, true,
						"10.0." + n % 200 + ".1").patient("PAT" + n % 50_000, null).xml();
				longest = Math.max(longest, m.getBytes(StandardCharsets.UTF_8).length);
				out.write(m);
			}
		}
		long size = Files.size(file);

		ImportReport report;
		int held;
		try (DicomAuditReader reader = DicomAuditReader.open(file)) {
			report = new AuditLogImporter(db.events).importFrom(reader, "large.xml", file.toString(),
					new RecordingMonitor());
			held = reader.largestMessageHeld();
			assertEquals(size, reader.bytesRead());
		}

		assertEquals(ImportRun.COMPLETED, report.status());
		assertEquals(MESSAGES, report.imported());
		assertEquals(0, report.quarantined());
		assertEquals(MESSAGES, db.events.count(EventFilter.ALL));
		assertEquals(4, db.events.count(new EventFilter("PAT123", null, null, null)));
		assertTrue(held <= longest, "the reader held " + held + " bytes at once; the longest message has " + longest);
		assertTrue(held < AuditMessageSplitter.MAX_MESSAGE_BYTES && held * 1000L < size,
				"the reader's memory must not grow with the file (" + size + " bytes)");
	}
}
