package org.custodian.audit.core.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes syslog messages as IHE ATNA senders do (RFC 5424 header, MSGID IHE+RFC-3881, the audit XML as MSG,
 * optionally after a UTF-8 byte-order mark) and frames them as files (one per line) or TCP streams
 * (RFC 6587 octet counting).
 */
final class Syslog {
	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Syslog() {
	}

	/** One message: {@code <85>1 TIMESTAMP pacs01 PACS 4711 MSGID [sd] MSG}. */
	static byte[] message(String msgId, String structuredData, boolean bom, String payload) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("<85>1 2026-03-01T10:15:31.000Z pacs01.trust.nhs.uk PACS 4711 " + msgId + " " + structuredData
				+ " ").getBytes(StandardCharsets.UTF_8));
		if (bom) {
			out.writeBytes(BOM);
		}
		out.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** An ATNA audit message with a byte-order mark, its XML on one line as daemons keep it. */
	static byte[] audit(String xml) {
		return message("IHE+RFC-3881", "-", true, oneLine(xml));
	}

	static String oneLine(String xml) {
		return xml.replace("\n", "");
	}

	/** Messages each followed by a line feed. */
	static byte[] lines(byte[]... messages) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] m : messages) {
			out.writeBytes(m);
			out.write('\n');
		}
		return out.toByteArray();
	}

	/** Messages each preceded by its length in bytes and a space. */
	static byte[] octetCounted(byte[]... messages) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] m : messages) {
			out.writeBytes(frame(m));
		}
		return out.toByteArray();
	}

	static byte[] frame(byte[] message) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes((message.length + " ").getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(message);
		return out.toByteArray();
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] p : parts) {
			out.writeBytes(p);
		}
		return out.toByteArray();
	}

	static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}
