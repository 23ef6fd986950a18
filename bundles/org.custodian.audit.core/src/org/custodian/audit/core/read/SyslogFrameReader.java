package org.custodian.audit.core.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Cuts a syslog byte stream into messages. The framing is decided by the stream's first bytes: a length
 * followed by a space and {@code <} is RFC 5425 / 6587 octet counting (TCP and TLS transports, and files
 * captured from them); anything else is one message per line, as syslog daemons write files.
 * <p>
 * Octet counting: a bad length prefix makes a bad frame, and reading resumes at the next place that looks like
 * a frame start ({@code <digits> <}), so one corrupt prefix costs only the bytes up to there. A frame the
 * stream ends inside is reported as cut off. Memory: one frame ({@link #MAX_FRAME_BYTES} at most) and a fixed
 * read buffer, whatever the stream's length.
 */
public final class SyslogFrameReader implements Closeable {
	/** RFC 5425 lets receivers limit messages; audit messages are a few kilobytes. */
	public static final int MAX_FRAME_BYTES = AuditMessageSplitter.MAX_MESSAGE_BYTES;
	/** Digits of a length prefix: 7 digits already exceed {@link #MAX_FRAME_BYTES}. */
	private static final int MAX_DIGITS = 7;
	private static final int EXCERPT_BYTES = 4 * 1024;
	/** The end tag of an audit message, with or without a namespace prefix, at the end of the text. */
	private static final Pattern CLOSING_TAG = Pattern.compile("</(?:[\\w.-]+:)?AuditMessage\\s*>$");

	private final InputStream in;
	private final byte[] chunk = new byte[64 * 1024];
	private int chunkPos;
	private int chunkLen;
	private long offset;
	private long line = 1;
	private long ordinal;
	/** null until the first frame decides it. */
	private Boolean octetCounted;
	private final MessageBuffer frame = new MessageBuffer(MAX_FRAME_BYTES);

	/** A frame start found while skipping a bad frame: its length, where it began, and its first byte read. */
	private long resyncLength = -1;
	private long resyncOffset;
	private long resyncLine;

	public SyslogFrameReader(InputStream in) {
		this.in = in;
	}

	/** A reader of one record per line whatever the first bytes are (NDJSON uses the same framing). */
	static SyslogFrameReader lines(InputStream in) {
		SyslogFrameReader reader = new SyslogFrameReader(in);
		reader.octetCounted = false;
		reader.joinLines = false;
		return reader;
	}

	/** True when a line after one of a syslog message is its continuation unless it starts a header. */
	private boolean joinLines = true;
	/** Longest {@code <PRI>VERSION } header: "<191>99 ". */
	private static final int HEADER_BYTES = 8;

	/**
	 * True when the frame collected so far ends with an audit message's end tag: a stray line after it is a record
	 * of its own (quarantined with its line), never glued to a good message.
	 */
	private boolean endsAuditMessage() {
		byte[] bytes = frame.copy();
		int end = bytes.length;
		while (end > 0 && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t' || bytes[end - 1] == '\r')) {
			end--;
		}
		int from = Math.max(0, end - 64);
		String tail = new String(bytes, from, end - from, StandardCharsets.US_ASCII);
		return CLOSING_TAG.matcher(tail).find();
	}

	/** True when the frame collected so far starts with a syslog header {@code <PRI>VERSION }. */
	private boolean startsWithHeader(int from) {
		byte[] head = frame.copy();
		return isHeader(head, from, head.length);
	}

	/**
	 * True at the end of the stream, at a blank line, or when the next line starts a record of its own: a PRI
	 * ({@code <85>1 }, also of a version this reader refuses) or an RFC 3164 time ({@code Mar  1 10:15:31 }), which
	 * is then quarantined on its own rather than glued to the message before it.
	 */
	private boolean atNextMessage() throws IOException {
		if (!fillAhead(HEADER_BYTES)) {
			if (chunkPos == chunkLen) {
				return true;
			}
		}
		int first = chunk[chunkPos] & 0xFF;
		if (first == '\n' || first == '\r') {
			return true;
		}
		fillAhead(BSD_TIME_BYTES);
		return isPriority(chunk, chunkPos, chunkLen) || isBsdTime(chunk, chunkPos, chunkLen);
	}

	/** "Mmm dd hh:mm:ss " of RFC 3164. */
	private static final int BSD_TIME_BYTES = 16;

	private static boolean isPriority(byte[] b, int from, int end) {
		int i = from;
		if (i >= end || b[i] != '<') {
			return false;
		}
		int digits = 0;
		for (i++; i < end && isDigit(b[i]) && digits < 4; i++) {
			digits++;
		}
		return digits >= 1 && digits <= 3 && i < end && b[i] == '>';
	}

	private static boolean isBsdTime(byte[] b, int from, int end) {
		if (end - from < BSD_TIME_BYTES) {
			return false;
		}
		String head = new String(b, from, BSD_TIME_BYTES, StandardCharsets.US_ASCII);
		return head.matches("[A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} ");
	}

	private static boolean isHeader(byte[] b, int from, int end) {
		int i = from;
		if (i >= end || b[i] != '<') {
			return false;
		}
		int digits = 0;
		for (i++; i < end && isDigit(b[i]) && digits < 4; i++) {
			digits++;
		}
		if (digits == 0 || digits > 3 || i >= end || b[i] != '>') {
			return false;
		}
		int version = 0;
		for (i++; i < end && isDigit(b[i]) && version < 3; i++) {
			version++;
		}
		return version >= 1 && version <= 2 && i < end && b[i] == ' ';
	}

	/** Makes at least n unread bytes available in the chunk if the stream has them; false if it has fewer. */
	private boolean fillAhead(int n) throws IOException {
		if (chunkLen - chunkPos >= n) {
			return true;
		}
		System.arraycopy(chunk, chunkPos, chunk, 0, chunkLen - chunkPos);
		chunkLen -= chunkPos;
		chunkPos = 0;
		while (chunkLen < n) {
			int got = in.read(chunk, chunkLen, chunk.length - chunkLen);
			if (got <= 0) {
				return false;
			}
			chunkLen += got;
		}
		return true;
	}

	/** The next frame, or null at the end of the stream. */
	public SyslogFrame next() throws IOException {
		frame.reset();
		if (resyncLength >= 0) {
			long length = resyncLength;
			resyncLength = -1;
			frame.append('<');
			return readCounted(++ordinal, resyncOffset, resyncLine, length, 1);
		}
		int b = skipLineEnds();
		if (b < 0) {
			return null;
		}
		long start = offset;
		long startLine = line;
		if (octetCounted == null) {
			octetCounted = isDigit(b);
		}
		ordinal++;
		return octetCounted ? readPrefixed(start, startLine) : readLine(start, startLine);
	}

	/** Bytes consumed so far. */
	public long bytesRead() {
		return offset;
	}

	/** Frames found so far (also bad ones). */
	public long frames() {
		return ordinal;
	}

	/** True when the stream uses octet counting; null before the first frame. */
	public Boolean octetCounted() {
		return octetCounted;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	private SyslogFrame readLine(long start, long startLine) throws IOException {
		for (int b = read(); b >= 0; b = read()) {
			if (b == '\n') {
				// RFC 5424 allows line ends in MSG: a line that does not start a syslog header goes on the message
				if (!joinLines || !startsWithHeader(0) || endsAuditMessage() || atNextMessage()) {
					break;
				}
			}
			frame.append(b);
		}
		int size = frame.size();
		byte[] bytes = frame.copy();
		if (size > 0 && bytes[size - 1] == '\r') {
			bytes = Arrays.copyOf(bytes, size - 1);
		}
		String problem = frame.overflowed()
				? "it is longer than " + MAX_FRAME_BYTES / 1024 + " KiB, far more than an audit message needs"
				: null;
		return new SyslogFrame(ordinal, start, startLine, false, excerptIf(problem, bytes), problem);
	}

	private SyslogFrame readPrefixed(long start, long startLine) throws IOException {
		long length = 0;
		int digits = 0;
		int b = read();
		while (b >= 0 && isDigit(b) && digits <= MAX_DIGITS) {
			frame.append(b);
			length = length * 10 + (b - '0');
			digits++;
			b = read();
		}
		String problem = null;
		if (digits == 0) {
			problem = "it does not start with a length (RFC 6587 octet counting: \"<length> <PRI>1 ...\")";
		} else if (digits > MAX_DIGITS || length > MAX_FRAME_BYTES) {
			problem = "its length prefix is larger than " + MAX_FRAME_BYTES / 1024 + " KiB";
		} else if (b != ' ') {
			String prefix = new String(frame.copy(), StandardCharsets.US_ASCII)
					+ (b > ' ' && b < 127 ? String.valueOf((char) b) : "");
			problem = "its length prefix \"" + prefix + "\" is not a number followed by a space";
		} else if (length == 0) {
			problem = "its length prefix is 0";
		}
		if (problem == null) {
			frame.reset();
			return readCounted(ordinal, start, startLine, length, 0);
		}
		if (b >= 0) {
			frame.append(b);
		}
		skipToNextFrame();
		return new SyslogFrame(ordinal, start, startLine, true, excerpt(frame.copy()),
				problem + "; skipped to the next frame");
	}

	/** Reads the rest of a frame of {@code length} bytes of which {@code have} are in the buffer. */
	private SyslogFrame readCounted(long n, long start, long startLine, long length, long have) throws IOException {
		long got = have;
		while (got < length) {
			int b = read();
			if (b < 0) {
				return new SyslogFrame(n, start, startLine, true, excerpt(frame.copy()), "it is cut off: its length"
						+ " prefix says " + length + " bytes but the stream ends after " + got);
			}
			frame.append(b);
			got++;
		}
		return new SyslogFrame(n, start, startLine, true, frame.copy(), null);
	}

	/**
	 * Skips bytes (keeping the first ones as the bad frame's excerpt) up to the next {@code <digits> <}, which
	 * it remembers as the next frame's start.
	 */
	private void skipToNextFrame() throws IOException {
		long runLength = 0;
		int runDigits = 0;
		long runOffset = 0;
		long runLine = 0;
		boolean space = false;
		int previous = ' ';
		for (int b = read(); b >= 0; b = read()) {
			if (frame.size() < EXCERPT_BYTES) {
				frame.append(b);
			}
			if (isDigit(b) && !space && (runDigits > 0 || !isDigit(previous))) {
				if (runDigits == 0) {
					runOffset = offset - 1;
					runLine = line;
				}
				runDigits++;
				runLength = runLength * 10 + (b - '0');
			} else if (b == ' ' && runDigits > 0 && !space) {
				space = true;
			} else if (b == '<' && space && runDigits <= MAX_DIGITS && runLength > 0 && runLength <= MAX_FRAME_BYTES) {
				resyncLength = runLength;
				resyncOffset = runOffset;
				resyncLine = runLine;
				frame.truncate((int) Math.max(0, frame.size() - (offset - runOffset)));
				return;
			} else {
				runDigits = 0;
				runLength = 0;
				space = false;
			}
			previous = b;
		}
	}

	/** Skips CR and LF between frames; returns the first other byte (not consumed) or -1. */
	private int skipLineEnds() throws IOException {
		int b = peek();
		while (b == '\r' || b == '\n') {
			read();
			b = peek();
		}
		return b;
	}

	private int peek() throws IOException {
		if (chunkPos == chunkLen && !fill()) {
			return -1;
		}
		return chunk[chunkPos] & 0xFF;
	}

	private int read() throws IOException {
		if (chunkPos == chunkLen && !fill()) {
			return -1;
		}
		int b = chunk[chunkPos++] & 0xFF;
		offset++;
		if (b == '\n') {
			line++;
		}
		return b;
	}

	private boolean fill() throws IOException {
		chunkPos = 0;
		chunkLen = 0;
		int n = in.read(chunk);
		if (n <= 0) {
			return false;
		}
		chunkPos = 0;
		chunkLen = n;
		return true;
	}

	private static boolean isDigit(int b) {
		return b >= '0' && b <= '9';
	}

	private static byte[] excerpt(byte[] bytes) {
		return bytes.length <= EXCERPT_BYTES ? bytes : Arrays.copyOf(bytes, EXCERPT_BYTES);
	}

	private static byte[] excerptIf(String problem, byte[] bytes) {
		return problem == null ? bytes : excerpt(bytes);
	}
}
