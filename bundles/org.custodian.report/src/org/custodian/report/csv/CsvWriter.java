package org.custodian.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The console's one CSV writer, the counterpart of {@link CsvTable}: RFC 4180, fields with a comma, quote or line
 * break are quoted and their quotes doubled, lines end with CRLF (what spreadsheets on NHS desktops expect). Null
 * is an empty cell. Every export (command line, grids, evidence files, the generated trust) writes through it, so a
 * file one part of the console writes is a file another part reads.
 */
public final class CsvWriter {
	private final Appendable out;
	private long rows;

	/** Writes to a PrintStream, a Writer or a StringBuilder; a failing Writer is reported as UncheckedIOException. */
	public CsvWriter(Appendable out) {
		this.out = out;
	}

	public void row(Object... fields) {
		row(List.of(nonNull(fields)));
	}

	public void row(List<?> fields) {
		try {
			out.append(line(fields)).append("\r\n");
			rows++;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Rows written so far, the header included when it was written through {@link #row}. */
	public long rows() {
		return rows;
	}

	/** One record without its line end. */
	public static String line(List<?> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(quote(fields.get(i)));
		}
		return line.toString();
	}

	/** One field as it goes into a record: quoted only when it must be. */
	public static String quote(Object field) {
		if (field == null) {
			return "";
		}
		String text = field.toString();
		boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	// List.of refuses nulls, and a null cell is an empty one
	private static Object[] nonNull(Object[] fields) {
		Object[] copy = fields.clone();
		for (int i = 0; i < copy.length; i++) {
			if (copy[i] == null) {
				copy[i] = "";
			}
		}
		return copy;
	}
}
