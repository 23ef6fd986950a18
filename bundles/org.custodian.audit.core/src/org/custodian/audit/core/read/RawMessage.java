package org.custodian.audit.core.read;

/**
 * One {@code AuditMessage} element as cut out of a stream, with where it started.
 *
 * @param ordinal    1 for the first message of the source
 * @param byteOffset offset of its {@code <} in the source, from 0
 * @param line       line of its {@code <} in the source, from 1
 * @param xml        its bytes, preceded by the source's last XML declaration if there was one (so that a
 *                   declared encoding applies); at most {@link AuditMessageSplitter#MAX_MESSAGE_BYTES}
 * @param ending     how it ended
 */
public record RawMessage(long ordinal, long byteOffset, long line, byte[] xml, Ending ending) {

	public enum Ending {
		/** with its end tag (or as an empty element) */
		CLOSED,
		/** another AuditMessage started before this one's end tag */
		CUT_BY_NEXT_MESSAGE,
		/** the source ended before its end tag */
		CUT_BY_END_OF_SOURCE,
		/** it is larger than the limit: only its start was kept */
		TOO_LARGE
	}

	/** "message 7 at byte 10234, line 311" */
	public String position() {
		return "message " + ordinal + " at byte " + byteOffset + ", line " + line;
	}
}
