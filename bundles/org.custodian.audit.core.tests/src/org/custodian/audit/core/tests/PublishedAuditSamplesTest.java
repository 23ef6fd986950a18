package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.AuditRecordReader;
import org.custodian.audit.core.read.AuditReaders;
import org.custodian.audit.core.rules.EventNames;
import org.custodian.store.AccessEvent;
import org.junit.jupiter.api.Test;

/**
 * Audit messages as published by others (resources/published, origins in its README.md): who acted, which patient,
 * and how the event reads, as a guardian would need them.
 */
class PublishedAuditSamplesTest {
	private static final Path PUBLISHED = Path.of("resources", "published");

	static List<AccessEvent> events(String name) throws IOException {
		Path file = PUBLISHED.resolve(name);
		assertTrue(Files.isRegularFile(file), file.toAbsolutePath() + " is missing");
		List<AccessEvent> events = new ArrayList<>();
		try (AuditRecordReader reader = AuditReaders.open(file)) {
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				events.add(assertInstanceOf(AuditRecord.Event.class, r, name + ": " + r).event());
			}
		}
		return events;
	}

	static AccessEvent only(String name) throws IOException {
		List<AccessEvent> events = events(name);
		assertEquals(1, events.size(), events.toString());
		return events.get(0);
	}

	@Test
	void aQidoQueryIsByTheCallingHostNeverByTheArchivesRequestUri() throws IOException {
		AccessEvent e = only("dcm4chee-query-qido.xml");
		assertEquals("127.0.0.1", e.userId());
		assertEquals("127.0.0.1", e.host());
		assertEquals("110112", e.eventCode());
		assertNull(e.patientId(), "the query names no patient");
	}

	@Test
	void aCFindKeepsTheCallingAeTitleAsUserAndTheHostAsHost() throws IOException {
		AccessEvent e = only("dcm4chee-query-cfind.xml");
		assertEquals("FINDSCU", e.userId());
		assertEquals("localhost", e.host());
		assertTrue(e.detail().startsWith("query at STUDY level: StudyInstanceUID=2.25."), e.detail());
	}

	@Test
	void anHl7PdqQueryNamesItsPatientFromTheQpdSegment() throws IOException {
		AccessEvent e = only("dcm4chee-query-pdq-hl7v2.xml");
		assertEquals("127.0.0.1", e.userId());
		assertEquals("PDQ-4711", e.patientId());
		assertEquals("ITI-21", e.eventType());
		assertEquals("Patient demographics query (ITI-21)", EventNames.type(e.eventType()));
	}

	@Test
	void anOverLongUriParticipantIsNotTheUserAndDoesNotStopTheMessage() throws IOException {
		AccessEvent e = only("dcm4chee-query-pdq-fhir.xml");
		assertEquals("127.0.0.1", e.userId());
		assertEquals("e925b0f3-8006-43f6-aa31-94bd215e55e7^^^https://github.com/synthetichealth/synthea", e.patientId());
		String problem = e.overlongIdentifier();
		assertTrue(problem == null || !problem.contains("user"), problem);
	}

	@Test
	void aLoginByAPersonIdReadsAsSigningIn() throws IOException {
		AccessEvent e = only("dcm4chee-user-authentication.xml");
		assertEquals("admin", e.userId());
		assertEquals("127.0.0.1", e.host());
		assertEquals("signed in", EventNames.action(e));
	}

	@Test
	void patientRecordUpdatesAndMergeDeletesDoNotReadAsOpening() throws IOException {
		AccessEvent update = only("dcm4chee-patient-record-update.xml");
		assertEquals("PAMSimulator|IHE", update.userId(), "the sending HL7 application, not the archive");
		assertEquals("changed or merged the patient record", EventNames.action(update));
		AccessEvent delete = only("dcm4chee-patient-record-merge-delete.xml");
		assertEquals("MEE4NEW", delete.patientId());
		assertEquals("deleted the patient record", EventNames.action(delete));
	}

	@Test
	void aBalpSearchIsByThePersonWithThePatientFromTheSearch() throws IOException {
		AccessEvent e = only("balp-query-get.json");
		assertEquals("John Smith", e.userId());
		assertEquals("2001:0db8:85a3:0000:0000:8a2e:0370:7334", e.host(), "the client machine's address");
		assertEquals("110112", e.eventCode());
		assertEquals("ex-patient", e.patientId());
		assertTrue(e.detail().contains("query: PatientID=ex-patient"), e.detail());
		assertTrue(e.detail().contains("AuditEvent ex-auditBasicQueryGet"), e.detail());
	}

	@Test
	void aBalpPrivacyDisclosureIsNotAMediaExport() throws IOException {
		AccessEvent e = only("balp-privacy-disclosure-source.json");
		assertEquals("110106", e.eventCode());
		assertEquals("disclose", e.eventType());
		assertEquals("ex-patient", e.patientId());
		assertTrue(e.detail().contains("disclosed to myMachine.example.org"), e.detail());
		assertTrue(e.detail().contains("about DocumentReference/ex-documentreference"), e.detail());
		assertEquals("disclosed the patient's data outside", EventNames.action(e));
	}
}
