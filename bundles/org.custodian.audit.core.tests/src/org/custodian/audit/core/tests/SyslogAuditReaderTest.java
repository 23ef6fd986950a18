package org.custodian.audit.core.tests;

import static org.custodian.audit.core.tests.Syslog.audit;
import static org.custodian.audit.core.tests.Syslog.bytes;
import static org.custodian.audit.core.tests.Syslog.concat;
import static org.custodian.audit.core.tests.Syslog.lines;
import static org.custodian.audit.core.tests.Syslog.octetCounted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.read.SyslogAuditReader;
import org.custodian.store.AccessEvent;
import org.custodian.store.QuarantinedRecord;
import org.junit.jupiter.api.Test;

/** IHE ATNA syslog, one message per line and octet-counted, to the same events as the audit XML itself. */
class SyslogAuditReaderTest {
	private static final String VIEWING = AuditXml.viewing("2026-03-01T10:15:30Z", "drwho", "9434765919", "DOE^JANE",
			"1.2.826.0.1.7").xml();
	private static final String OTHER = AuditXml.viewing("2026-03-02T11:00:00Z", "nurse7", "P2", "ROE^RICHARD",
			"1.2.826.0.1.8").xml();

	static List<AuditRecord> read(byte[] bytes) throws IOException {
		try (SyslogAuditReader reader = new SyslogAuditReader(new ByteArrayInputStream(bytes), "audit.log",
				bytes.length, ZoneId.of("Europe/London"))) {
			List<AuditRecord> all = new ArrayList<>();
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				all.add(r);
			}
			assertEquals(bytes.length, reader.bytesRead());
			return all;
		}
	}

	private static AccessEvent event(AuditRecord r) {
		return assertInstanceOf(AuditRecord.Event.class, r, String.valueOf(r)).event();
	}

	private static QuarantinedRecord problem(AuditRecord r) {
		return assertInstanceOf(AuditRecord.Quarantined.class, r, String.valueOf(r)).record();
	}

	@Test
	void aDaemonFileGivesTheSameEventsAsTheAuditXmlWithPositionsByLine() throws IOException {
		AccessEvent fromXml = DicomAuditReaderTest.onlyEvent(VIEWING);
		byte[] first = audit(VIEWING);
		// without a byte-order mark, with structured data holding an escaped ] and a quoted space
		byte[] second = Syslog.message("DICOM+RFC3881", "[origin@6876 ip=\"10.0.0.1\" note=\"a \\] b\"][meta x=\"1\"]",
				false, Syslog.oneLine(OTHER));
		byte[] file = lines(first, second);
		List<AuditRecord> records = read(file);
		assertEquals(2, records.size(), records.toString());
		assertEquals(fromXml, event(records.get(0)));
		assertEquals("line 1 at byte 0", records.get(0).position());
		assertEquals("nurse7", event(records.get(1)).userId());
		assertEquals("line 2 at byte " + (first.length + 1), records.get(1).position());
	}

	@Test
	void windowsLineEndsAndBlankLinesAreNotMessages() throws IOException {
		byte[] file = concat(audit(VIEWING), bytes("\r\n\r\n"), audit(OTHER), bytes("\r\n"));
		List<AuditRecord> records = read(file);
		assertEquals(2, records.size(), records.toString());
		assertEquals("line 3 at byte " + (audit(VIEWING).length + 4), records.get(1).position());
	}

	@Test
	void octetCountedFramesCarryMultiLineXmlWithOrWithoutSeparators() throws IOException {
		// pretty-printed XML keeps its line breaks inside a counted frame
		byte[] first = Syslog.message("IHE+RFC-3881", "-", true, AuditXml.viewing("2026-03-01T10:15:30Z", "drwho",
				"9434765919", "DOE^JANE", "1.2.826.0.1.7").document());
		byte[] second = Syslog.message("IHE+RFC-3881", "-", false, OTHER);
		byte[] stream = octetCounted(first, second);
		List<AuditRecord> records = read(stream);
		assertEquals(2, records.size(), records.toString());
		assertEquals(DicomAuditReaderTest.onlyEvent(VIEWING), event(records.get(0)));
		assertEquals("frame 1 at byte 0", records.get(0).position());
		assertEquals("frame 2 at byte " + Syslog.frame(first).length, records.get(1).position());

		// a capture with a line feed after each frame reads the same
		byte[] separated = concat(Syslog.frame(first), bytes("\n"), Syslog.frame(second), bytes("\n"));
		List<AuditRecord> again = read(separated);
		assertEquals(List.of(event(records.get(0)), event(records.get(1))),
				List.of(event(again.get(0)), event(again.get(1))));
	}

	@Test
	void aBadLengthPrefixIsQuarantinedAndReadingResumesAtTheNextFrame() throws IOException {
		byte[] good = audit(VIEWING);
		byte[] bad = concat(bytes("12x "), audit(OTHER));
		byte[] stream = concat(Syslog.frame(good), bad, Syslog.frame(good), Syslog.frame(audit(OTHER)));
		List<AuditRecord> records = read(stream);
		assertEquals(4, records.size(), records.toString());
		event(records.get(0));
		QuarantinedRecord q = problem(records.get(1));
		assertEquals("frame 2 at byte " + Syslog.frame(good).length, q.position());
		assertTrue(q.reason().startsWith("Frame 2 cannot be read: its length prefix \"12x\" is not a number followed by a space"),
				q.reason());
		assertTrue(q.excerpt().startsWith("12x <85>1"), q.excerpt());
		assertEquals("frame 3 at byte " + (Syslog.frame(good).length + bad.length), records.get(2).position());
		assertEquals("9434765919", event(records.get(2)).patientId());
		assertEquals("P2", event(records.get(3)).patientId());
	}

	@Test
	void aFrameWithoutLengthOrWithAnAbsurdLengthIsQuarantined() throws IOException {
		byte[] good = Syslog.frame(audit(VIEWING));
		List<AuditRecord> noLength = read(concat(good, audit(OTHER), good));
		assertEquals(3, noLength.size(), noLength.toString());
		assertTrue(problem(noLength.get(1)).reason().contains("does not start with a length"), noLength.toString());
		event(noLength.get(2));

		List<AuditRecord> huge = read(concat(good, bytes("99999999 "), audit(OTHER), good));
		assertTrue(problem(huge.get(1)).reason().contains("length prefix is larger than 1024 KiB"), huge.toString());
		event(huge.get(2));
	}

	@Test
	void aFrameCutOffByTheEndOfTheFileIsQuarantined() throws IOException {
		byte[] good = Syslog.frame(audit(VIEWING));
		byte[] last = Syslog.frame(audit(OTHER));
		byte[] cut = java.util.Arrays.copyOf(last, last.length - 40);
		List<AuditRecord> records = read(concat(good, cut));
		assertEquals(2, records.size(), records.toString());
		QuarantinedRecord q = problem(records.get(1));
		assertEquals("frame 2 at byte " + good.length, q.position());
		int length = audit(OTHER).length;
		assertTrue(q.reason().contains("it is cut off: its length prefix says " + length + " bytes but the stream ends after "
				+ (length - 40)), q.reason());
	}

	@Test
	void eachMalformedMessageIsQuarantinedWithItsLineAndReason() throws IOException {
		String xml = Syslog.oneLine(VIEWING);
		byte[] file = lines(audit(VIEWING), // 1 good
				Syslog.message("-", "-", false, xml), // 2 nil MSGID
				Syslog.message("ACCESS", "-", false, xml), // 3 another application's MSGID
				Syslog.message("IHE+RFC-3881", "-", true, "user drwho viewed study 1.2.3"), // 4 not XML
				Syslog.message("IHE+RFC-3881", "-", true, "  "), // 5 nothing after the header
				bytes("Mar  1 10:15:31 pacs01 PACS: " + xml), // 6 BSD syslog, no <PRI>
				bytes("<85>2 2026-03-01T10:15:31Z pacs01 PACS 1 IHE+RFC-3881 - " + xml), // 7 version 2
				Syslog.message("IHE+RFC-3881", "[origin ip=\"10.0.0.1\"", false, xml), // 8 structured data not closed
				bytes("<85>1 2026-03-01T10:15:31Z pacs01"), // 9 header cut short
				Syslog.message("IHE+RFC-3881", "-", true, xml.replace("</EventIdentification>", "")), // 10 broken XML
				audit(OTHER)); // 11 good
		List<AuditRecord> records = read(file);
		assertEquals(11, records.size(), records.toString());
		assertEquals("drwho", event(records.get(0)).userId());
		assertEquals("P2", event(records.get(10)).patientId());
		String[] reasons = { null, "its MSGID \"-\" is not an audit message's", "its MSGID \"ACCESS\" is not an audit message's",
				"its payload is not XML: it starts with \"user drwho viewed st\"", "it has no audit message after its syslog header",
				"it is not an RFC 5424 syslog message: it does not start with <PRI>", "it is syslog version 2, not RFC 5424 version 1",
				"its syslog STRUCTURED-DATA is not closed with ]", "its syslog header ends after HOSTNAME",
				"it is not well-formed XML at line 10, column" };
		for (int i = 1; i < reasons.length; i++) {
			QuarantinedRecord q = problem(records.get(i));
			assertEquals("audit.log", q.source());
			assertTrue(q.position().startsWith("line " + (i + 1) + " at byte "), q.position());
			assertTrue(q.reason().startsWith("Line " + (i + 1) + " cannot be read: " + reasons[i]), q.reason());
		}
	}

	@Test
	void aLineLongerThanAnyAuditMessageIsQuarantinedWithoutHoldingIt() throws IOException {
		byte[] huge = Syslog.message("IHE+RFC-3881", "-", false, "<AuditMessage>" + "x".repeat(1_200_000));
		List<AuditRecord> records = read(lines(huge, audit(VIEWING)));
		assertEquals(2, records.size());
		assertTrue(problem(records.get(0)).reason().contains("longer than 1024 KiB"), records.toString());
		assertEquals("line 2 at byte " + (huge.length + 1), records.get(1).position());
	}
}
