package org.custodian.store.internal.derby;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derby's own log (derby.log) without the values of failed statements. When a statement fails with an error
 * Derby logs (a full disk, a damaged page), it writes the statement and every parameter value in clear: an access
 * event's patient number and name would then be readable beside the encrypted database. Derby is therefore told
 * ({@code derby.stream.error.method}) to write its log through {@link #stream()}, which passes everything through
 * except what stands between {@code begin parameter #n:} and {@code :end parameter}.
 *
 * <p>The file is the one {@code derby.stream.error.file} names (the launch scripts name one in the user's
 * Custodian folder), else Derby's default {@code derby.log} in {@code derby.system.home} or the working folder.
 * Someone who gives Derby an error method or field of their own keeps it.
 */
public final class DerbyLog {
	static final String METHOD = "derby.stream.error.method";
	static final String FILE = "derby.stream.error.file";
	/** Where the log goes, for those who look for it (tests, support): set by {@link #install()}. */
	public static final String WRITTEN_TO = "custodian.derby.log";
	private static final String FIELD = "derby.stream.error.field";
	private static final Pattern PARAMETER = Pattern.compile("(begin parameter #\\d+: ).*?( :end parameter)",
			Pattern.DOTALL);
	private static volatile Path file;

	private DerbyLog() {
	}

	/** Points Derby at {@link #stream()}; must run before Derby's engine boots (before its driver is loaded). */
	static synchronized void install() {
		if (System.getProperty(METHOD) != null || System.getProperty(FIELD) != null) {
			return;
		}
		String named = System.getProperty(FILE);
		if (named != null) {
			file = Path.of(named);
		} else {
			file = Path.of(System.getProperty("derby.system.home", System.getProperty("user.dir", ".")), "derby.log");
		}
		System.setProperty(WRITTEN_TO, file.toAbsolutePath().toString());
		System.clearProperty(FILE); // Derby would take the file before the method
		System.setProperty(METHOD, DerbyLog.class.getName() + ".stream");
	}

	/** Called by Derby, by name, once when its engine boots. */
	public static Writer stream() throws IOException {
		Path target = file != null ? file : Path.of("derby.log");
		boolean append = Boolean.getBoolean("derby.infolog.append");
		return new Redacting(new OutputStreamWriter(new FileOutputStream(target.toFile(), append), StandardCharsets.UTF_8));
	}

	/** The text with every parameter value replaced by "(hidden)". */
	public static String redact(CharSequence text) {
		Matcher m = PARAMETER.matcher(text);
		return m.replaceAll("$1(hidden)$2");
	}

	/**
	 * Holds text until a line ends outside a parameter value, then writes it redacted: a value may hold line
	 * breaks, and Derby writes a message in several pieces.
	 */
	public static final class Redacting extends Writer {
		/** A value longer than this is cut off unseen rather than held. */
		private static final int MAX_HELD = 1 << 20;
		private final Writer out;
		private final StringBuilder held = new StringBuilder();

		public Redacting(Writer out) {
			this.out = out;
		}

		@Override
		public synchronized void write(char[] buffer, int offset, int length) throws IOException {
			held.append(buffer, offset, length);
			int end = held.lastIndexOf("\n");
			if (end < 0) {
				return;
			}
			int open = held.lastIndexOf("begin parameter #", end);
			int close = held.lastIndexOf(":end parameter", end);
			if (open > close) {
				// a value still open at the last line end: write up to where it began, hold the rest
				if (held.length() > MAX_HELD) {
					out.write(redact(held.substring(0, open)) + "begin parameter #(hidden, cut off)\n");
					held.setLength(0);
				}
				return;
			}
			out.write(redact(held.substring(0, end + 1)));
			held.delete(0, end + 1);
		}

		@Override
		public synchronized void flush() throws IOException {
			out.flush();
		}

		@Override
		public synchronized void close() throws IOException {
			out.write(redact(held));
			held.setLength(0);
			out.close();
		}
	}
}
