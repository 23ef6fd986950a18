package org.custodian.audit.core.read;

/**
 * One syslog message as cut out of a stream, before its header is read.
 *
 * @param ordinal      1 for the first frame of the source
 * @param byteOffset   offset of the frame's first byte (its length prefix, or the line's first byte), from 0
 * @param line         line the frame starts on, from 1
 * @param octetCounted true for RFC 6587 octet counting ({@code <length> <message>}), false for one per line
 * @param bytes        the message without its length prefix or line end (bounded by
 *                     {@link SyslogFrameReader#MAX_FRAME_BYTES}); for a bad frame, its start as found
 * @param problem      why the frame cannot be a message (bad length prefix, cut off, too long), or null
 */
public record SyslogFrame(long ordinal, long byteOffset, long line, boolean octetCounted, byte[] bytes,
		String problem) {

	/** "line 12 at byte 3456" (one message per line) or "frame 12 at byte 3456" (octet-counted). */
	public String position() {
		return (octetCounted ? "frame " : "line ") + (octetCounted ? ordinal : line) + " at byte " + byteOffset;
	}

	/** "Frame 12" or "Line 12", to start a sentence about it. */
	String name() {
		return octetCounted ? "Frame " + ordinal : "Line " + line;
	}
}
