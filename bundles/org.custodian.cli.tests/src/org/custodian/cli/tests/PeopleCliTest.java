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
 * The People commands against the real services and an encrypted Derby: loads with refused records, the
 * compliance and revocation CSVs, and their exit codes.
 */
class PeopleCliTest {
		private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "people boot password",
			"CUSTODIAN_PASSWORD", "people password");

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, CliRun.on(dir.resolve("db"), args));
	}

	private String file(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
	}

	private void loadTrust() throws Exception {
		CliRun staff = run("--create", "load-staff", file("staff.csv", """
				staff_number,given_name,family_name,group,employment,start_date,end_date
				E1,Ann,Archer,Radiology,permanent,2020-01-01,
				E2,Bob,Baker,Radiology,agency,2020-01-01,
				E3,Cat,Cole,Radiology,permanent,2020-01-01,2026-03-31
				"""));
		assertEquals(Cli.OK, staff.code(), staff.err());
		assertTrue(staff.out().contains("added 3, updated 0, refused 0"), staff.out());
	}

	@Test
	void loadsReportRefusedRecordsWithTheirLineAndExitOne() throws Exception {
		loadTrust();
		CliRun training = run("load-training", "--courses", file("courses.csv", """
				code,title,refresh_months,mandatory
				DSA,Data security awareness,12,yes
				"""), file("records.csv", """
				staff_number,course,completed
				E1,DSA,2026-01-10
				E2,DSA,not a date
				"""));
		assertEquals(Cli.WARNINGS, training.code(), training.err());
		assertTrue(training.out().contains("records.csv: added 1, updated 0, refused 1"), training.out());
		assertTrue(training.err().contains("records.csv line 3, column completed"), training.err());

		CliRun missingColumn = run("load-leavers", file("leavers.csv", "staff_number,effective_date\nE3,2026-03-31\n"));
		assertEquals(Cli.FAILED, missingColumn.code());
		assertTrue(missingColumn.err().contains("missing column change"), missingColumn.err());

		CliRun usage = run("load-staff");
		assertEquals(Cli.FAILED, usage.code());
		assertTrue(usage.err().contains("load-staff needs one FILE"), usage.err());
	}

	@Test
	void complianceIsCsvPerGroupAndCourseAndExitsOneBelowTheTarget() throws Exception {
		loadTrust();
		run("load-training", "--courses", file("courses.csv", "code,title,refresh_months\nDSA,Data security,12\n"),
				file("records.csv", "staff_number,course,completed\nE1,DSA,2026-01-10\nE3,DSA,2026-01-10\n"));
		CliRun before = run("compliance", "--on", "2026-03-31");
		assertEquals(Cli.WARNINGS, before.code(), before.err());
		String[] lines = before.out().split("\r\n");
		assertEquals("group,course,required,trained,percentage,overdue,due_soon,target,meets_target", lines[0]);
		assertEquals("Radiology,DSA,3,2,66.7,1,0,95.0,no", lines[1], "the agency worker counts");

		run("load-training", file("more.csv", "staff_number,course,completed\nE2,DSA,2026-04-01\n"));
		CliRun after = run("compliance", "--on", "2026-04-01");
		assertEquals(Cli.OK, after.code(), after.out());
		assertEquals("Radiology,DSA,2,2,100.0,0,0,95.0,yes", after.out().split("\r\n")[1], "the leaver is gone");
	}

	@Test
	void revocationsListEachLeaverWithDeadlineAndAccessesAfterTheEndDate() throws Exception {
		loadTrust();
		CliRun accounts = run("load-accounts", file("pacs.csv", """
				system,username,enabled,disabled_at
				PACS,E3,no,2026-04-01 09:00
				PACS,E1,yes,
				"""));
		assertEquals(Cli.OK, accounts.code(), accounts.err());
		CliRun leavers = run("load-leavers", file("leavers.csv", "staff_number,change,effective_date\nE3,leaver,2026-03-31\n"));
		assertEquals(Cli.OK, leavers.code(), leavers.err());
		Files.writeString(dir.resolve("audit.xml"), """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="2026-04-03T10:00:00Z" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="E3" UserIsRequestor="true" NetworkAccessPointID="10.1.1.1" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="P9" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
				    <ParticipantObjectIDTypeCode csd-code="2"/>
				  </ParticipantObjectIdentification>
				</AuditMessage>
				""");
		assertEquals(Cli.OK, run("import", dir.resolve("audit.xml").toString()).code());

		CliRun r = run("revocations", "--at", "2026-04-10");
		assertEquals(Cli.WARNINGS, r.code(), r.err());
		String[] lines = r.out().split("\r\n");
		assertEquals("staff_number,name,end_date,deadline,accounts,account_disabled,deadline_met,status,"
				+ "smartcard_removed,position_removed,accesses_after_end_date", lines[0]);
		assertTrue(lines[1].startsWith("E3,Cat Cole,2026-03-31,2026-03-31,1,2026-04-01T"), lines[1]);
		assertTrue(lines[1].endsWith(",no,late,,,1"), lines[1]);
		assertEquals(2, lines.length);
	}
}
