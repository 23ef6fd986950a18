package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.read.DicomAuditReader;
import org.custodian.store.AccessEvent;
import org.custodian.store.QuarantinedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** From DICOM / RFC 3881 audit messages to access events, or to quarantined records with their reasons. */
class DicomAuditReaderTest {
	private static final String STUDY_ROOT_FIND = "1.2.840.10008.5.1.4.1.2.2.1";

	static List<AuditRecord> read(String text) throws IOException {
		return read(text.getBytes(StandardCharsets.UTF_8));
	}

	static List<AuditRecord> read(byte[] bytes) throws IOException {
		try (DicomAuditReader reader = new DicomAuditReader(new ByteArrayInputStream(bytes), "audit.xml",
				bytes.length, ZoneId.of("Europe/London"))) {
			List<AuditRecord> all = new ArrayList<>();
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				all.add(r);
			}
			assertEquals(bytes.length, reader.bytesRead());
			return all;
		}
	}

	static AccessEvent onlyEvent(String text) throws IOException {
		List<AuditRecord> records = read(text);
		assertEquals(1, records.size(), records.toString());
		return assertInstanceOf(AuditRecord.Event.class, records.get(0), records.toString()).event();
	}

	static QuarantinedRecord onlyProblem(String text) throws IOException {
		List<AuditRecord> records = read(text);
		assertEquals(1, records.size(), records.toString());
		return assertInstanceOf(AuditRecord.Quarantined.class, records.get(0), records.toString()).record();
	}

	@Test
	void aViewingBecomesAnAccessEventWithEveryField() throws IOException {
		AccessEvent e = onlyEvent(
				AuditXml.viewing("2026-03-01T10:15:30.250+01:00", "drwho", "9434765919", "DOE^JANE", "1.2.826.0.1.7")
						.source("PACS_MAIN").document());
		assertEquals(new AccessEvent(Instant.parse("2026-03-01T09:15:30.250Z"), "110104", "R", 0, null, "drwho",
				"Dr drwho", "10.0.0.7", "9434765919", "DOE^JANE", "1.2.826.0.1.7", "PACS_MAIN", "12 instances"), e);
	}

	@Test
	void theRequestorIsThePersonEvenWhenNotFlaggedAndAMachineOnlyWhenNoPersonIsNamed() throws IOException {
		// no participant says UserIsRequestor: the first one that is not a machine is the user
		AccessEvent unflagged = onlyEvent(AuditXml.message().machine("PACS_MAIN", "10.0.0.1", "110153", "Source Role ID")
				.person("nurse7", "Nurse Seven", false, "ws-ward7.trust.nhs.uk").patient("P1", null).xml());
		assertEquals("nurse7", unflagged.userId());
		assertEquals("Nurse Seven", unflagged.userName());
		assertEquals("ws-ward7.trust.nhs.uk", unflagged.host());

		// a person without an address is not given the address of the server that wrote the log
		AccessEvent noAddress = onlyEvent(AuditXml.message().machine("PACS_MAIN", "10.0.0.1", "110153", "Source Role ID")
				.person("nurse7", null, false, null).patient("P1", null).xml());
		assertEquals("nurse7", noAddress.userId());
		assertNull(noAddress.host());

		// a server that is not secured names only the requesting machine: it keeps its AE title, its address is the host
		AccessEvent unsecured = onlyEvent(AuditXml.message().machine("PACS_MAIN", "10.0.0.1", "110153", "Source Role ID")
				.machine("VIEWER3", "10.1.2.3", "110152", "Destination Role ID", true).patient("P1", null).xml());
		assertEquals("VIEWER3", unsecured.userId());
		assertEquals("10.1.2.3", unsecured.host());
		AccessEvent byAddress = onlyEvent(AuditXml.message()
				.rawParticipant("UserID=\"10.9.8.7\" UserIsRequestor=\"true\" NetworkAccessPointID=\"10.9.8.7\""
						+ " NetworkAccessPointTypeCode=\"2\"")
				.patient("P1", null).xml());
		assertEquals("10.9.8.7", byAddress.userId());

		// the flagged requestor wins over an earlier person
		AccessEvent flagged = onlyEvent(AuditXml.message().person("admin", null, false, null)
				.person("drwho", null, true, "10.0.0.9").patient("P1", null).xml());
		assertEquals("drwho", flagged.userId());
		assertEquals("10.0.0.9", flagged.host());
	}

	@Test
	void aFailedLoginKeepsItsTypeAndOutcome() throws IOException {
		AccessEvent e = onlyEvent(AuditXml.message().event("110114", "User Authentication").action("E").outcome("4")
				.eventType("110122", "Login").person("drwho", null, true, "10.0.0.7").xml());
		assertEquals("110114", e.eventCode());
		assertEquals("110122", e.eventType());
		assertEquals(4, e.outcome());
		assertEquals("E", e.action());
		assertNull(e.patientId());
	}

	@Test
	void legacyRfc3881CodesAndPrefixedElementsAreRead() throws IOException {
		AccessEvent legacy = onlyEvent(AuditXml.viewing("2026-03-01T10:15:30Z", "drwho", "P1", null, "1.2.3")
				.legacyCodes().xml());
		assertEquals("110104", legacy.eventCode());
		AccessEvent prefixed = onlyEvent("<log xmlns:a=\"urn:x\">"
				+ AuditXml.viewing("2026-03-01T10:15:30Z", "drwho", "P1", "DOE^J", "1.2.3").prefixed("a").xml() + "</log>");
		assertEquals("P1", prefixed.patientId());
		assertEquals("DOE^J", prefixed.patientName());
		assertEquals("1.2.3", prefixed.studyUid());
	}

	@Test
	void aQueryWithoutPatientParticipantNamesThePatientFromItsKeys() throws IOException {
		byte[] implicit = DicomDataset.implicitLittleEndian().add(0x00080052, "CS", "STUDY")
				.add(0x00100010, "PN", "").add(0x00100020, "LO", "9434765919").add(0x0020000D, "UI", "").bytes();
		AccessEvent e = onlyEvent(AuditXml.message().event("110112", "Query").action("E")
				.machine("VIEWER3", "10.1.2.3", "110153", "Source Role ID", true)
				.machine("PACS_MAIN", "10.0.0.1", "110152", "Destination Role ID")
				.person("drwho", "Dr Who", false, null).query(STUDY_ROOT_FIND, implicit).xml());
		assertEquals("9434765919", e.patientId());
		assertEquals("drwho", e.userId());
		assertEquals("10.1.2.3", e.host(), "the person's host comes from the requesting machine");
		assertEquals("query at STUDY level: PatientID=9434765919", e.detail());

		// explicit VR, with a sequence of undefined length before the patient's ID
		byte[] explicit = DicomDataset.explicitLittleEndian().add(0x00080005, "CS", "ISO_IR 192")
				.add(0x00080052, "CS", "SERIES")
				.sequence(0x00081110, DicomDataset.explicitLittleEndian().add(0x00081150, "UI", "1.2.840.10008.3.1.2.3.1")
						.add(0x00100020, "LO", "NOT-THIS-ONE"))
				.add(0x00100010, "PN", "MÜLLER^ANNA").add(0x00100020, "LO", "PAT-77").bytes();
		AccessEvent ex = onlyEvent(AuditXml.message().event("110112", "Query").person("drwho", null, true, "10.0.0.7")
				.query(STUDY_ROOT_FIND, explicit).xml());
		assertEquals("PAT-77", ex.patientId());
		assertEquals("MÜLLER^ANNA", ex.patientName());
		assertEquals("query at SERIES level: PatientName=MÜLLER^ANNA, PatientID=PAT-77", ex.detail());

		// a search by name with a wildcard names no one patient, but says what was searched
		byte[] byName = DicomDataset.implicitLittleEndian().add(0x00080052, "CS", "PATIENT")
				.add(0x00100010, "PN", "SMITH*").bytes();
		AccessEvent name = onlyEvent(AuditXml.message().event("110112", "Query").person("drwho", null, true, null)
				.query(STUDY_ROOT_FIND, byName).xml());
		assertNull(name.patientId());
		assertEquals("query at PATIENT level: PatientName=SMITH*", name.detail());

		// a QIDO-RS query string instead of a data set
		AccessEvent qido = onlyEvent(AuditXml.message().event("110112", "Query").person("drwho", null, true, null)
				.query(STUDY_ROOT_FIND, "PatientID=PAT%2D9&includefield=all".getBytes(StandardCharsets.US_ASCII)).xml());
		assertEquals("PAT-9", qido.patientId());

		// keys that are not a data set do not lose the event
		AccessEvent garbage = onlyEvent(AuditXml.message().event("110112", "Query").person("drwho", null, true, null)
				.query(STUDY_ROOT_FIND, new byte[] { 1, 2, 3 }).xml());
		assertEquals("query keys could not be decoded", garbage.detail());
	}

	@Test
	void anExportOfSeveralPatientsIsAnAccessToEach() throws IOException {
		List<AuditRecord> records = read(AuditXml.message().event("110106", "Export").action("R")
				.person("drwho", null, true, "10.0.0.7").study("1.2.3", "1.2.840.10008.5.1.4.1.1.2", 5)
				.study("1.2.4", "1.2.840.10008.5.1.4.1.1.2", 7).patient("P1", "ONE^A").patient("P2", "TWO^B")
				.patient("P1", "ONE^A").xml());
		assertEquals(2, records.size());
		AccessEvent first = ((AuditRecord.Event) records.get(0)).event();
		AccessEvent second = ((AuditRecord.Event) records.get(1)).event();
		assertEquals("P1", first.patientId());
		assertEquals("P2", second.patientId());
		assertNull(first.studyUid(), "studies are not tied to patients in the message");
		assertEquals("12 instances in 2 studies; patient 1 of 2", first.detail());
		assertEquals(records.get(0).position(), records.get(1).position());
	}

	@Test
	void aTimeWithoutOffsetIsTakenInTheSourcesZone() throws IOException {
		AccessEvent e = onlyEvent(AuditXml.viewing("2026-07-01T10:00:00", "drwho", "P1", null, "1.2.3").xml());
		assertEquals(Instant.parse("2026-07-01T09:00:00Z"), e.time(), "10:00 in London in summer is 09:00 UTC");
	}

	@Test
	void aDeclaredEncodingApplies() throws IOException {
		String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
				+ AuditXml.viewing("2026-03-01T10:15:30Z", "drwho", "P1", "MÜLLER^ANNA", "1.2.3").xml()
				+ AuditXml.viewing("2026-03-01T10:16:30Z", "drwho", "P2", "GRÜN^ERNA", "1.2.3").xml();
		List<AuditRecord> records = read(latin.getBytes(Charset.forName("ISO-8859-1")));
		assertEquals("MÜLLER^ANNA", ((AuditRecord.Event) records.get(0)).event().patientName());
		assertEquals("GRÜN^ERNA", ((AuditRecord.Event) records.get(1)).event().patientName(),
				"the declaration applies to the messages after it");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"no-identification | it has no EventIdentification", //
			"2026-02-30T10:00:00Z | EventDateTime \"2026-02-30T10:00:00Z\" is not a valid date and time", //
			"yesterday | EventDateTime \"yesterday\" is not a valid date and time", //
			"1900-01-01T00:00:00Z | EventDateTime \"1900-01-01T00:00:00Z\" is not a plausible date", //
			"outcome:X | EventOutcomeIndicator \"X\" is not one of 0, 4, 8, 12", //
			"outcome:3 | EventOutcomeIndicator \"3\" is not one of 0, 4, 8, 12", //
			"action:Read | EventActionCode \"Read\" is not one of C, R, U, D, E", //
			"type:person | ParticipantObjectTypeCode \"person\" is not a number", //
			"requestor:yes | UserIsRequestor \"yes\" is not true or false", //
			"instances:many | NumberOfInstances \"many\" is not a number" })
	void aMessageThatCannotBeTrustedIsQuarantinedWithItsReason(String fault, String reason) throws IOException {
		AuditXml m = AuditXml.viewing("2026-03-01T10:15:30Z", "drwho", "P1", "DOE^JANE", "1.2.3");
		String xml;
		switch (fault.substring(0, fault.indexOf(':') < 0 ? fault.length() : fault.indexOf(':'))) {
		case "no-identification" -> xml = m.withoutEventIdentification().xml();
		case "outcome" -> xml = m.outcome(fault.substring(8)).xml();
		case "action" -> xml = m.action(fault.substring(7)).xml();
		case "type" -> xml = AuditXml.message().person("drwho", null, true, null).patient("P1", null, "person", "1")
				.xml();
		case "requestor" -> xml = AuditXml.message().rawParticipant("UserID=\"drwho\" UserIsRequestor=\"yes\"").xml();
		case "instances" -> xml = m.xml().replace("NumberOfInstances=\"12\"", "NumberOfInstances=\"many\"");
		default -> xml = m.time(fault).xml();
		}
		String file = AuditXml.viewing("2026-03-01T09:00:00Z", "a", "P0", null, "1.2.0").xml() + xml;
		List<AuditRecord> records = read(file);
		assertEquals(2, records.size());
		QuarantinedRecord q = assertInstanceOf(AuditRecord.Quarantined.class, records.get(1)).record();
		assertEquals("audit.xml", q.source());
		assertEquals("Message 2 cannot be read: " + reason + ".", q.reason());
		assertTrue(q.position().startsWith("message 2 at byte "), q.position());
		assertTrue(q.excerpt().startsWith("<AuditMessage>"), q.excerpt());
	}

	@Test
	void notWellFormedXmlIsQuarantinedWithTheLineOfTheError() throws IOException {
		String good = AuditXml.viewing("2026-03-01T10:15:30Z", "drwho", "P1", "DOE^JANE", "1.2.3").xml();
		String bad = good.replace("<AuditSourceIdentification", "<AuditSourceIdentification broken");
		List<AuditRecord> records = read(good + bad + good);
		assertEquals(3, records.size());
		QuarantinedRecord q = assertInstanceOf(AuditRecord.Quarantined.class, records.get(1)).record();
		long goodLines = good.lines().count();
		long errorLine = goodLines + 1 + bad.substring(0, bad.indexOf("broken")).lines().count() - 1;
		assertTrue(q.reason().startsWith("Message 2 cannot be read: it is not well-formed XML at line " + errorLine
				+ ", column "), q.reason());
		assertEquals("message 2 at byte " + good.length() + ", line " + (goodLines + 1), q.position());
		assertInstanceOf(AuditRecord.Event.class, records.get(2));
	}

	@Test
	void entitiesAndDoctypesAreNeverResolved() throws IOException {
		String xxe = "<!DOCTYPE AuditMessage [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ AuditXml.viewing("2026-03-01T10:15:30Z", "drwho", "P1", "&xxe;", "1.2.3").xml().replace("&amp;xxe;",
						"&xxe;");
		QuarantinedRecord q = onlyProblem(xxe);
		assertTrue(q.reason().contains("not well-formed"), q.reason());
	}

	@Test
	void aFileWithoutAuditMessagesIsAnErrorNamingIt() {
		IOException e = assertThrows(IOException.class, () -> read("<html><body>not an audit trail</body></html>"));
		assertTrue(e.getMessage().contains("audit.xml") && e.getMessage().contains("no DICOM audit message"),
				e.getMessage());
	}
}
