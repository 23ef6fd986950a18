package org.custodian.audit.core.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream into its {@code AuditMessage} elements (also prefixed ones such as
 * {@code <ns:AuditMessage>}) without parsing the whole: the stream may be many concatenated XML documents,
 * each with its own XML declaration and byte-order mark, or messages inside syslog lines or a wrapper
 * element. Holds one message at a time ({@link #MAX_MESSAGE_BYTES} at most) plus a fixed read buffer, so
 * memory does not depend on the stream's length.
 * <p>
 * Works on the bytes of any ASCII-compatible encoding (DICOM requires UTF-8); a UTF-16 stream is refused.
 * A message whose end tag is missing ends where the next message starts, so one broken message costs only
 * itself.
 */
public final class AuditMessageSplitter implements Closeable {

	/** Audit messages are a few kilobytes; one this large is quarantined rather than held. */
	public static final int MAX_MESSAGE_BYTES = 1 << 20;
	static final int READ_BUFFER = 64 * 1024;
	private static final int MAX_NAME = 128;
	private static final int MAX_DECLARATION = 256;
	private static final byte[] LOCAL_NAME = "AuditMessage".getBytes(StandardCharsets.US_ASCII);

	private final InputStream in;
	private final String sourceName;
	private final byte[] chunk = new byte[READ_BUFFER];
	private int chunkPos;
	private int chunkLen;
	private int pushback = -1;
	private long offset;
	private long line = 1;
	private long ordinal;

	private final MessageBuffer message = new MessageBuffer(MAX_MESSAGE_BYTES);
	private final byte[] name = new byte[MAX_NAME];
	private int nameLength;
	private boolean nameTooLong;
	/** The last XML declaration seen between messages; it applies to the messages after it. */
	private byte[] declaration;
	/** Where the start tag {@link #findStart()} found begins. */
	private long foundOffset;
	private long foundLine;
	/** The start of a message found inside the previous one, to continue with. */
	private byte[] carriedName;
	private long carriedOffset;
	private long carriedLine;

	/** @param sourceName for error messages */
	public AuditMessageSplitter(InputStream in, String sourceName) {
		this.in = in;
		this.sourceName = sourceName;
	}

	/** The next message, or null at the end of the stream. */
	public RawMessage next() throws IOException {
		message.reset();
		byte[] qname;
		long startOffset;
		long startLine;
		if (carriedName != null) {
			qname = carriedName;
			startOffset = carriedOffset;
			startLine = carriedLine;
			carriedName = null;
		} else {
			if (!findStart()) {
				return null;
			}
			qname = Arrays.copyOf(name, nameLength);
			startOffset = foundOffset;
			startLine = foundLine;
		}
		ordinal++;
		if (declaration != null) {
			message.append(declaration, declaration.length);
		}
		message.append('<');
		message.append(qname, qname.length);
		RawMessage.Ending ending = readRest(qname);
		if (ending == RawMessage.Ending.CLOSED && message.overflowed()) {
			ending = RawMessage.Ending.TOO_LARGE;
		}
		return new RawMessage(ordinal, startOffset, startLine, message.copy(), ending);
	}

	/** Bytes consumed so far. */
	public long bytesRead() {
		return offset;
	}

	/** Messages found so far. */
	public long messages() {
		return ordinal;
	}

	/**
	 * The most bytes ever held for one message: bounded by the largest message (and
	 * {@link #MAX_MESSAGE_BYTES}), never by the stream's length.
	 */
	public int largestMessageHeld() {
		return message.largest();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/**
	 * Skips to the next {@code <AuditMessage} start tag outside any message, keeping XML declarations and
	 * skipping comments on the way. On true, {@link #name} holds the element's name and the byte after it is
	 * pushed back.
	 */
	private boolean findStart() throws IOException {
		while (true) {
			int b = read();
			if (b < 0) {
				return false;
			}
			if (b != '<') {
				continue;
			}
			foundOffset = offset - 1;
			foundLine = line;
			int c = read();
			if (c == '?') {
				readProcessingInstruction();
			} else if (c == '!') {
				skipMarkup();
			} else if (isNameByte(c)) {
				readName(c, false);
				if (isAuditMessage() && isStartTagEnd(pushback)) {
					return true;
				}
			} else if (c >= 0) {
				pushback = c;
			}
		}
	}

	/** Reads the message after its start tag's name up to its end tag; everything read goes to the buffer. */
	private RawMessage.Ending readRest(byte[] qname) throws IOException {
		boolean inStartTag = true;
		int quote = 0;
		int previous = 0;
		while (true) {
			int b = read();
			if (b < 0) {
				return RawMessage.Ending.CUT_BY_END_OF_SOURCE;
			}
			if (inStartTag) {
				message.append(b);
				if (quote != 0) {
					quote = b == quote ? 0 : quote;
				} else if (b == '"' || b == '\'') {
					quote = b;
				} else if (b == '>') {
					if (previous == '/') {
						return RawMessage.Ending.CLOSED;
					}
					inStartTag = false;
				}
				previous = b;
				continue;
			}
			if (b != '<') {
				message.append(b);
				continue;
			}
			int tagIndex = message.size();
			long tagOffset = offset - 1;
			long tagLine = line;
			message.append(b);
			int c = read();
			if (c == '/') {
				message.append(c);
				int first = read();
				if (!isNameByte(first)) {
					pushback = first;
					continue;
				}
				readName(first, true);
				if (nameEquals(qname)) {
					RawMessage.Ending end = readEndTagClose();
					if (end != null) {
						return end;
					}
				}
			} else if (isNameByte(c)) {
				readName(c, true);
				if (isAuditMessage() && isStartTagEnd(pushback)) {
					// a new message starts before this one ended: this one is cut off here
					message.truncate(tagIndex);
					carriedName = Arrays.copyOf(name, nameLength);
					carriedOffset = tagOffset;
					carriedLine = tagLine;
					return RawMessage.Ending.CUT_BY_NEXT_MESSAGE;
				}
			} else {
				pushback = c;
			}
		}
	}

	/** After {@code </name}: optional white space, then '>'. Null when it was not an end tag after all. */
	private RawMessage.Ending readEndTagClose() throws IOException {
		while (true) {
			int b = read();
			if (b < 0) {
				return RawMessage.Ending.CUT_BY_END_OF_SOURCE;
			}
			if (b == '<') {
				pushback = b;
				return null;
			}
			message.append(b);
			if (b == '>') {
				return RawMessage.Ending.CLOSED;
			}
			if (!isWhiteSpace(b)) {
				return null;
			}
		}
	}

	/** Reads a name starting with {@code first}; the byte after it is pushed back. */
	private void readName(int first, boolean keep) throws IOException {
		nameLength = 0;
		nameTooLong = false;
		int b = first;
		while (isNameByte(b)) {
			if (keep) {
				message.append(b);
			}
			if (nameLength < MAX_NAME) {
				name[nameLength++] = (byte) b;
			} else {
				nameTooLong = true;
			}
			b = read();
		}
		pushback = b;
	}

	/** True when the name just read is AuditMessage, with or without a namespace prefix. */
	private boolean isAuditMessage() {
		if (nameTooLong || nameLength < LOCAL_NAME.length) {
			return false;
		}
		int start = nameLength - LOCAL_NAME.length;
		if (start > 0 && name[start - 1] != ':') {
			return false;
		}
		return Arrays.equals(name, start, nameLength, LOCAL_NAME, 0, LOCAL_NAME.length);
	}

	private boolean nameEquals(byte[] qname) {
		return !nameTooLong && Arrays.equals(name, 0, nameLength, qname, 0, qname.length);
	}

	private static boolean isStartTagEnd(int b) {
		return b == '>' || b == '/' || isWhiteSpace(b);
	}

	/** After {@code <?}: keeps an XML declaration (on one line, bounded) for the messages that follow. */
	private void readProcessingInstruction() throws IOException {
		byte[] text = new byte[MAX_DECLARATION];
		int length = 0;
		text[length++] = '<';
		text[length++] = '?';
		int previous = 0;
		while (true) {
			int b = read();
			if (b < 0) {
				return;
			}
			if (length < MAX_DECLARATION) {
				text[length] = (byte) (b == '\r' || b == '\n' ? ' ' : b);
			}
			length++;
			if (b == '>' && previous == '?') {
				break;
			}
			previous = b;
		}
		if (length <= MAX_DECLARATION && length > 6 && text[2] == 'x' && text[3] == 'm' && text[4] == 'l'
				&& isWhiteSpace(text[5])) {
			declaration = Arrays.copyOf(text, length);
		}
	}

	/** After {@code <!}: skips a comment, CDATA section or DOCTYPE between messages. */
	private void skipMarkup() throws IOException {
		int b = read();
		if (b == '-') {
			// comment: up to -->
			int dashes = 0;
			while ((b = read()) >= 0) {
				if (b == '>' && dashes >= 2) {
					return;
				}
				dashes = b == '-' ? dashes + 1 : 0;
			}
			return;
		}
		int depth = 0;
		while (b >= 0) {
			if (b == '[') {
				depth++;
			} else if (b == ']') {
				depth--;
			} else if (b == '>' && depth <= 0) {
				return;
			}
			b = read();
		}
	}

	private int read() throws IOException {
		if (pushback >= 0) {
			int b = pushback;
			pushback = -1;
			return b;
		}
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
		int n = in.read(chunk, 0, chunk.length);
		if (n <= 0) {
			chunkLen = chunkPos = 0;
			return false;
		}
		if (offset == 0 && n >= 2 && ((chunk[0] == (byte) 0xFE && chunk[1] == (byte) 0xFF)
				|| (chunk[0] == (byte) 0xFF && chunk[1] == (byte) 0xFE))) {
			throw new IOException(sourceName + " is encoded in UTF-16; DICOM audit messages are UTF-8."
					+ " Convert the file to UTF-8 and import it again.");
		}
		chunkPos = 0;
		chunkLen = n;
		return true;
	}

	private static boolean isNameByte(int b) {
		return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'
				|| b == '-' || b == '.' || b == ':';
	}

	private static boolean isWhiteSpace(int b) {
		return b == ' ' || b == '\t' || b == '\r' || b == '\n';
	}
}
