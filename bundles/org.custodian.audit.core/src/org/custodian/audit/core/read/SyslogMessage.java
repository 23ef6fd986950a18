package org.custodian.audit.core.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The RFC 5424 header of one syslog message and where its MSG starts:
 * {@code <PRI>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA [SP MSG]}.
 * Only what the import needs is kept: the MSGID says whether the message is an audit message (IHE ATNA
 * {@code IHE+RFC-3881}, DICOM {@code DICOM+RFC3881}), and the MSG (after an optional UTF-8 byte-order mark)
 * is its audit XML.
 */
record SyslogMessage(int priority, String timestamp, String hostName, String appName, String msgId,
		int payloadStart) {
	/** MSGIDs of audit messages, compared without case, '+' and '-'. */
	private static final Set<String> AUDIT_MSGIDS = Set.of("IHERFC3881", "DICOMRFC3881");
	private static final int MAX_FIELD = 255;

	/**
	 * Reads the header of {@code bytes[0..length)}.
	 *
	 * @throws BadMessageException if it is not an RFC 5424 header
	 */
	static SyslogMessage parse(byte[] bytes, int length) throws BadMessageException {
		Cursor c = new Cursor(bytes, length);
		if (c.peek() != '<') {
			throw new BadMessageException("it is not an RFC 5424 syslog message: it does not start with <PRI>");
		}
		c.pos++;
		int priority = c.number(3, "PRI");
		if (c.peek() != '>' || priority > 191) {
			throw new BadMessageException("its syslog priority <" + priority + "...> is not valid");
		}
		c.pos++;
		int version = c.number(2, "VERSION");
		if (version != 1) {
			throw new BadMessageException("it is syslog version " + version + ", not RFC 5424 version 1");
		}
		c.space("VERSION");
		String timestamp = c.field("TIMESTAMP");
		String host = c.field("HOSTNAME");
		String app = c.field("APP-NAME");
		c.field("PROCID");
		String msgId = c.field("MSGID");
		c.structuredData();
		if (c.pos < length) {
			c.space("STRUCTURED-DATA");
		}
		return new SyslogMessage(priority, timestamp, host, app, msgId, c.pos);
	}

	boolean isAudit() {
		return AUDIT_MSGIDS.contains(msgId.toUpperCase(Locale.ROOT).replace("+", "").replace("-", ""));
	}

	/** Reads an RFC 5424 header byte by byte, saying which field is wrong. */
	private static final class Cursor {
		final byte[] bytes;
		final int length;
		int pos;

		Cursor(byte[] bytes, int length) {
			this.bytes = bytes;
			this.length = length;
		}

		int peek() {
			return pos < length ? bytes[pos] & 0xFF : -1;
		}

		int number(int maxDigits, String what) throws BadMessageException {
			int start = pos;
			int value = 0;
			while (pos < length && pos - start < maxDigits && peek() >= '0' && peek() <= '9') {
				value = value * 10 + (peek() - '0');
				pos++;
			}
			if (pos == start) {
				throw new BadMessageException("its syslog header has no " + what + " number");
			}
			return value;
		}

		void space(String after) throws BadMessageException {
			if (peek() != ' ') {
				throw new BadMessageException("its syslog header ends after " + after);
			}
			pos++;
		}

		/** A header field: printable US-ASCII up to the next space, which is consumed. */
		String field(String what) throws BadMessageException {
			int start = pos;
			while (pos < length && peek() > ' ' && peek() < 127) {
				pos++;
			}
			if (pos == start || pos - start > MAX_FIELD) {
				throw new BadMessageException("its syslog header has no valid " + what);
			}
			String value = new String(bytes, start, pos - start, StandardCharsets.US_ASCII);
			space(what);
			return value;
		}

		/** "-" or one or more [id param="value"...] elements, values with \" \] \\ escapes. */
		void structuredData() throws BadMessageException {
			if (peek() == '-') {
				pos++;
				return;
			}
			if (peek() != '[') {
				throw new BadMessageException("its syslog header has no STRUCTURED-DATA (\"-\" or \"[...]\")");
			}
			while (peek() == '[') {
				boolean quoted = false;
				pos++;
				while (true) {
					int b = peek();
					if (b < 0) {
						throw new BadMessageException("its syslog STRUCTURED-DATA is not closed with ]");
					}
					pos++;
					if (quoted && b == '\\') {
						pos++;
					} else if (b == '"') {
						quoted = !quoted;
					} else if (b == ']' && !quoted) {
						break;
					}
				}
			}
		}
	}
}
