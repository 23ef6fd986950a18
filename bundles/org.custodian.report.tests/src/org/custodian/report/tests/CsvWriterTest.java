package org.custodian.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.CsvWriter;
import org.junit.jupiter.api.Test;

/** What the one writer writes, the one reader reads back unchanged, with the awkward cells exports really hold. */
class CsvWriterTest {

	@Test
	void quotesOnlyWhatMustBeQuotedAndEndsLinesWithCrLf() {
		StringBuilder out = new StringBuilder();
		CsvWriter csv = new CsvWriter(out);
		csv.row("name", "note", "count");
		csv.row("O'BRIEN, Siobhan", "said \"no\"", 3);
		csv.row("SMITH", null, "");
		assertEquals("name,note,count\r\n\"O'BRIEN, Siobhan\",\"said \"\"no\"\"\",3\r\nSMITH,,\r\n", out.toString());
		assertEquals(3, csv.rows());
	}

	@Test
	void whatItWritesTheReaderReadsBackCellForCell() throws Exception {
		List<List<String>> records = List.of(List.of("Ward 7, Oncology", "line one\nline two", "x\r\ny"),
				List.of("\"quoted\"", "comma,and\"quote", "plain"));
		StringBuilder out = new StringBuilder();
		CsvWriter csv = new CsvWriter(out);
		csv.row("a", "b", "c");
		records.forEach(csv::row);
		try (CsvTable t = CsvTable.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
				"export.csv", List.of("a", "b", "c"), Map.of())) {
			List<List<String>> back = new ArrayList<>();
			for (CsvRow r : t) {
				back.add(List.of(r.required("a"), r.required("b"), r.required("c")));
			}
			assertEquals(records, back);
		}
	}

	@Test
	void aWriterThatFailsIsReportedNotSwallowed() {
		Writer broken = new Writer() {
			@Override
			public void write(char[] cbuf, int off, int len) throws IOException {
				throw new IOException("No space left on device");
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new CsvWriter(broken).row("a"));
		assertEquals("No space left on device", e.getCause().getMessage());
	}
}
