package org.custodian.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;
import org.junit.jupiter.api.Test;

class CsvTableTest {

	private static CsvTable table(byte[] bytes, List<String> required, Map<String, String> mapping) throws Exception {
		return CsvTable.read(new ByteArrayInputStream(bytes), "staff.csv", required, mapping);
	}

	private static CsvTable table(String text, String... required) throws Exception {
		return table(text.getBytes(StandardCharsets.UTF_8), List.of(required), Map.of());
	}

	@Test
	void columnsMatchIgnoringCaseSpacesAndUnderscoresAndTheByteOrderMarkIsSkipped() throws Exception {
		try (CsvTable t = table("\uFEFFStaff Number,END-DATE\r\nS1,31/03/2026\r\nS2,\r\n", "staff_number", "end_date")) {
			List<CsvRow> rows = new ArrayList<>();
			t.forEach(rows::add);
			assertEquals(2, rows.size());
			assertEquals("S1", rows.get(0).required("staff_number"));
			assertEquals(LocalDate.of(2026, 3, 31), rows.get(0).date("end date"));
			assertNull(rows.get(1).date("end_date"));
			assertEquals(3, rows.get(1).line());
		}
	}

	@Test
	void aCellLongerThanTheDatabaseKeepsIsRefusedWithItsLineAndColumn() throws Exception {
		try (CsvTable t = table("staff_number,family_name\nS1," + "F".repeat(CsvRow.MAX_CELL + 1) + "\nS2,Smith\n",
				"staff_number")) {
			List<CsvRow> rows = new ArrayList<>();
			t.forEach(rows::add);
			RecordException e = assertThrows(RecordException.class, () -> rows.get(0).get("family_name"));
			assertEquals(2, e.line());
			assertEquals("family_name", e.column());
			assertTrue(e.getMessage().contains("is 32,001 characters long; a cell holds at most 32,000"), e.getMessage());
			assertEquals("Smith", rows.get(1).get("family_name"));
		}
	}

	@Test
	void aUtf16FileIsRefusedSayingSoRatherThanMissingEveryColumn() {
		byte[] utf16 = "\uFEFFstaff_number\nS1\n".getBytes(StandardCharsets.UTF_16LE);
		RecordException e = assertThrows(RecordException.class, () -> table(utf16, List.of("staff_number"), Map.of()));
		assertEquals("staff.csv line 1: the file is encoded in UTF-16; save it as CSV UTF-8 and load it again",
				e.getMessage());
	}

	@Test
	void aMissingColumnRefusesTheFileNamingWhatItHas() {
		RecordException e = assertThrows(RecordException.class, () -> table("name,start\nA,2026-01-01\n", "staff_number"));
		assertEquals(1, e.line());
		assertTrue(e.getMessage().contains("missing column staff_number; the file has name, start"), e.getMessage());
	}

	@Test
	void aSavedMappingReadsTheirColumnsUnderOurNames() throws Exception {
		try (CsvTable t = table("Usr,Pt No\nalice,P1\n".getBytes(StandardCharsets.UTF_8), List.of("user", "patient"),
				Map.of("user", "Usr", "patient", "Pt No"))) {
			CsvRow row = t.iterator().next();
			assertEquals("alice", row.get("user"));
			assertEquals("P1", row.get("patient"));
		}
	}

	@Test
	void badValuesNameTheLineAndColumn() throws Exception {
		try (CsvTable t = table("id,born,count,agency\nA,31/02/2026,x,maybe\n", "id")) {
			CsvRow row = t.iterator().next();
			RecordException date = assertThrows(RecordException.class, () -> row.date("born"));
			assertEquals("staff.csv line 2, column born: \"31/02/2026\" is not a date (write YYYY-MM-DD or DD/MM/YYYY)",
					date.getMessage());
			assertThrows(RecordException.class, () -> row.integer("count", 0));
			RecordException bool = assertThrows(RecordException.class, () -> row.bool("agency", false));
			assertEquals("line 2, column agency", bool.position());
		}
	}

	@Test
	void datesInTheFormatsExportsUse() throws Exception {
		try (CsvTable t = table("a,b,c,d\n2026-03-31,20260331,31-Mar-2026,2026-03-31T10:15:00\n", "a")) {
			CsvRow row = t.iterator().next();
			for (String c : List.of("a", "b", "c", "d")) {
				assertEquals(LocalDate.of(2026, 3, 31), row.date(c), c);
			}
		}
	}

	@Test
	void aCellThatIsNotUtf8IsRefusedWithItsLineAndTheOtherRecordsStillRead() throws Exception {
		byte[] head = "id,name\nA,Ann\n".getBytes(StandardCharsets.UTF_8);
		byte[] bad = "B,J\u00f6rg\nC,Cy\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] all = new byte[head.length + bad.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(bad, 0, all, head.length, bad.length);
		try (CsvTable t = table(all, List.of("id"), Map.of())) {
			var it = t.iterator();
			assertEquals("Ann", it.next().get("name"));
			CsvRow b = it.next();
			assertEquals("B", b.get("id"));
			RecordException e = assertThrows(RecordException.class, () -> b.get("name"));
			assertEquals("staff.csv line 3, column name: is not UTF-8 text (save the file as CSV UTF-8)", e.getMessage());
			assertEquals("Cy", it.next().get("name"));
		}
	}

	@Test
	void anEmptyFileIsRefused() {
		RecordException e = assertThrows(RecordException.class, () -> table("", "id"));
		assertTrue(e.getMessage().contains("empty"), e.getMessage());
	}
}
