package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.custodian.audit.core.read.AuditMessageSplitter;
import org.custodian.audit.core.read.RawMessage;
import org.custodian.audit.core.read.RawMessage.Ending;
import org.junit.jupiter.api.Test;

/** Cutting a byte stream into audit messages without parsing it as one document. */
class AuditMessageSplitterTest {
	private static final String BOM = "\uFEFF";

	private static List<RawMessage> split(byte[] bytes) throws IOException {
		try (AuditMessageSplitter splitter = new AuditMessageSplitter(new ByteArrayInputStream(bytes), "test.xml")) {
			List<RawMessage> all = new ArrayList<>();
			for (RawMessage m = splitter.next(); m != null; m = splitter.next()) {
				all.add(m);
			}
			assertNull(splitter.next(), "the end stays the end");
			return all;
		}
	}

	private static List<RawMessage> split(String text) throws IOException {
		return split(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(RawMessage m) {
		return new String(m.xml(), StandardCharsets.UTF_8);
	}

	/** Offset in UTF-8 bytes and line (from 1) of the first occurrence of {@code what} at or after {@code from}. */
	private static long[] where(String text, String what, int from) {
		int index = text.indexOf(what, from);
		long line = 1 + text.substring(0, index).chars().filter(c -> c == '\n').count();
		return new long[] { text.substring(0, index).getBytes(StandardCharsets.UTF_8).length, line };
	}

	@Test
	void concatenatedDocumentsWithTheirOwnDeclarationsAndByteOrderMarks() throws IOException {
		String one = AuditXml.viewing("2026-03-01T10:00:00Z", "drwho", "PAT1", "DOE^JANE", "1.2.3").xml();
		String two = AuditXml.viewing("2026-03-01T11:00:00Z", "nurse7", "PAT2", "ROE^RICHARD", "1.2.4").xml();
		String file = BOM + AuditXml.DECLARATION + "\n" + one + BOM + AuditXml.DECLARATION + two
				+ "<!-- a comment naming <AuditMessage> is not a message -->\n" + one;
		List<RawMessage> messages = split(file);
		assertEquals(3, messages.size());
		int first = file.indexOf("<AuditMessage>");
		int[] starts = { first, file.indexOf("<AuditMessage>", first + 1), file.lastIndexOf("<AuditMessage>") };
		for (int i = 0; i < 3; i++) {
			RawMessage m = messages.get(i);
			assertEquals(i + 1, m.ordinal());
			assertEquals(Ending.CLOSED, m.ending());
			long[] expected = where(file, "<AuditMessage>", starts[i]);
			assertEquals(expected[0], m.byteOffset(), "byte offset of message " + (i + 1));
			assertEquals(expected[1], m.line(), "line of message " + (i + 1));
			assertTrue(text(m).startsWith(AuditXml.DECLARATION + "<AuditMessage>"), text(m));
			assertTrue(text(m).endsWith("</AuditMessage>"), text(m));
		}
		assertEquals("message 2 at byte " + messages.get(1).byteOffset() + ", line " + messages.get(1).line(),
				messages.get(1).position());
	}

	@Test
	void prefixedMessagesInsideAWrapperAndSyslogLines() throws IOException {
		String prefixed = AuditXml.viewing("2026-03-01T10:00:00Z", "drwho", "PAT1", null, "1.2.3").prefixed("dicom")
				.xml();
		String syslog = "<85>1 2026-03-01T10:00:00Z pacs01 PACS - IHE+RFC-3881 - " + BOM + AuditXml.DECLARATION
				+ AuditXml.viewing("2026-03-01T10:05:00Z", "drwho", "PAT1", null, "1.2.3").xml().replace("\n", "")
				+ "\n";
		String file = "<log xmlns:dicom=\"urn:example\">\n" + prefixed + "<dicom:AuditMessage/>\n</log>\n" + syslog;
		List<RawMessage> messages = split(file);
		assertEquals(3, messages.size());
		assertTrue(text(messages.get(0)).startsWith("<dicom:AuditMessage"), text(messages.get(0)));
		assertTrue(text(messages.get(0)).endsWith("</dicom:AuditMessage>"), text(messages.get(0)));
		assertEquals("<dicom:AuditMessage/>", text(messages.get(1)));
		assertEquals(Ending.CLOSED, messages.get(1).ending());
		assertTrue(text(messages.get(2)).endsWith("</AuditMessage>"));
		assertEquals(where(file, "<AuditMessage>", 0)[1], messages.get(2).line());
	}

	@Test
	void aMessageWithoutItsEndTagCostsOnlyItself() throws IOException {
		String good = AuditXml.viewing("2026-03-01T10:00:00Z", "drwho", "PAT1", "DOE^JANE", "1.2.3").xml();
		String cut = good.substring(0, good.indexOf("<AuditSourceIdentification"));
		List<RawMessage> messages = split(good + cut + good + cut);
		assertEquals(4, messages.size());
		assertEquals(List.of(Ending.CLOSED, Ending.CUT_BY_NEXT_MESSAGE, Ending.CLOSED, Ending.CUT_BY_END_OF_SOURCE),
				messages.stream().map(RawMessage::ending).toList());
		assertEquals(cut, text(messages.get(1)));
		assertEquals(good.strip(), text(messages.get(2)));
		assertEquals((good + cut).getBytes(StandardCharsets.UTF_8).length, messages.get(2).byteOffset());
	}

	@Test
	void aHugeMessageIsNotHeldWholeAndReadingGoesOn() throws IOException {
		String good = AuditXml.viewing("2026-03-01T10:00:00Z", "drwho", "PAT1", "DOE^JANE", "1.2.3").xml();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("<AuditMessage><EventIdentification>".getBytes(StandardCharsets.US_ASCII));
		byte[] filler = "<ParticipantObjectDetail type=\"x\" value=\"aGVsbG8=\"/>\n".getBytes(StandardCharsets.US_ASCII);
		while (out.size() < 3 * AuditMessageSplitter.MAX_MESSAGE_BYTES) {
			out.writeBytes(filler);
		}
		out.writeBytes("</EventIdentification></AuditMessage>".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(good.getBytes(StandardCharsets.UTF_8));
		try (AuditMessageSplitter splitter = new AuditMessageSplitter(new ByteArrayInputStream(out.toByteArray()),
				"huge.xml")) {
			RawMessage huge = splitter.next();
			assertEquals(Ending.TOO_LARGE, huge.ending());
			assertEquals(AuditMessageSplitter.MAX_MESSAGE_BYTES, huge.xml().length);
			RawMessage next = splitter.next();
			assertEquals(Ending.CLOSED, next.ending());
			assertEquals(2, next.ordinal());
			assertEquals(good.strip(), text(next));
			assertTrue(splitter.largestMessageHeld() <= AuditMessageSplitter.MAX_MESSAGE_BYTES);
		}
	}

	@Test
	void utf16IsRefusedWithAReason() {
		byte[] utf16 = (BOM + AuditXml.message().document()).getBytes(StandardCharsets.UTF_16LE);
		IOException e = assertThrows(IOException.class, () -> split(utf16));
		assertTrue(e.getMessage().contains("test.xml") && e.getMessage().contains("UTF-16"), e.getMessage());
	}

	@Test
	void textWithoutMessagesYieldsNone() throws IOException {
		assertTrue(split("<html><body>AuditMessage is not here</body></html>").isEmpty());
		assertTrue(split("").isEmpty());
	}
}
