package org.custodian.people.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.RecordException;

/**
 * A streaming reader of LDIF content records (RFC 2849), as directory exports write them: entries separated by
 * blank lines, folded lines continued with one leading space, {@code name:: base64} values, comments. One entry is
 * held in memory at a time. Change records, {@code name:< URL} values and attribute options are not needed for
 * account lists: a URL value is refused with its line, options (";binary", ";lang-en") are dropped from the name.
 * Problems are {@link RecordException}s naming the line and attribute, like a CSV's.
 */
public final class LdifReader implements Iterable<LdifReader.Entry> {

	/** One entry: its DN, the line it starts on, and its attributes (names lower case, values in order). */
	public record Entry(String dn, long line, Map<String, List<String>> attributes) {
		public String first(String name) {
			List<String> v = attributes.get(name.toLowerCase(Locale.ROOT));
			return v == null || v.isEmpty() ? null : v.get(0);
		}
	}

	private final String source;
	private final BufferedReader in;
	private long lineNumber;
	private String pending;

	public LdifReader(String source, BufferedReader in) {
		this.source = source;
		this.in = in;
	}

	@Override
	public Iterator<Entry> iterator() {
		return new Iterator<>() {
			private Entry next;

			@Override
			public boolean hasNext() {
				if (next == null) {
					next = read();
				}
				return next != null;
			}

			@Override
			public Entry next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				Entry e = next;
				next = null;
				return e;
			}
		};
	}

	/** The next entry, or null at the end. A bad line throws; the reader then continues after its entry. */
	private Entry read() {
		List<long[]> starts = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		String line;
		while ((line = physical()) != null) {
			if (line.isEmpty()) {
				if (!lines.isEmpty()) {
					break;
				}
				continue;
			}
			if (line.startsWith("#")) {
				continue;
			}
			if (line.startsWith(" ")) {
				if (lines.isEmpty()) {
					throw new RecordException(source, lineNumber, null, "a continued line with nothing to continue");
				}
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
				continue;
			}
			lines.add(line);
			starts.add(new long[] { lineNumber });
		}
		if (lines.isEmpty()) {
			return null;
		}
		if (lines.get(0).toLowerCase(Locale.ROOT).startsWith("version:")) {
			lines.remove(0);
			starts.remove(0);
			if (lines.isEmpty()) {
				return read();
			}
		}
		String dn = null;
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String l = lines.get(i);
			long at = starts.get(i)[0];
			int colon = l.indexOf(':');
			if (colon <= 0) {
				throw new RecordException(source, at, null, "\"" + shorten(l) + "\" is not an attribute line (name: value)");
			}
			String name = l.substring(0, colon).strip();
			int semicolon = name.indexOf(';');
			if (semicolon > 0) {
				name = name.substring(0, semicolon);
			}
			String value;
			String rest = l.substring(colon + 1);
			if (rest.startsWith(":")) {
				try {
					value = new String(Base64.getDecoder().decode(rest.substring(1).strip()), StandardCharsets.UTF_8);
				} catch (IllegalArgumentException e) {
					throw new RecordException(source, at, name, "the base64 value cannot be decoded");
				}
			} else if (rest.startsWith("<")) {
				throw new RecordException(source, at, name, "values read from a URL are not supported");
			} else {
				value = rest.strip();
			}
			if (value.length() > CsvRow.MAX_CELL) {
				// the database could not keep it, and the save of the whole file would fail with it
				throw new RecordException(source, at, name, "the value is " + String.format("%,d", value.length())
						+ " characters long; at most " + String.format("%,d", CsvRow.MAX_CELL) + " are read");
			}
			if (i == 0) {
				if (!name.equalsIgnoreCase("dn")) {
					throw new RecordException(source, at, name, "an entry must start with its dn");
				}
				dn = value;
			} else {
				attributes.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
			}
		}
		return new Entry(dn, starts.get(0)[0], attributes);
	}

	private String physical() {
		try {
			String l = pending != null ? pending : in.readLine();
			pending = null;
			if (l != null) {
				lineNumber++;
				if (lineNumber == 1 && l.startsWith("\uFEFF")) {
					l = l.substring(1);
				}
			}
			return l;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String shorten(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "..." : s;
	}
}
