package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.custodian.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One patient across the feeds a trust has, through custodian-cli on an encrypted database: the PACS trail
 * names the patient by CX (the trust's hospital number under its own authority, or the NHS number under its
 * OID), the RIS by the bare number, the PAS export by both. {@code timeline --patient} by hospital number and by
 * NHS number show the same events, and the RIS order explains the trail's CX.
 */
class PatientIdentityCliTest {
	private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "cli boot secret",
			"CUSTODIAN_PASSWORD", "cli secret 1");

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, args);
	}

	private static String viewing(String time, String user, String patientCx) {
		return """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="%s" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="%s" UserIsRequestor="true" NetworkAccessPointID="10.1.2.3" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="%s" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
				    <ParticipantObjectIDTypeCode csd-code="2"/>
				    <ParticipantObjectName>JONES^MARY</ParticipantObjectName>
				  </ParticipantObjectIdentification>
				</AuditMessage>
				""".formatted(time, user, patientCx.replace("&", "&amp;"));
	}

	private static List<String> eventIds(CliRun timeline) {
		String[] lines = timeline.out().split("\r\n");
		return Arrays.stream(lines).skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).sorted().toList();
	}

	@Test
	void hospitalNumberAndNhsNumberFindTheSameEvents() throws Exception {
		String db = dir.resolve("db").toString();
		Path audit = dir.resolve("audit.xml");
		Files.writeString(audit, viewing("2026-03-10T10:00:00Z", "alice", "P0002061^^^RXX")
				+ viewing("2026-03-10T11:00:00Z", "bob", "9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH")
				+ viewing("2026-03-10T12:00:00Z", "carol", "P0002062^^^RXX"));
		CliRun imported = run("--db", db, "--create", "import", audit.toString());
		assertEquals(Cli.OK, imported.code(), imported.out() + imported.err());

		Path care = dir.resolve("ris.csv");
		Files.writeString(care, "patient_id,accession,referrer\nP0002061,ACC1,alice\n");
		assertEquals(Cli.OK, run("--db", db, "load-care", care.toString()).code());
		CliRun explained = run("--db", db, "timeline", "--user", "alice");
		assertTrue(explained.out().contains("they ordered the study (ACC1)"),
				"the RIS's bare number explains the trail's CX: " + explained.out());

		Path pas = dir.resolve("pas.csv");
		Files.writeString(pas, """
				patient_id,nhs_number,family_name,given_name,birth_date,sex,address,postcode
				P0002061^^^RXX^MR,943 476 5919,JONES,MARY,02/04/1961,F,"12 Mill Lane, Leeds",LS6 2AB
				P0002063^^^RXX^MR,1234567890,SMITH,JOHN,1970-01-01,M,,
				""");
		CliRun patients = run("--db", db, "load-patients", pas.toString());
		assertEquals(Cli.WARNINGS, patients.code(), patients.out() + patients.err());
		assertTrue(patients.out().contains("read 2, added 1, refused 1"), patients.out());
		assertTrue(patients.err().contains("pas.csv line 3, column nhs_number"), patients.err());

		CliRun byLocal = run("--db", db, "timeline", "--patient", "P0002061");
		CliRun byNhs = run("--db", db, "timeline", "--patient", "9434765919");
		CliRun byCx = run("--db", db, "timeline", "--patient", "P0002061^^^RXX");
		assertEquals(Cli.OK, byLocal.code(), byLocal.err());
		assertEquals(2, eventIds(byLocal).size(), byLocal.out());
		assertEquals(eventIds(byLocal), eventIds(byNhs));
		assertEquals(eventIds(byLocal), eventIds(byCx));

		CliRun events = run("--db", db, "events", "--patient", "P0002061");
		assertTrue(events.out().split("\r\n")[0].endsWith("patient_key,nhs_number"), events.out());
		assertTrue(events.out().contains(",P0002061,9434765919"), events.out());

		// the share the RIS explains: bob's look under the NHS number is explained through the crosswalk by the
		// order's department, which is his
		Path staff = dir.resolve("staff.csv");
		Files.writeString(staff, """
				staff_number,family_name,given_name,department
				alice,ALDER,Alice,Radiology
				bob,BIRCH,Bob,Radiology
				carol,CEDAR,Carol,Oncology
				""");
		assertEquals(Cli.OK, run("--db", db, "load-staff", staff.toString()).code());
		Files.writeString(care, "patient_id,accession,referrer,department\nP0002061,ACC1,alice,Radiology\n");
		assertEquals(Cli.OK, run("--db", db, "load-care", care.toString()).code());
		CliRun share = run("--db", db, "explained");
		assertEquals(Cli.OK, share.code(), share.err());
		assertTrue(share.out().contains("Oncology,1,0,0.0000"), share.out());
		assertTrue(share.out().contains("Radiology,2,2,1.0000"), share.out());
		assertTrue(share.out().contains("all staff,3,2,0.6667"), share.out());

		CliRun named = run("--db", db, "identifiers", "--local", "RXX", "--foreign", "RYY");
		assertEquals(Cli.OK, named.code(), named.err());
		assertTrue(named.out().contains("hospital number: RXX; other organisations: RYY"), named.out());
		assertEquals(2, eventIds(run("--db", db, "timeline", "--patient", "P0002061")).size());

		CliRun trail = run("--db", db, "trail", "list");
		assertTrue(trail.out().contains("view patient events"), trail.out());
		assertTrue(trail.out().contains("change identifier policy"), trail.out());
	}

	/**
	 * The same patient from the PAS's and the RIS's own HL7 v2 files, as an interface engine archives them: the
	 * ADT gives the crosswalk, the ORM names the orderer by the NHS consultant code (C and the GMC number) that the
	 * staff directory holds as a professional registration. A bad message is named by its number, control id,
	 * line and field, and the good ones load.
	 */
	@Test
	void hl7FeedsFromThePasAndTheRisLoadWithoutEditing() throws Exception {
		String db = dir.resolve("db").toString();
		Path audit = dir.resolve("audit.xml");
		Files.writeString(audit, viewing("2026-03-10T10:00:00Z", "ikhan", "P0002061^^^RXX")
				+ viewing("2026-03-10T11:00:00Z", "bob", "9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH"));
		assertEquals(Cli.OK, run("--db", db, "--create", "import", audit.toString()).code());
		Path staff = dir.resolve("staff.csv");
		Files.writeString(staff, """
				staff_number,family_name,given_name,department,registration
				ikhan,KHAN,Imran,Respiratory Medicine,GMC 4567890
				bob,BIRCH,Bob,Oncology,
				""");
		assertEquals(Cli.OK, run("--db", db, "load-staff", staff.toString()).code());

		Path adt = dir.resolve("pas_adt.hl7");
		Files.writeString(adt, String.join("\r", "MSH|^~\\&|PAS|RXX|CUSTODIAN|RXX|20260302101500||ADT^A04|A1|P|2.4",
				"PID|1||P0002061^^^RXX^MR~9434765919^^^NHS^NH||JONES^MARY||19610402|F|||12 Mill Lane^^Leeds^^LS6 2AB")
				+ "\r\n" + String.join("\r", "MSH|^~\\&|PAS|RXX|CUSTODIAN|RXX|20260302101600||ADT^A04|A2|P|2.4",
						"PID|1||^^^RXX^MR||SMITH^JOHN") + "\r\n");
		CliRun patients = run("--db", db, "load-patients", adt.toString());
		assertEquals(Cli.WARNINGS, patients.code(), patients.out() + patients.err());
		assertTrue(patients.out().contains("pas_adt.hl7: read 2, added 1, refused 1"), patients.out());
		assertTrue(patients.err().contains("pas_adt.hl7 message 2 (A2) line 2, column PID-3: AE:"), patients.err());

		Path ris = dir.resolve("ris.hl7");
		Files.writeString(ris, String.join("\r", "MSH|^~\\&|RIS|RXX|PACS|RXX|20260302110000||ORM^O01|R1|P|2.3",
				"PID|1||P0002061^^^RXX^MR||JONES^MARY", "PV1|1|O|Respiratory Clinic^^^RXX",
				"ORC|NW|ACC7|ACC7||SC||||20260302110000|||C4567890^KHAN^IMRAN^^^DR^^^GMC",
				"OBR|1|ACC7|ACC7|XCHES^Chest X-ray^L|||20260302110000||||||||||ACC7") + "\r\n");
		CliRun care = run("--db", db, "load-care", ris.toString());
		assertEquals(Cli.OK, care.code(), care.out() + care.err());
		assertTrue(care.out().contains("ris.hl7: read 1, added 2, refused 0"), "the clinic and Radiology: " + care.out());
		CliRun explained = run("--db", db, "timeline", "--user", "ikhan");
		assertTrue(explained.out().contains("they ordered the study (ACC7)"), explained.out());

		CliRun byLocal = run("--db", db, "timeline", "--patient", "P0002061");
		CliRun byNhs = run("--db", db, "timeline", "--patient", "9434765919");
		assertEquals(2, eventIds(byLocal).size(), byLocal.out());
		assertEquals(eventIds(byLocal), eventIds(byNhs));

		// the PAS admits the patient to W14 and discharges her: bob of Oncology looked while she was there
		Path stays = dir.resolve("pas_stays.hl7");
		Files.writeString(stays, String.join("\r", "MSH|^~\\&|PAS|RXX|CUSTODIAN|RXX|20260309080000||ADT^A01|S1|P|2.4",
				"EVN|A01|20260309080000", "PID|1||P0002061^^^RXX^MR||JONES^MARY||19610402|F",
				"PV1|1|I|W14^B2^3^RXX" + "|".repeat(41) + "20260309080000") + "\r\n"
				+ String.join("\r", "MSH|^~\\&|PAS|RXX|CUSTODIAN|RXX|20260312100000||ADT^A03|S2|P|2.4",
						"EVN|A03|20260312100000", "PID|1||P0002061^^^RXX^MR||JONES^MARY||19610402|F",
						"PV1|1|I|W14^B2^3^RXX" + "|".repeat(42) + "20260312100000") + "\r\n");
		CliRun admitted = run("--db", db, "load-patients", stays.toString());
		assertEquals(Cli.OK, admitted.code(), admitted.out() + admitted.err());
		assertFalse(run("--db", db, "timeline", "--user", "bob").out().contains("a ward of their department"),
				"W14 is no department's until the trust's location list says so");
		Path wrongColumns = Files.writeString(dir.resolve("wards.csv"), "ward,specialty\nW14,Oncology\n");
		CliRun refused = run("--db", db, "load-locations", wrongColumns.toString());
		assertEquals(Cli.FAILED, refused.code(), refused.out());
		assertTrue(refused.err().contains("location"), refused.err());
		Path locations = Files.writeString(dir.resolve("locations.csv"), "location,department\nW14,Oncology\n");
		CliRun listed = run("--db", db, "load-locations", locations.toString());
		assertEquals(Cli.OK, listed.code(), listed.err());
		assertTrue(listed.out().contains("locations.csv: read 1, added 1, refused 0"), listed.out());
		CliRun onWard = run("--db", db, "timeline", "--user", "bob");
		assertTrue(onWard.out().contains("the patient was on W14 (Oncology), a ward of their department, from 9 Mar 2026"
				+ " 08:00"), onWard.out());

		CliRun badCharset = run("--db", db, "load-care", "--charset", "KLINGON", ris.toString());
		assertEquals(Cli.FAILED, badCharset.code());
		assertTrue(badCharset.err().contains("--charset: KLINGON"), badCharset.err());
		CliRun plain = run("receive-hl7", "--port", "2575", "--bind", "0.0.0.0");
		assertEquals(Cli.FAILED, plain.code());
		assertTrue(plain.err().contains("plain MLLP listens on 127.0.0.1 only"), plain.err());
		assertTrue(run("help").out().contains("receive-hl7 --port N"));
	}

	/**
	 * A trust's own staff export, whose registration column ESR would name otherwise and with columns nothing
	 * reads: the unread columns are listed, the trust's name for the column is saved once, and from then on the
	 * registration explains the RIS order that names the clinician by it.
	 */
	@Test
	void aTrustsOwnStaffExportColumnsAreSavedOnceAndUsedByEveryLoad() throws Exception {
		String db = dir.resolve("db").toString();
		Path audit = dir.resolve("audit.xml");
		Files.writeString(audit, viewing("2026-03-10T10:00:00Z", "40001234", "P0002061^^^RXX"));
		assertEquals(Cli.OK, run("--db", db, "--create", "import", audit.toString()).code());
		Path esr = dir.resolve("esr.csv");
		Files.writeString(esr, """
				Employee Number,Last Name,First Name,Assignment Number,GMC/NMC/HCPC No,Organisation
				40001234,KHAN,Imran,40001234-2,4567890,RXX Respiratory Medicine
				""");
		CliRun first = run("--db", db, "load-staff", esr.toString());
		assertEquals(Cli.OK, first.code(), first.err());
		assertTrue(first.err().contains("columns not read: Assignment Number, GMC/NMC/HCPC No"), first.err());
		Path ris = dir.resolve("ris.hl7");
		Files.writeString(ris, String.join("\r", "MSH|^~\\&|RIS|RXX|PACS|RXX|20260302110000||ORM^O01|R1|P|2.3",
				"PID|1||P0002061^^^RXX^MR||JONES^MARY", "ORC|NW|ACC9|ACC9||SC||||20260302110000|||4567890^KHAN^I^^^DR^^^GMC",
				"OBR|1|ACC9|ACC9|XCHES^Chest X-ray^L") + "\r");
		assertEquals(Cli.OK, run("--db", db, "load-care", ris.toString()).code());
		assertTrue(!run("--db", db, "timeline", "--user", "40001234").out().contains("they ordered the study"),
				"the registration was not read yet");

		CliRun badField = run("--db", db, "load-staff", "--map", "gmc=GMC/NMC/HCPC No", esr.toString());
		assertEquals(Cli.FAILED, badField.code());
		assertTrue(badField.err().contains("unknown field \"gmc\""), badField.err());
		CliRun mapped = run("--db", db, "load-staff", "--map", "registration_number=GMC/NMC/HCPC No", esr.toString());
		assertEquals(Cli.OK, mapped.code(), mapped.err());
		assertTrue(mapped.err().contains("columns not read: Assignment Number (if"), mapped.err());
		assertEquals("registration_number=GMC/NMC/HCPC No", run("--db", db, "load-staff", "--columns").out().strip());
		assertTrue(run("--db", db, "load-staff", esr.toString()).err().contains("columns not read: Assignment Number ("),
				"the saved name is used by the next load");
		assertEquals(Cli.OK, run("--db", db, "load-care", ris.toString()).code());
		CliRun explained = run("--db", db, "timeline", "--user", "40001234");
		assertTrue(explained.out().contains("they ordered the study (ACC9)"), explained.out());
		assertTrue(run("--db", db, "trail", "list").out().contains("change staff columns"));
	}
}
