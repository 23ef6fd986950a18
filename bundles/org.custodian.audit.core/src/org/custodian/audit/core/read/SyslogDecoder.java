package org.custodian.audit.core.read;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.custodian.audit.core.AuditRecord;
import org.custodian.store.AccessEvent;
import org.custodian.store.QuarantinedRecord;

/**
 * Turns one syslog message (a frame of a file or TCP stream, or one UDP datagram) into its access events: the
 * RFC 5424 header is checked, the MSGID must name an audit message, and the MSG, after an optional UTF-8
 * byte-order mark, is the DICOM / RFC 3881 audit XML read by the same {@link AuditMessageParser} as audit
 * files. So an event read from syslog is the same event, with the same content hash, as read from a file.
 * Anything wrong gives one quarantined record naming the frame and why.
 */
public final class SyslogDecoder {
	private static final int EXCERPT_BYTES = 4 * QuarantinedRecord.MAX_EXCERPT;

	private final AuditMessageParser parser;
	private final String sourceName;

	/** @param localZone the zone of event times written without an offset (the audit source's zone) */
	public SyslogDecoder(String sourceName, ZoneId localZone) {
		this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
		this.parser = new AuditMessageParser(localZone);
	}

	/** The records of one frame: its events, or one quarantined record. */
	public List<AuditRecord> decode(SyslogFrame frame) {
		return decode(frame.bytes(), frame.line(), frame.position(), frame.name(), frame.problem());
	}

	/** The records of one UDP datagram (one message), {@code n} counting the datagrams of the source. */
	public List<AuditRecord> decodeDatagram(byte[] message, long n) {
		return decode(message, 1, "datagram " + n, "Datagram " + n, null);
	}

	private List<AuditRecord> decode(byte[] bytes, long line, String position, String name, String problem) {
		if (problem == null) {
			try {
				List<AccessEvent> events = events(bytes, line);
				List<AuditRecord> records = new ArrayList<>(events.size());
				for (AccessEvent e : events) {
					records.add(new AuditRecord.Event(e, position));
				}
				return records;
			} catch (BadMessageException e) {
				problem = e.getMessage();
			}
		}
		String excerpt = new String(Arrays.copyOf(bytes, Math.min(bytes.length, EXCERPT_BYTES)), StandardCharsets.UTF_8);
		return List.of(new AuditRecord.Quarantined(new QuarantinedRecord(sourceName, position,
				name + " cannot be read: " + problem + (problem.endsWith(".") ? "" : "."), excerpt)));
	}

	private List<AccessEvent> events(byte[] bytes, long line) throws BadMessageException {
		SyslogMessage header = SyslogMessage.parse(bytes, bytes.length);
		if (!header.isAudit()) {
			throw new BadMessageException("its MSGID \"" + header.msgId() + "\" is not an audit message's (IHE+RFC-3881"
					+ " or DICOM+RFC3881)");
		}
		int start = header.payloadStart();
		if (start + 3 <= bytes.length && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB
				&& (bytes[start + 2] & 0xFF) == 0xBF) {
			start += 3;
		}
		int first = start;
		while (first < bytes.length && Character.isWhitespace(bytes[first])) {
			first++;
		}
		if (first == bytes.length) {
			throw new BadMessageException("it has no audit message after its syslog header");
		}
		if (bytes[first] != '<') {
			throw new BadMessageException("its payload is not XML: it starts with \""
					+ new String(bytes, first, Math.min(20, bytes.length - first), StandardCharsets.UTF_8) + "\"");
		}
		return parser.parse(Arrays.copyOfRange(bytes, first, bytes.length), line).toAccessEvents();
	}
}
