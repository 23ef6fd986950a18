package org.custodian.audit.core.tests;

import static org.custodian.audit.core.tests.Hl7Messages.adt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.custodian.audit.core.feeds.FeedReport;
import org.custodian.audit.core.feeds.ReferenceFeeds;
import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.feeds.hl7.Hl7Files;
import org.custodian.report.csv.RecordException;
import org.custodian.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of HL7 v2 messages as a trust hands them over: an interface engine's archive (CR between segments, a
 * newline after each message), one saved from an editor (LF or CRLF everywhere), a capture with its MLLP frame
 * bytes. A bad message is reported by its number, control id, line and field; the others load.
 */
class Hl7FilesTest {
	@TempDir
	Path dir;
	private Store store;

	@BeforeEach
	void open() throws Exception {
		store = Stores.created(dir);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void everySeparatorATrustsFilesUseAndTheBadMessageNamedByLineAndField() throws Exception {
		String one = adt("A04", "M1", "P0000001", "9434765900", "SMITH", "1 Abbey Lane");
		String two = adt("A04", "M2", "P0000002", "9434765919", "JONES", "2 Abbey Lane").replace("\r", "\n");
		// no identifier in PID-3: refused
		String bad = adt("A04", "M3", "", "", "TAYLOR", "3 Abbey Lane").replace("\r", "\r\n");
		String four = "\u000B" + adt("A31", "M4", "P0000004", "9434765935", "BROWN", "4 Abbey Lane") + "\u001C\r";
		Path file = dir.resolve("pas_adt.hl7");
		Files.writeString(file, "exported by the interface engine\n" + one + "\r\n\n" + two + "\n" + bad + "\r\n" + four);
		assertTrue(Hl7Files.looksLikeHl7(dir.resolve("pas_adt.hl7")) == false, "a header line first: not HL7 at its start");
		FeedReport report = new ReferenceFeeds(store).loadHl7(file, StandardCharsets.UTF_8, null);
		assertEquals(4, report.read(), report.problems().toString());
		assertEquals(3, report.added());
		assertEquals(2, report.problems().size(), report.problems().toString());
		RecordException stray = report.problems().get(0);
		assertEquals(1, stray.line());
		assertTrue(stray.reason().contains("not in an HL7 message"), stray.getMessage());
		RecordException refused = report.problems().get(1);
		// line 1 header, line 2 message one, 3 blank, 4..8 message two, 9.. message three
		assertEquals("pas_adt.hl7 message 3 (M3)", refused.source());
		assertEquals(9, refused.line(), refused.getMessage());
		assertEquals("PID-3", refused.column());
		assertTrue(refused.reason().startsWith("AE: "), refused.reason());
		assertTrue(store.patients().find("P0000004^^^RXX").isPresent(), "the message after the bad one loaded");
	}

	@Test
	void aFileInAnotherCharacterSetStopsWithTheLineNotWithAlteredNames() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(adt("A04", "L1", "P0000011", "9434765900", "SMITH", "1 Abbey Lane").getBytes(StandardCharsets.UTF_8));
		bytes.write("\n".getBytes(StandardCharsets.UTF_8));
		bytes.write(adt("A04", "L2", "P0000012", "9434765919", "SI\u00C2N", "2 Abbey Lane").getBytes(StandardCharsets.ISO_8859_1));
		Path file = dir.resolve("latin1.hl7");
		Files.write(file, bytes.toByteArray());
		assertTrue(Hl7Files.looksLikeHl7(file));
		RecordException e = assertThrows(RecordException.class,
				() -> new ReferenceFeeds(store).loadHl7(file, StandardCharsets.UTF_8, null));
		assertTrue(e.getMessage().contains("UTF-8") && e.getMessage().contains("--charset"), e.getMessage());

		FeedReport latin = new ReferenceFeeds(store).loadHl7(file, StandardCharsets.ISO_8859_1, null);
		assertEquals(2, latin.read(), latin.problems().toString());
		assertEquals("SI\u00C2N", store.patients().find("P0000012^^^RXX").orElseThrow().familyName());
	}
}
