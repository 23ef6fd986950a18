package org.custodian.demo.trust;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An RFC 4180 CSV file being written: fields with a comma, quote or line break are quoted, quotes doubled,
 * CRLF line ends (as the CLI's own CSV output; that writer lives in the CLI bundle, which this one may not use).
 */
final class CsvOut implements AutoCloseable {
	private final Writer out;
	private int rows;

	CsvOut(Path file, String... header) throws IOException {
		out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
		row((Object[]) header);
		rows = 0;
	}

	void row(Object... fields) {
		try {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(quote(fields[i] == null ? "" : fields[i].toString()));
			}
			out.write("\r\n");
			rows++;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Data rows written (the header not counted). */
	int rows() {
		return rows;
	}

	private static String quote(String field) {
		boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
				|| field.indexOf('\r') >= 0;
		return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
