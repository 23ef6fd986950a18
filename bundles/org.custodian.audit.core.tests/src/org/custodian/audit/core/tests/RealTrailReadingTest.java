package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.read.AuditReaders;
import org.custodian.audit.core.rules.EventNames;
import org.custodian.audit.core.rules.Directory;
import org.custodian.model.ModelFactory;
import org.custodian.store.AccessEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages built to DICOM PS3.15 A.5, IHE ATNA / BALP and RFC 5424 as archives write them, read the way a guardian
 * needs: the right person, no event lost as a false duplicate, the event worded as it happened, the patient of a
 * query whatever its language, a message over several lines kept whole, and local times said to be local.
 */
class RealTrailReadingTest {
	private static final String TIME = "2026-03-01T10:15:30Z";
	private static final String STUDY_ROOT_FIND = "1.2.840.10008.5.1.4.1.2.2.1";

	@TempDir
	Path dir;

	private static String message(String participants) {
		return "<AuditMessage>\n"
				+ "  <EventIdentification EventActionCode=\"R\" EventDateTime=\"" + TIME + "\" EventOutcomeIndicator=\"0\">\n"
				+ "    <EventID csd-code=\"110104\" codeSystemName=\"DCM\" originalText=\"DICOM Instances Transferred\"/>\n"
				+ "  </EventIdentification>\n" + participants
				+ "  <AuditSourceIdentification AuditSourceID=\"PACS_MAIN\"/>\n"
				+ "  <ParticipantObjectIdentification ParticipantObjectID=\"P1\" ParticipantObjectTypeCode=\"1\""
				+ " ParticipantObjectTypeCodeRole=\"1\"/>\n</AuditMessage>\n";
	}

	@Test
	void aPersonWithAProcessRoleIsTheUserAsInPs3_15sOwnExample() throws IOException {
		// the shape of PS3.15 A.5.3's "DICOM Instances Transferred" example: a person playing role Source
		AccessEvent e = DicomAuditReaderTest.onlyEvent(message(
				"  <ActiveParticipant UserID=\"smitty@readingroom.hospital.org\" UserName=\"Dr. Smith\""
						+ " UserIsRequestor=\"true\" NetworkAccessPointID=\"192.168.1.2\" NetworkAccessPointTypeCode=\"2\">\n"
						+ "    <RoleIDCode csd-code=\"110153\" codeSystemName=\"DCM\" originalText=\"Source\"/>\n"
						+ "  </ActiveParticipant>\n"
						+ "  <ActiveParticipant UserID=\"render.hospital.org\" UserIsRequestor=\"false\""
						+ " NetworkAccessPointID=\"192.168.1.3\" NetworkAccessPointTypeCode=\"2\">\n"
						+ "    <RoleIDCode csd-code=\"110152\" codeSystemName=\"DCM\" originalText=\"Destination\"/>\n"
						+ "  </ActiveParticipant>\n"));
		assertEquals("smitty@readingroom.hospital.org", e.userId());
		assertEquals("Dr. Smith", e.userName());
		assertEquals("192.168.1.2", e.host());
	}

	@Test
	void anOverLongUriParticipantIsNeverTheUserAndTheMachineKeepsItsAeTitle() throws IOException {
		String uri = "http://pacs.trust.nhs.uk:8080/dcm4chee-arc/aets/PACS_MAIN/rs/studies/" + "1.2.826.0.1.3680043.2"
				.repeat(6) + "/series";
		assertTrue(uri.length() > AccessEvent.MAX_USER_ID);
		AccessEvent e = DicomAuditReaderTest.onlyEvent(message(
				"  <ActiveParticipant UserID=\"" + uri + "\" UserIsRequestor=\"false\" NetworkAccessPointID=\"pacs01\""
						+ " NetworkAccessPointTypeCode=\"1\">\n"
						+ "    <UserIDTypeCode csd-code=\"12\" codeSystemName=\"RFC-3881\" originalText=\"URI\"/>\n"
						+ "  </ActiveParticipant>\n"
						+ "  <ActiveParticipant UserID=\"ws-ward7\" AlternativeUserID=\"AETITLES=VIEWER7;VIEWER7B\""
						+ " UserIsRequestor=\"true\" NetworkAccessPointID=\"10.2.2.7\" NetworkAccessPointTypeCode=\"2\">\n"
						+ "    <RoleIDCode csd-code=\"110153\" codeSystemName=\"DCM\" originalText=\"Source\"/>\n"
						+ "  </ActiveParticipant>\n"));
		assertEquals("VIEWER7", e.userId(), "a machine requestor is named by its AE title, not its host");
		assertEquals("10.2.2.7", e.host());
		assertNull(e.overlongIdentifier());
	}

	@Test
	void theArchiveItselfIsNeverTheUser() throws IOException {
		AccessEvent e = DicomAuditReaderTest.onlyEvent(message(
				"  <ActiveParticipant UserID=\"PACS_MAIN\" AlternativeUserID=\"AETITLES=PACS_MAIN\" UserIsRequestor=\"true\""
						+ " NetworkAccessPointID=\"10.0.0.1\" NetworkAccessPointTypeCode=\"2\"/>\n"
						+ "  <ActiveParticipant UserID=\"WS1\" AlternativeUserID=\"AETITLES=WS1\" UserIsRequestor=\"false\""
						+ " NetworkAccessPointID=\"10.0.0.5\" NetworkAccessPointTypeCode=\"2\">\n"
						+ "    <RoleIDCode csd-code=\"110153\" codeSystemName=\"DCM\" originalText=\"Source\"/>\n"
						+ "  </ActiveParticipant>\n"));
		assertEquals("WS1", e.userId());
		assertEquals("10.0.0.5", e.host());
	}

	@Test
	void aMessageWithNoParticipantNamesNobodyAndNeverNull() throws IOException {
		AccessEvent e = DicomAuditReaderTest.onlyEvent(message(""));
		assertNull(e.userId());
		String who = new Directory(ModelFactory.eINSTANCE.createTrust(), ZoneId.of("Europe/London")).describe(e.userId());
		assertEquals(Directory.UNNAMED_USER, who);
		assertFalse(who.contains("null"));
	}

	@Test
	void fhirEventsThatDifferOnlyInWhatTheyConcernAreBothStored() throws Exception {
		String first = FhirAudit.viewing(TIME, "drwho", "P1", "DOE^JANE", "1.2.3").entity("DocumentReference/1").json();
		String second = FhirAudit.viewing(TIME, "drwho", "P1", "DOE^JANE", "1.2.3").entity("DocumentReference/2").json();
		List<AuditRecord> records = FhirAuditReaderTest.read(FhirAudit.bundle(first, second));
		AccessEvent a = ((AuditRecord.Event) records.get(0)).event();
		AccessEvent b = ((AuditRecord.Event) records.get(1)).event();
		assertFalse(Arrays.equals(a.contentHash(), b.contentHash()), a + " / " + b);
		// two resources with their own ids, about the same thing, are two events too
		String withId1 = FhirAudit.viewing(TIME, "drwho", "P1", "DOE^JANE", "1.2.3").set("id", "a1").json();
		String withId2 = FhirAudit.viewing(TIME, "drwho", "P1", "DOE^JANE", "1.2.3").set("id", "a2").json();
		String again = FhirAudit.viewing(TIME, "drwho", "P1", "DOE^JANE", "1.2.3").set("id", "a1").json();
		List<AuditRecord> more = FhirAuditReaderTest.read(FhirAudit.bundle(withId1, withId2, again));
		assertFalse(Arrays.equals(event(more.get(0)).contentHash(), event(more.get(1)).contentHash()));
		assertArrayEquals(event(more.get(0)).contentHash(), event(more.get(2)).contentHash(),
				"the same resource read twice is the same event");

		TestDatabase db = new TestDatabase(dir);
		try {
			Path file = Files.writeString(dir.resolve("audit.json"), FhirAudit.bundle(first, second, withId1, withId2,
					again), StandardCharsets.UTF_8);
			var report = new AuditLogImporter(db.events, 50).importFile(file, new RecordingMonitor());
			assertEquals(4, report.imported());
			assertEquals(1, report.duplicates());
		} finally {
			db.shutdown();
		}
	}

	private static AccessEvent event(AuditRecord r) {
		return assertInstanceOf(AuditRecord.Event.class, r, String.valueOf(r)).event();
	}

	@Test
	void eventsReadAsWhatTheyDid() {
		AccessEvent delete = new AccessEvent(Instant.parse(TIME), "110110", "D", 0, null, "u", null, null, "P1", null,
				null, "PACS", null);
		assertEquals("deleted the patient record", EventNames.action(delete));
		assertEquals("changed or merged the patient record", EventNames.action("110110", "U", null, null));
		assertEquals("created the patient record", EventNames.action("110110", "C", null, null));
		assertEquals("opened the patient record", EventNames.action("110110", "R", null, null));
		assertEquals("signed in", EventNames.action("110114", "E", "110122", null));
		assertEquals("signed out", EventNames.action("110114", "E", "110123", null));
		assertEquals("exported to media", EventNames.action("110106", "R", null, "to CD-0042"));
		assertEquals("disclosed the patient's data outside",
				EventNames.action("110106", "R", null, "disclosed to GP-SYSTEM"));
		assertEquals("Login (110122)", EventNames.type("110122"));
		assertEquals("Delete (D)", EventNames.actionCode("D"));
		assertEquals("", EventNames.type(null));
	}

	@Test
	void anExportToASystemIsADisclosureAndToMediaAnExport() throws IOException {
		AccessEvent disclosure = DicomAuditReaderTest.onlyEvent(AuditXml.message().event("110106", "Export")
				.person("drwho", "Dr Who", true, "10.0.0.7").machine("GP-SYSTEM", "10.9.9.9", "110152", "Destination")
				.patient("P1", null).xml());
		assertEquals("disclosed to GP-SYSTEM", disclosure.detail());
		assertEquals("disclosed the patient's data outside", EventNames.action(disclosure));
	}

	private static AccessEvent query(byte[] text) throws IOException {
		return DicomAuditReaderTest.onlyEvent(AuditXml.message().event("110112", "Query").action("E")
				.person("drwho", "Dr Who", true, "10.0.0.7").query(STUDY_ROOT_FIND, text).xml());
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void hl7V2AndV3QueriesNameTheirPatient() throws IOException {
		AccessEvent pdq = query(bytes("MSH|^~\\&|RIS|TRUST|PAS|TRUST|20260301101530||QBP^Q22^QBP_Q21|Q1|P|2.5\r"
				+ "QPD|IHE PDQ Query|Q1|@PID.3.1^12345~@PID.5.1.1^SMITH\rRCP|I|10^RD\r"));
		assertEquals("12345", pdq.patientId());
		assertTrue(pdq.detail().contains("PatientName=SMITH"), pdq.detail());
		AccessEvent pix = query(bytes("MSH|^~\\&|RIS|TRUST|PIX|TRUST|20260301101530||QBP^Q23^QBP_Q21|Q2|P|2.5\r"
				+ "QPD|IHE PIX Query|Q2|9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH|^^^TRUST\rRCP|I\r"));
		assertEquals("9434765919", pix.patientId());
		AccessEvent v3 = query(bytes("<PRPA_IN201305UV02 xmlns=\"urn:hl7-org:v3\"><controlActProcess>"
				+ "<queryByParameter><parameterList><livingSubjectId><value root=\"2.16.840.1.113883.2.1.4.1\""
				+ " extension=\"9434765919\"/><semanticsText>LivingSubject.id</semanticsText></livingSubjectId>"
				+ "</parameterList></queryByParameter></controlActProcess></PRPA_IN201305UV02>"));
		assertEquals("9434765919", v3.patientId());
	}

	@Test
	void fhirSearchesNameTheirPatient() throws IOException {
		assertEquals("12345", query(bytes("Patient?identifier=urn:oid:2.16.840.1.113883.2.1.4.1|12345")).patientId());
		assertEquals("123", query(bytes("GET https://pacs.trust.nhs.uk/fhir/ImagingStudy?patient=Patient/123"))
				.patientId());
		assertEquals("555", query(bytes("DiagnosticReport?subject:identifier=https://trust.nhs.uk/mrn|555&_count=5"))
				.patientId());
		assertNull(query(bytes("ImagingStudy?modality=CT&started=ge2026-01-01")).patientId());
		AccessEvent fhir = event(FhirAuditReaderTest.read(FhirAudit.rest("search-type", TIME)
				.person("drwho", "Dr Who", true, "10.0.0.7").query(bytes("ImagingStudy?patient=P77")).json()).get(0));
		assertEquals("P77", fhir.patientId());
	}

	@Test
	void aSyslogMessageOverSeveralLinesIsKeptWhole() throws IOException {
		String xml = AuditXml.viewing(TIME, "drwho", "P1", "DOE^JANE", "1.2.826.0.1.7").xml();
		assertTrue(xml.strip().contains("\n"));
		byte[] file = Syslog.lines(Syslog.message("IHE+RFC-3881", "-", false, xml.strip()),
				Syslog.audit(AuditXml.viewing(TIME, "nurse7", "P2", "ROE^RICHARD", "1.2.826.0.1.8").xml()));
		List<AuditRecord> records = SyslogAuditReaderTest.read(file);
		assertEquals(2, records.size(), records.toString());
		assertEquals("drwho", event(records.get(0)).userId());
		assertEquals("nurse7", event(records.get(1)).userId());

		// a stray line after a complete message is a record of its own: the message before it is kept
		byte[] stray = Syslog.lines(Syslog.message("IHE+RFC-3881", "-", false, xml.strip()), bytes("stray text"),
				Syslog.audit(AuditXml.viewing(TIME, "nurse7", "P2", "ROE^RICHARD", "1.2.826.0.1.8").xml()));
		List<AuditRecord> three = SyslogAuditReaderTest.read(stray);
		assertEquals(3, three.size(), three.toString());
		assertEquals("drwho", event(three.get(0)).userId());
		assertInstanceOf(AuditRecord.Quarantined.class, three.get(1));
		assertTrue(three.get(1).position().startsWith("line " + (xml.strip().split("\n").length + 1)),
				three.get(1).position());
		assertEquals("nurse7", event(three.get(2)).userId());
	}

	@Test
	void aTimeWithoutOffsetIsTheTrustsLocalTimeAndSaysSo() throws IOException {
		Path file = Files.writeString(dir.resolve("summer.xml"),
				AuditXml.viewing("2026-07-01T10:15:30", "drwho", "P1", "DOE^JANE", "1.2.3").xml());
		AccessEvent e;
		try (var reader = AuditReaders.open(file)) {
			e = event(reader.next());
		}
		assertEquals(ZoneId.of("Europe/London"), AuditReaders.TRUST_ZONE);
		assertEquals(Instant.parse("2026-07-01T09:15:30Z"), e.time(), "British Summer Time, not UTC");
		assertTrue(e.detail().contains("EventDateTime 2026-07-01T10:15:30 has no zone offset: taken as Europe/London"),
				e.detail());
		AccessEvent utc = DicomAuditReaderTest.onlyEvent(AuditXml.viewing(TIME, "drwho", "P1", null, "1.2.3").xml());
		assertFalse(String.valueOf(utc.detail()).contains("zone offset"));
	}
}
