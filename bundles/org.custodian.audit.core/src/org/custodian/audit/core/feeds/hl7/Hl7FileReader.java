package org.custodian.audit.core.feeds.hl7;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits a file of HL7 v2 messages as interface engines and people leave them: segments ended by CR (the
 * standard), LF or CRLF (a file saved by an editor), one message after another with or without blank lines,
 * and the MLLP frame bytes (VT, FS) left in when a capture was saved. A message begins at each MSH segment.
 * Each message carries its number in the file and the line it starts on (lines counted by LF, as an editor
 * counts them), so an error can say where to look. Lines before the first MSH come back as a stray text.
 */
public final class Hl7FileReader implements Closeable {
	/** One message of the file, its segments joined by CR as HAPI reads them. */
	public record Hl7Text(int number, long line, String text, boolean stray) {
	}

	private static final char VT = 0x0B;
	private static final char FS = 0x1C;
	private static final char BOM = '\uFEFF';

	private final BufferedReader in;
	private long line = 1;
	private int messages;
	private String pendingSegment;
	private long pendingLine;
	private boolean ended;

	public Hl7FileReader(Reader reader) {
		this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
	}

	/** The next message (or stray text before the first MSH), or null at the end of the file. */
	public Hl7Text next() throws IOException {
		StringBuilder message = new StringBuilder();
		long start = -1;
		boolean stray = false;
		while (true) {
			String segment;
			long at;
			if (pendingSegment != null) {
				segment = pendingSegment;
				at = pendingLine;
				pendingSegment = null;
			} else {
				at = line;
				segment = readSegment();
				if (segment == null) {
					break;
				}
			}
			if (segment.isEmpty()) {
				continue;
			}
			boolean header = segment.startsWith("MSH");
			if (header && message.length() > 0) {
				// the next message begins: keep its header for the next call
				pendingSegment = segment;
				pendingLine = at;
				break;
			}
			if (message.length() == 0) {
				start = at;
				stray = !header;
			} else {
				message.append('\r');
			}
			message.append(segment);
		}
		if (message.length() == 0) {
			return null;
		}
		return new Hl7Text(stray ? messages : ++messages, start, message.toString(), stray);
	}

	/** One segment without its terminator and without frame bytes; null at the end. */
	private String readSegment() throws IOException {
		if (ended) {
			return null;
		}
		StringBuilder s = new StringBuilder(128);
		while (true) {
			int c = in.read();
			if (c < 0) {
				ended = true;
				return s.length() == 0 ? null : s.toString().strip();
			}
			if (c == '\n') {
				line++;
				return s.toString().strip();
			}
			if (c == '\r') {
				in.mark(1);
				int n = in.read();
				if (n == '\n') {
					line++;
				} else if (n >= 0) {
					in.reset();
				}
				return s.toString().strip();
			}
			if (c != VT && c != FS && c != BOM) {
				s.append((char) c);
			}
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
