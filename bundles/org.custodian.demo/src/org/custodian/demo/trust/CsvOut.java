package org.custodian.demo.trust;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.custodian.report.csv.CsvWriter;

/** A generated export being written as a file, through the console's one CSV writer, with its header first. */
final class CsvOut implements AutoCloseable {
	private final Writer out;
	private final CsvWriter csv;

	CsvOut(Path file, String... header) throws IOException {
		out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
		csv = new CsvWriter(out);
		csv.row((Object[]) header);
	}

	void row(Object... fields) {
		csv.row(fields);
	}

	/** Data rows written (the header not counted). */
	int rows() {
		return (int) csv.rows() - 1;
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
