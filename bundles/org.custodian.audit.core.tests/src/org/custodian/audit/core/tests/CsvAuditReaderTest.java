package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.read.CsvAuditReader;
import org.custodian.audit.core.read.CsvColumnMapping;
import org.custodian.audit.core.read.CsvMappings;
import org.custodian.model.ModelPackage;
import org.custodian.store.AccessEvent;
import org.custodian.store.EntityStore;
import org.custodian.store.QuarantinedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vendor's CSV audit report read through the column mapping saved for it. */
class CsvAuditReaderTest {
	static final String HEADER = "Access Date/Time,Activity,Op,Result,Login,Full Name,Workstation,MRN,Patient,Study UID,System,Notes\n";
	static final List<String> VENDOR = List.of("time=Access Date/Time", "event=Activity", "action=Op", "outcome=Result",
			"user_id=Login", "user_name=Full Name", "host=Workstation", "patient_id=MRN", "patient_name=Patient",
			"study_uid=Study UID", "source=System", "detail=Notes");

	@TempDir
	Path dir;

	static CsvColumnMapping vendor() {
		return CsvColumnMapping.parse("Vendor PACS", VENDOR, "Europe/London");
	}

	static List<AuditRecord> read(String csv, CsvColumnMapping mapping) throws IOException {
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		try (CsvAuditReader reader = new CsvAuditReader(new ByteArrayInputStream(bytes), "vendor.csv", bytes.length,
				mapping)) {
			List<AuditRecord> all = new ArrayList<>();
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				all.add(r);
			}
			return all;
		}
	}

	private static AccessEvent event(AuditRecord r) {
		return assertInstanceOf(AuditRecord.Event.class, r, String.valueOf(r)).event();
	}

	private static QuarantinedRecord problem(AuditRecord r) {
		return assertInstanceOf(AuditRecord.Quarantined.class, r, String.valueOf(r)).record();
	}

	@Test
	void aVendorReportReadsThroughItsMappingWithLocalTimesInItsZone() throws IOException {
		List<AuditRecord> records = read(HEADER
				+ "01/03/2026 10:15:30,110104,R,0,drwho,Dr Who,WS-7,9434765919,\"DOE^JANE, \"\"JJ\"\"\",1.2.3,PACS_MAIN,viewed\n"
				+ "2026-07-01 11:00,110112,e,,nurse7,,,P2,,,PACS_MAIN,\n", vendor());
		assertEquals(2, records.size(), records.toString());
		assertEquals(new AccessEvent(Instant.parse("2026-03-01T10:15:30Z"), "110104", "R", 0, null, "drwho", "Dr Who",
				"WS-7", "9434765919", "DOE^JANE, \"JJ\"", "1.2.3", "PACS_MAIN", "viewed"), event(records.get(0)));
		assertEquals("line 2", records.get(0).position());
		AccessEvent query = event(records.get(1));
		assertEquals(Instant.parse("2026-07-01T10:00:00Z"), query.time(), "summer time in London");
		assertEquals("E", query.action());
		assertEquals(0, query.outcome(), "an empty outcome is success");
	}

	@Test
	void headersThatAreOurFieldNamesNeedNoMapping() throws IOException {
		List<AuditRecord> records = read("Time,Event,User ID,Patient-ID\n2026-03-01T10:15:30Z,110104,drwho,P1\n",
				CsvColumnMapping.builtIn());
		AccessEvent e = event(records.get(0));
		assertEquals("drwho", e.userId());
		assertEquals("P1", e.patientId());
	}

	@Test
	void eachBadValueIsQuarantinedNamingTheLineAndTheirColumn() throws IOException {
		String good = "01/03/2026 10:15:30,110104,R,0,drwho,,,P1,,,PACS,\n";
		List<AuditRecord> records = read(HEADER + good
				+ "31/02/2026 10:00,110104,R,0,drwho,,,P1,,,PACS,\n" // 3 no such date
				+ ",110104,R,0,drwho,,,P1,,,PACS,\n" // 4 no time
				+ "01/03/2026 10:15,,R,0,drwho,,,P1,,,PACS,\n" // 5 no event
				+ "01/03/2026 10:15,110104,View,0,drwho,,,P1,,,PACS,\n" // 6 action
				+ "01/03/2026 10:15,110104,R,3,drwho,,,P1,,,PACS,\n" // 7 outcome
				+ "01/03/2026 10:15,110104,R,failed,drwho,,,P1,,,PACS,\n" // 8 outcome not a number
				+ good // 9
				+ "01/03/2026 10:15,110104,R,0,\"drwho,,,P1,,,PACS,\n", vendor()); // 10 unclosed quote
		assertEquals(9, records.size(), records.toString());
		String[][] expected = { { "line 3, column Access Date/Time", "\"31/02/2026 10:00\" is not a date and time" },
				{ "line 4, column Access Date/Time", "is empty" }, { "line 5, column Activity", "is empty" },
				{ "line 6, column Op", "\"View\" is not one of C, R, U, D, E" },
				{ "line 7, column Result", "\"3\" is not one of 0, 4, 8, 12" },
				{ "line 8, column Result", "\"failed\" is not a whole number" } };
		event(records.get(0));
		for (int i = 0; i < expected.length; i++) {
			QuarantinedRecord q = problem(records.get(i + 1));
			assertEquals(expected[i][0], q.position());
			String column = expected[i][0].substring(expected[i][0].indexOf("column ") + 7);
			assertTrue(q.reason().startsWith("Line " + (i + 3) + " cannot be read: " + column + " " + expected[i][1]),
					q.reason());
		}
		assertTrue(problem(records.get(6)).excerpt().contains("outcome=failed"), records.get(6).toString());
		event(records.get(7));
		QuarantinedRecord unclosed = problem(records.get(8));
		assertTrue(unclosed.reason().contains("cannot be read from here"), unclosed.reason());
	}

	@Test
	void aReportWithoutTheMappedColumnsIsRefusedNamingWhatItHas() {
		IOException e = assertThrows(IOException.class,
				() -> read("When,What,Who\n2026-03-01,110104,drwho\n", vendor()));
		assertTrue(e.getMessage().startsWith("vendor.csv line 1: missing columns time (mapped to Access Date/Time),"
				+ " event (mapped to Activity); the file has When, What, Who"), e.getMessage());
		IOException unmapped = assertThrows(IOException.class,
				() -> read("When,What,Who\n", CsvColumnMapping.builtIn()));
		assertTrue(unmapped.getMessage().endsWith("(give a saved column mapping with --mapping)"), unmapped.getMessage());
	}

	@Test
	void aMappingNamesKnownFieldsAndARealZone() {
		IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
				() -> CsvColumnMapping.parse("x", List.of("when=Date"), null));
		assertTrue(field.getMessage().startsWith("unknown field \"when\"; the fields are time, event,"), field.getMessage());
		assertThrows(IllegalArgumentException.class, () -> CsvColumnMapping.parse("x", List.of("time"), null));
		IllegalArgumentException zone = assertThrows(IllegalArgumentException.class,
				() -> CsvColumnMapping.parse("x", List.of("time=Date"), "Mars/Olympus"));
		assertEquals("\"Mars/Olympus\" is not a time zone (write e.g. Europe/London)", zone.getMessage());
	}

	@Test
	void mappingsAreSavedByNameInTheDatabaseAndReplacedWhenSavedAgain() {
		TestDatabase db = new TestDatabase(dir);
		try {
			EntityStore entities = new EntityStore(db, ModelPackage.eINSTANCE);
			entities.ensureSchema();
			CsvMappings mappings = new CsvMappings(entities);
			mappings.save(vendor());
			mappings.save(CsvColumnMapping.parse("Other RIS", List.of("time=When"), null));
			assertEquals(vendor(), mappings.named("vendor pacs").orElseThrow());
			assertEquals(List.of("Other RIS", "Vendor PACS"), mappings.all().stream().map(CsvColumnMapping::name).toList());

			mappings.save(CsvColumnMapping.parse("Vendor PACS", List.of("time=Date", "event=Code"), "UTC"));
			assertEquals(2, mappings.all().size(), "saved again under its name, not added");
			CsvColumnMapping changed = mappings.named("Vendor PACS").orElseThrow();
			assertEquals(Map.of("time", "Date", "event", "Code"), changed.columns());
			assertEquals(ZoneId.of("UTC"), changed.zone());
		} finally {
			db.shutdown();
		}
	}
}
