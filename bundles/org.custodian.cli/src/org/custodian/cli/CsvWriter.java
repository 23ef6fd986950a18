package org.custodian.cli;

import java.io.PrintStream;

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. */
public final class CsvWriter {
	private final PrintStream out;

	public CsvWriter(PrintStream out) {
		this.out = out;
	}

	public void row(String... fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(quote(fields[i]));
		}
		out.print(line.append("\r\n"));
	}

	static String quote(String field) {
		if (field == null) {
			return "";
		}
		boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
				|| field.indexOf('\r') >= 0;
		return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}
}
