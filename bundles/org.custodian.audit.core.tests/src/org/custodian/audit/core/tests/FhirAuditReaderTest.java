package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.read.FhirAuditReader;
import org.custodian.store.AccessEvent;
import org.custodian.store.QuarantinedRecord;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** FHIR AuditEvent (R4, IHE BALP) as one resource, a Bundle, a list or NDJSON, to the events DICOM gives. */
class FhirAuditReaderTest {
	private static final String TIME = "2026-03-01T10:15:30Z";

	static List<AuditRecord> read(String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		try (FhirAuditReader reader = new FhirAuditReader(new ByteArrayInputStream(bytes), "audit.json", bytes.length,
				ZoneId.of("Europe/London"))) {
			List<AuditRecord> all = new ArrayList<>();
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				all.add(r);
			}
			assertEquals(bytes.length, reader.bytesRead());
			return all;
		}
	}

	private static AccessEvent event(AuditRecord r) {
		return assertInstanceOf(AuditRecord.Event.class, r, String.valueOf(r)).event();
	}

	private static QuarantinedRecord problem(AuditRecord r) {
		return assertInstanceOf(AuditRecord.Quarantined.class, r, String.valueOf(r)).record();
	}

	private static AccessEvent only(String text) throws IOException {
		List<AuditRecord> records = read(text);
		assertEquals(1, records.size(), records.toString());
		return event(records.get(0));
	}

	private static String viewing(String user, String patient) {
		return FhirAudit.viewing(TIME, user, patient, "DOE^JANE", "1.2.826.0.1.7").json();
	}

	@Test
	void aViewingReadsAsTheSameEventAsItsDicomAuditMessage() throws IOException {
		// pretty-printed, with a byte-order mark, as a single resource document
		String json = "\uFEFF" + new com.google.gson.GsonBuilder().setPrettyPrinting().create()
				.toJson(FhirAudit.viewing("2026-03-01T10:15:30.250+01:00", "drwho", "9434765919", "DOE^JANE",
						"1.2.826.0.1.7").resource);
		AccessEvent fhir = only(json);
		AccessEvent dicom = DicomAuditReaderTest.onlyEvent(AuditXml.viewing("2026-03-01T10:15:30.250+01:00", "drwho",
				"9434765919", "DOE^JANE", "1.2.826.0.1.7").xml());
		// FHIR has no instance counts: everything else is the same
		assertEquals(new AccessEvent(dicom.time(), dicom.eventCode(), dicom.action(), dicom.outcome(), dicom.eventType(),
				dicom.userId(), dicom.userName(), dicom.host(), dicom.patientId(), dicom.patientName(), dicom.studyUid(),
				dicom.source(), null), fhir);
		assertEquals(new AccessEvent(Instant.parse("2026-03-01T09:15:30.250Z"), "110104", "R", 0, null, "drwho",
				"Dr drwho", "10.0.0.7", "9434765919", "DOE^JANE", "1.2.826.0.1.7", "PACS_MAIN", null), fhir);
	}

	@Test
	void aBundleIsReadEntryByEntryWithTheLineOfEach() throws IOException {
		String bundle = FhirAudit.bundle(viewing("a", "P1"), viewing("b", "P2"), viewing("c", "P3"));
		List<AuditRecord> records = read(bundle);
		assertEquals(List.of("a", "b", "c"), records.stream().map(r -> event(r).userId()).toList());
		assertEquals("entry 1 at line 5", records.get(0).position());
		assertEquals("entry 3 at line 13", records.get(2).position());
	}

	@Test
	void ndjsonIsReadLineByLineAndAJsonListItemByItem() throws IOException {
		String first = viewing("a", "P1");
		String ndjson = first + "\n" + viewing("b", "P2") + "\r\n\n" + viewing("c", "P3") + "\n";
		List<AuditRecord> records = read(ndjson);
		assertEquals(List.of("P1", "P2", "P3"), records.stream().map(r -> event(r).patientId()).toList());
		assertEquals("line 2 at byte " + (first.length() + 1), records.get(1).position());
		assertEquals("line 4 at byte " + (2 * first.length() + 4), records.get(2).position());

		List<AuditRecord> list = read("[\n" + viewing("a", "P1") + ",\n" + viewing("b", "P2") + "\n]");
		assertEquals(List.of("a", "b"), list.stream().map(r -> event(r).userId()).toList());
		assertEquals("resource 2 at line 3", list.get(1).position());
	}

	@Test
	void restfulEventsGetTheDicomCodeOfWhatTheyDidAndQueriesNameTheirPatient() throws IOException {
		AccessEvent search = only(FhirAudit.rest("search-type", TIME).person("drwho", null, true, "10.0.0.7")
				.query("PatientID=9434765919&QueryRetrieveLevel=STUDY".getBytes(StandardCharsets.US_ASCII)).json());
		assertEquals("110112", search.eventCode());
		assertEquals("search-type", search.eventType());
		assertEquals("9434765919", search.patientId(), "no patient entity: the query keys name the patient");
		assertEquals("query at STUDY level: PatientID=9434765919", search.detail());

		byte[] cfind = DicomDataset.implicitLittleEndian().add(0x00080052, "CS", "STUDY")
				.add(0x00100020, "LO", "PAT-77").bytes();
		assertEquals("PAT-77",
				only(FhirAudit.event(FhirAudit.DCM, "110112", TIME).person("drwho", null, true, null).query(cfind).json())
						.patientId());

		AccessEvent patientRead = only(FhirAudit.rest("read", TIME).person("drwho", null, true, null).patient("P1", null)
				.json());
		assertEquals("110110", patientRead.eventCode());
		assertEquals("read", patientRead.eventType());
		AccessEvent studyRead = only(FhirAudit.rest("read", TIME).person("drwho", null, true, null).study("1.2.3")
				.patient("P1", null).json());
		assertEquals("110103", studyRead.eventCode());
		assertEquals("1.2.3", studyRead.studyUid());
	}

	@Test
	void loginsBreakGlassFailuresAndSeveralPatientsMapAsInDicom() throws IOException {
		AccessEvent login = only(FhirAudit.event(FhirAudit.DCM, "110114", TIME).subtype(FhirAudit.DCM, "110122")
				.set("action", "E").set("outcome", "4").person("drwho", null, true, "10.0.0.7").json());
		assertEquals("110122", login.eventType());
		assertEquals(4, login.outcome());
		assertNull(login.patientId());

		AccessEvent override = only(FhirAudit.rest("read", TIME).person("drwho", null, true, null).breakGlass()
				.patient("P1", null).json());
		assertEquals("110127", override.eventType(), "purpose of use BTG is an emergency override");

		// R5 writes the outcome as a coded value
		FhirAudit r5 = FhirAudit.viewing(TIME, "drwho", "P1", null, "1.2.3");
		JsonObject outcome = new JsonObject();
		outcome.add("code", FhirAudit.coding("http://terminology.hl7.org/CodeSystem/audit-event-outcome", "8"));
		r5.resource.add("outcome", outcome);
		assertEquals(8, only(r5.json()).outcome());

		List<AuditRecord> export = read(FhirAudit.event(FhirAudit.DCM, "110106", TIME).person("drwho", null, true, null)
				.patient("P1", "ONE^A").patient("P2", "TWO^B").json());
		assertEquals(List.of("P1", "P2"), export.stream().map(r -> event(r).patientId()).toList());
		assertEquals("patient 2 of 2", event(export.get(1)).detail());
	}

	@Test
	void eachMalformedLineOfNdjsonIsQuarantinedWithItsReason() throws IOException {
		String[] bad = { "{\"resourceType\": \"AuditEvent\", \"type\": ", // 2 broken JSON
				"{\"resourceType\":\"Patient\",\"id\":\"p1\"}", // 3 not an AuditEvent
				"{\"type\":{\"code\":\"110104\"}}", // 4 no resourceType
				FhirAudit.viewing(TIME, "u", "P", null, "1.2").remove("recorded").json(), // 5
				FhirAudit.viewing("yesterday", "u", "P", null, "1.2").json(), // 6
				FhirAudit.viewing(TIME, "u", "P", null, "1.2").remove("type").json(), // 7
				FhirAudit.viewing(TIME, "u", "P", null, "1.2").set("action", "X").json(), // 8
				FhirAudit.viewing(TIME, "u", "P", null, "1.2").set("outcome", "3").json(), // 9
				requestor(new JsonPrimitive("yes")), // 10
				FhirAudit.viewing(TIME, "u", "P", null, "1.2").set("agent", "drwho").json(), // 11
				"{\"resourceType\":\"AuditEvent\"} trailing", // 12 garbage after the object
		};
		String[] reasons = { "it is not valid JSON", "it is a Patient, not an AuditEvent",
				"it has no resourceType: it is not a FHIR resource", "it has no recorded time",
				"recorded \"yesterday\" is not a valid date and time", "it has no type code",
				"action \"X\" is not one of C, R, U, D, E", "outcome \"3\" is not one of 0, 4, 8, 12",
				"agent.requestor \"yes\" is not true or false", "agent is not a list", "it is not valid JSON" };
		StringBuilder ndjson = new StringBuilder(viewing("first", "P1")).append('\n');
		for (String b : bad) {
			ndjson.append(b).append('\n');
		}
		ndjson.append(viewing("last", "P2")).append('\n');
		List<AuditRecord> records = read(ndjson.toString());
		assertEquals(bad.length + 2, records.size(), records.toString());
		assertEquals("first", event(records.get(0)).userId());
		assertEquals("last", event(records.get(bad.length + 1)).userId());
		for (int i = 0; i < bad.length; i++) {
			QuarantinedRecord q = problem(records.get(i + 1));
			assertTrue(q.position().startsWith("line " + (i + 2) + " at byte "), q.position());
			assertTrue(q.reason().startsWith("Line " + (i + 2) + " cannot be read: " + reasons[i]), q.reason());
			assertEquals("audit.json", q.source());
		}
	}

	private static String requestor(JsonPrimitive value) {
		FhirAudit a = FhirAudit.viewing(TIME, "u", "P", null, "1.2");
		a.resource.getAsJsonArray("agent").get(0).getAsJsonObject().add("requestor", value);
		return a.json();
	}

	@Test
	void aBundleEntryWithoutResourceIsQuarantinedAndBrokenJsonEndsTheFileKeepingWhatCameBefore() throws IOException {
		String bundle = FhirAudit.bundle(viewing("a", "P1"), "null", viewing("c", "P3"));
		List<AuditRecord> records = read(bundle.replace("\"resource\": null", "\"request\": {}"));
		assertEquals(3, records.size(), records.toString());
		assertTrue(problem(records.get(1)).reason().startsWith("Entry 2 cannot be read: it has no resource"),
				records.toString());
		assertEquals("P3", event(records.get(2)).patientId());

		// the file ends inside the third entry
		String cut = FhirAudit.bundle(viewing("a", "P1"), viewing("b", "P2"), viewing("c", "P3"));
		cut = cut.substring(0, cut.lastIndexOf("\"resource\"") + 40);
		List<AuditRecord> partial = read(cut);
		assertEquals(3, partial.size(), partial.toString());
		assertEquals(List.of("a", "b"), partial.subList(0, 2).stream().map(r -> event(r).userId()).toList());
		QuarantinedRecord q = problem(partial.get(2));
		assertTrue(q.reason().startsWith("The rest of the file cannot be read: its JSON is broken at line 15, column 47 (End of input at line 15 column 47"),
				q.reason());
	}

	@Test
	void aFileThatIsNotJsonOrEmptyIsRefused() {
		IOException notJson = assertThrows(IOException.class, () -> read("<AuditMessage/>"));
		assertEquals("audit.json is not FHIR JSON: it does not start with { or [.", notJson.getMessage());
		IOException empty = assertThrows(IOException.class, () -> read(" \n"));
		assertEquals("audit.json contains no FHIR AuditEvent: it is empty.", empty.getMessage());
	}
}
