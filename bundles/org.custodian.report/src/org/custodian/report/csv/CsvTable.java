package org.custodian.report.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as a table with named columns, streaming: the header is checked first (every required column
 * must be there, or the whole file is refused with the columns it does have), then records come one at a time.
 *
 * Column names are matched ignoring case, spaces, hyphens and underscores, so "End date", "end_date" and
 * "END-DATE" are one column. A column mapping (ours to theirs) lets a vendor's report with its own headers be
 * read under our names; the user saves one per source. A UTF-8 byte-order mark is skipped. Bytes that are not
 * UTF-8 (a file saved as Latin-1 by a spreadsheet) make only the cells holding them unreadable: reading such a
 * cell throws a {@link RecordException} for that line and column, and the other records still land.
 */
public final class CsvTable implements AutoCloseable, Iterable<CsvRow> {
	private final String source;
	private final CSVParser parser;
	private final Map<String, Integer> index = new HashMap<>();
	private final List<String> header;

	private CsvTable(String source, Reader reader, List<String> required, Map<String, String> mapping) {
		this.source = source;
		try {
			parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
					.setTrim(false).get().parse(reader);
		} catch (IOException | UncheckedIOException e) {
			throw new RecordException(source, 1, null, "the header cannot be read: " + message(e));
		} catch (IllegalArgumentException e) {
			throw new RecordException(source, 1, null, "the header is not valid: " + e.getMessage());
		}
		header = List.copyOf(parser.getHeaderNames());
		if (header.isEmpty()) {
			throw new RecordException(source, 1, null, "the file is empty: a header line is needed");
		}
		Map<String, Integer> theirs = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			theirs.putIfAbsent(key(header.get(i)), i);
		}
		index.putAll(theirs);
		// our names, through the mapping, to their columns
		mapping.forEach((ours, their) -> {
			Integer i = theirs.get(key(their));
			if (i != null) {
				index.put(key(ours), i);
			}
		});
		List<String> missing = new ArrayList<>();
		for (String column : required) {
			if (!index.containsKey(key(column))) {
				missing.add(mapping.containsKey(column) ? column + " (mapped to " + mapping.get(column) + ")" : column);
			}
		}
		if (!missing.isEmpty()) {
			throw new RecordException(source, 1, null,
					"missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
							+ "; the file has " + String.join(", ", header));
		}
	}

	/** Opens a UTF-8 file and checks its header. */
	public static CsvTable open(Path file, List<String> required) throws IOException {
		return open(file, required, Map.of());
	}

	/** Opens a UTF-8 file, reading their columns under our names through the mapping. */
	public static CsvTable open(Path file, List<String> required, Map<String, String> mapping) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			return read(in, file.getFileName().toString(), required, mapping);
		} catch (RuntimeException e) {
			in.close();
			throw e;
		}
	}

	/** Reads UTF-8 CSV from a stream (closed with the table). */
	public static CsvTable read(InputStream in, String source, List<String> required, Map<String, String> mapping)
			throws IOException {
		InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
		buffered.mark(2);
		int b0 = buffered.read();
		int b1 = buffered.read();
		buffered.reset();
		if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF || b0 == 0 || b1 == 0) {
			// read as UTF-8 its header would be a row of odd characters "missing" every column
			in.close();
			throw new RecordException(source, 1, null, "the file is encoded in UTF-16; save it as CSV UTF-8 and load it"
					+ " again");
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
		reader.mark(1);
		int first = reader.read();
		if (first != '\uFEFF' && first != -1) {
			reader.reset();
		}
		return new CsvTable(source, reader, required, mapping);
	}

	public String source() {
		return source;
	}

	/** Their column names, as written in the file. */
	public List<String> header() {
		return header;
	}

	/**
	 * The records in order. A record the CSV syntax cannot split (an unclosed quote) ends the file with a {@link RecordException} naming the line: what came before it has been delivered.
	 */
	@Override
	public Iterator<CsvRow> iterator() {
		Iterator<CSVRecord> records = parser.iterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				try {
					return records.hasNext();
				} catch (UncheckedIOException | IllegalStateException e) {
					throw new RecordException(source, parser.getCurrentLineNumber() + 1, null,
							"the file cannot be read from here: " + message(e));
				}
			}

			@Override
			public CsvRow next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				CSVRecord r = records.next();
				// the header is line 1, so data record n is on line n + 1 (counted in records: a quoted line
				// break inside a cell does not shift the numbers a spreadsheet shows)
				return new CsvRow(source, r.getRecordNumber() + 1, r.toList(), index);
			}
		};
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	/** The form column names are compared in. */
	/**
	 * The header's columns that none of the reader's fields takes, by our name or through the mapping: what a
	 * user's export holds that is not being read (a column misnamed, or one the console has no use for).
	 */
	public List<String> unusedColumns(java.util.Collection<String> fields, Map<String, String> mapping) {
		java.util.Set<String> used = new java.util.HashSet<>();
		fields.forEach(f -> used.add(key(f)));
		mapping.values().forEach(v -> used.add(key(v)));
		return header.stream().filter(h -> !h.isBlank() && !used.contains(key(h))).toList();
	}

	static String key(String column) {
		return column.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
	}

	private static String message(Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.toString();
	}
}
