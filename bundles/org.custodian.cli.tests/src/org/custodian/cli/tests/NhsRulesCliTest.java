package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.custodian.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's NHS rules from the command line: a study deleted in the archive's trail that the destruction register
 * does not hold turns R4 red through {@code import} and {@code status}; a study exported to a system no agreement
 * names is an alert and a row of {@code transfers}; {@code dspt} rates the outcomes; the training needs analysis and
 * the evaluations load with bad lines named. The trail is dcm4chee-arc's own published messages (the deletion by
 * its scheduler and the export by its scheduler, docs/security/audit of dcm4che/dcm4chee-arc-cs).
 */
class NhsRulesCliTest {
	private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "nhs rules boot password",
			"CUSTODIAN_PASSWORD", "nhs rules password");
	private static final String DELETED = """
			<?xml version="1.0" encoding="UTF-8"?>
			<AuditMessage xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.dcm4che.org/DICOM/audit-message.rnc">
			   <EventIdentification EventActionCode="D" EventDateTime="2020-05-18T17:23:54.901+02:00" EventOutcomeIndicator="0">
			      <EventID csd-code="110105" codeSystemName="DCM" originalText="DICOM Study Deleted" />
			      <EventOutcomeDescription>Data Retention Policy Expired</EventOutcomeDescription>
			   </EventIdentification>
			   <ActiveParticipant UserID="dcm4chee-arc" AlternativeUserID="23592" UserIsRequestor="true" UserTypeCode="2" NetworkAccessPointID="localhost" NetworkAccessPointTypeCode="1">
			      <UserIDTypeCode csd-code="113877" codeSystemName="DCM" originalText="Device Name" />
			   </ActiveParticipant>
			   <AuditSourceIdentification AuditSourceID="dcm4chee-arc">
			      <AuditSourceTypeCode csd-code="4" />
			   </AuditSourceIdentification>
			   <ParticipantObjectIdentification ParticipantObjectID="1.2.840.113674.1118.54.200" ParticipantObjectTypeCode="2" ParticipantObjectTypeCodeRole="3">
			      <ParticipantObjectIDTypeCode csd-code="110180" originalText="Study Instance UID" codeSystemName="DCM" />
			      <ParticipantObjectDetail type="StudyDate" value="MTk5NTA3MjU=" />
			      <ParticipantObjectDescription>
			         <Accession Number="GE0002" />
			         <SOPClass UID="1.2.840.10008.5.1.4.1.1.4" NumberOfInstances="4" />
			      </ParticipantObjectDescription>
			   </ParticipantObjectIdentification>
			   <ParticipantObjectIdentification ParticipantObjectID="GE1118" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
			      <ParticipantObjectIDTypeCode csd-code="2" originalText="Patient Number" codeSystemName="RFC-3881" />
			      <ParticipantObjectName>BUXTON^STEVEN</ParticipantObjectName>
			   </ParticipantObjectIdentification>
			</AuditMessage>
			""";
	private static final String EXPORTED = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<AuditMessage xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.dcm4che.org/DICOM/audit-message.rnc">
			    <EventIdentification EventActionCode="R" EventDateTime="2024-08-29T15:41:35.495+02:00" EventOutcomeIndicator="0">
			        <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
			    </EventIdentification>
			    <ActiveParticipant UserID="DCM4CHEE" AlternativeUserID="82158" UserIsRequestor="true" UserTypeCode="2" NetworkAccessPointID="localhost" NetworkAccessPointTypeCode="1">
			        <RoleIDCode csd-code="110153" codeSystemName="DCM" originalText="Source Role ID"/>
			        <UserIDTypeCode csd-code="110119" codeSystemName="DCM" originalText="Station AE Title"/>
			    </ActiveParticipant>
			    <ActiveParticipant UserID="STORESCP" UserIsRequestor="false" UserTypeCode="2" NetworkAccessPointID="localhost" NetworkAccessPointTypeCode="1">
			        <RoleIDCode csd-code="110152" codeSystemName="DCM" originalText="Destination Role ID"/>
			        <UserIDTypeCode csd-code="110119" codeSystemName="DCM" originalText="Station AE Title"/>
			    </ActiveParticipant>
			    <AuditSourceIdentification AuditSourceID="dcm4chee-arc">
			        <AuditSourceTypeCode csd-code="4"/>
			    </AuditSourceIdentification>
			    <ParticipantObjectIdentification ParticipantObjectID="I2EXAMPLE" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
			        <ParticipantObjectIDTypeCode csd-code="2" originalText="Patient Number" codeSystemName="RFC-3881"/>
			        <ParticipantObjectName>Hong^Gildong</ParticipantObjectName>
			    </ParticipantObjectIdentification>
			    <ParticipantObjectIdentification ParticipantObjectID="1.3.6.1.4.1.5962.1.2.0.1175775771.5708.0" ParticipantObjectTypeCode="2" ParticipantObjectTypeCodeRole="3">
			        <ParticipantObjectIDTypeCode csd-code="110180" originalText="Study Instance UID" codeSystemName="DCM"/>
			        <ParticipantObjectDescription>
			            <Accession/>
			            <SOPClass UID="1.2.840.10008.5.1.4.1.1.7" NumberOfInstances="1"/>
			        </ParticipantObjectDescription>
			    </ParticipantObjectIdentification>
			</AuditMessage>
			""";

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, CliRun.on(dir.resolve("db"), args));
	}

	@Test
	void aDeletionOutsideTheRegisterTurnsR4RedThroughImportAndStatus() throws Exception {
		Path trail = Files.writeString(dir.resolve("deleted.xml"), DELETED, StandardCharsets.UTF_8);
		CliRun imported = run("--create", "import", trail.toString());
		assertEquals(Cli.OK, imported.code(), imported.out() + imported.err());
		CliRun alerts = run("alerts");
		assertTrue(alerts.out().contains("deletion-outside-register"), alerts.out());

		CliRun status = run("status");
		assertEquals(Cli.FAILED, status.code());
		String r4 = line(status.out(), "R4,");
		assertTrue(r4.startsWith("R4,Retention and destruction,RED,"), r4);
		assertTrue(r4.contains("1 deletion in the audit trail does not match the destruction register")
				&& r4.contains("1.2.840.113674.1118.54.200"), r4);

		CliRun dspt = run("dspt");
		assertEquals(Cli.FAILED, dspt.code(), "an outcome is not achieved");
		assertTrue(dspt.out().startsWith("outcome,title,objective,rating,rated_from"), dspt.out());
		assertTrue(line(dspt.out(), "E4.a,").startsWith("E4.a,Managing records,E Using and sharing information"
				+ " appropriately,Not achieved,"), dspt.out());
	}

	@Test
	void anExportToASystemNoAgreementNamesIsListedByTransfers() throws Exception {
		Path trail = Files.writeString(dir.resolve("exported.xml"), EXPORTED, StandardCharsets.UTF_8);
		assertEquals(Cli.OK, run("--create", "import", trail.toString()).code());
		CliRun transfers = run("transfers");
		assertEquals(Cli.WARNINGS, transfers.code(), transfers.out() + transfers.err());
		assertTrue(transfers.out().contains("STORESCP at localhost,no agreement or contract,1,1,0,,"), transfers.out());
		assertTrue(line(run("status").out(), "G6,").contains(",RED,"), "G6 is red while a transfer is uncovered");
	}

	@Test
	void theTrainingNeedsAnalysisAndEvaluationsLoadWithBadLinesNamed() throws Exception {
		CliRun staff = run("--create", "load-staff", Files.writeString(dir.resolve("esr.csv"),
				"Employee Number,Last Name,First Name,Staff Group,Job Role,Assignment Start Date\n"
						+ "20000002,JONES,OWEN,Allied Health Professionals,Radiographer,01/02/2020\n").toString());
		assertEquals(Cli.OK, staff.code(), staff.err());
		assertEquals(Cli.OK, run("load-training", "--courses", Files.writeString(dir.resolve("courses.csv"),
				"code,title,refresh_months,mandatory\nDSA,Data Security Awareness Level 1,12,yes\n").toString()).code());
		CliRun tna = run("load-training-needs", Files.writeString(dir.resolve("tna.csv"), """
				group,course,reason,target,approved_by,approved_on
				Allied Health Professionals,DSA,Radiographers export images,100,SIRO,2026-01-10
				Allied Health Professionals,DSX,Radiographers export images,100,SIRO,2026-01-10
				""").toString());
		assertEquals(Cli.WARNINGS, tna.code(), tna.out() + tna.err());
		assertTrue(tna.out().contains("added 1, updated 0, refused 1"), tna.out());
		assertTrue(tna.err().contains("line 3") && tna.err().contains("course"), tna.err());
		CliRun eval = run("load-course-evaluations", Files.writeString(dir.resolve("eval.csv"), """
				course,evaluated_on,method,findings,effective,evaluated_by
				DSA,2026-01-20,Quiz after the course,All passed,yes,IG manager
				""").toString());
		assertEquals(Cli.OK, eval.code(), eval.err());
		CliRun wrong = run("load-training-needs", Files.writeString(dir.resolve("wrong.csv"),
				"staff_group,course_code\nAHP,DSA\n").toString());
		assertEquals(Cli.FAILED, wrong.code());
		assertTrue(wrong.err().contains("group"), wrong.err());
	}

	private static String line(String csv, String start) {
		for (String l : csv.split("\r\n")) {
			if (l.startsWith(start)) {
				return l;
			}
		}
		throw new AssertionError("no line starting " + start + " in\n" + csv);
	}
}
