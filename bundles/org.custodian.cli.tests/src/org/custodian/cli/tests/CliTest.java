package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.custodian.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * custodian-cli against the real services (Declarative Services inside OSGi) and a real encrypted Derby:
 * import with a broken record, events as CSV, exit codes, secrets from the environment or standard input.
 */
class CliTest {
		private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "cli boot password",
			"CUSTODIAN_PASSWORD", "cli password");

	@TempDir
	Path dir;

	/** Output of one run. */

	private CliRun run(Map<String, String> env, String stdin, String... args) {
		return CliRun.run(env, stdin, args);
	}

	private static String message(String time, String user, String patient) {
		return """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="%s" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="%s" UserIsRequestor="true" NetworkAccessPointID="10.1.1.1" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="%s" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
				    <ParticipantObjectIDTypeCode csd-code="2"/>
				    <ParticipantObjectName>DOE^JANE, "JJ"</ParticipantObjectName>
				  </ParticipantObjectIdentification>
				</AuditMessage>
				""".formatted(time, user, patient);
	}

	private Path auditFile() throws Exception {
		Path f = dir.resolve("audit.xml");
		Files.writeString(f, message("2026-01-10T09:00:00Z", "alice", "P1") + message("2026-01-11T09:00:00Z", "bob", "P2")
				+ "<AuditMessage><EventIdentification EventDateTime=\"not a date\"/></AuditMessage>\n"
				+ message("2026-01-12T09:00:00Z", "alice", "P2"));
		return f;
	}

	@Test
	void importReportsCountsAndExitsOneWhenRecordsWereQuarantined() throws Exception {
		Path db = dir.resolve("db");
		CliRun first = run(SECRETS, "", "--db", db.toString(), "--create", "import", auditFile().toString());
		assertEquals(Cli.WARNINGS, first.code(), first.err());
		assertTrue(first.out().contains("imported 3, duplicates 0, quarantined 1"), first.out());
		assertTrue(first.err().contains("message 3"), "quarantined record's position missing: " + first.err());

		CliRun again = run(SECRETS, "", "--db", db.toString(), "import", auditFile().toString());
		assertTrue(again.out().contains("imported 0, duplicates 3"), again.out());
	}

	@Test
	void eventsPrintsFilteredCsvNewestFirst() throws Exception {
		Path db = dir.resolve("db");
		run(SECRETS, "", "--db", db.toString(), "--create", "import", auditFile().toString());
		CliRun all = run(SECRETS, "", "--db", db.toString(), "events");
		assertEquals(Cli.OK, all.code(), all.err());
		String[] lines = all.out().split("\r\n");
		assertEquals(4, lines.length, all.out());
		assertTrue(lines[0].startsWith("time,event,action"), lines[0]);
		assertTrue(lines[1].startsWith("2026-01-12T09:00:00Z,110104"), lines[1]);
		assertTrue(lines[1].contains("\"DOE^JANE, \"\"JJ\"\"\""), "CSV quoting: " + lines[1]);

		CliRun patient = run(SECRETS, "", "--db", db.toString(), "events", "--patient", "P2", "--user-id", "alice");
		assertEquals(2, patient.out().split("\r\n").length, patient.out());
		CliRun range = run(SECRETS, "", "--db", db.toString(), "events", "--from", "2026-01-11", "--to", "2026-01-11");
		assertEquals(2, range.out().split("\r\n").length, range.out());
		assertTrue(range.out().contains(",bob,"), range.out());
	}

	@Test
	void eventsPrintsEveryEventOnceAcrossPages() throws Exception {
		// 2,345 events, three to a second (ties in time), over more than two pages of the command's 1,000
		StringBuilder audit = new StringBuilder();
		java.time.Instant t0 = java.time.Instant.parse("2026-02-01T00:00:00Z");
		for (int n = 0; n < 2345; n++) {
			audit.append(message(t0.plusSeconds(n / 3).toString(), "user" + n % 7, "P" + n));
		}
		Path file = dir.resolve("many.xml");
		Files.writeString(file, audit);
		Path db = dir.resolve("db");
		assertEquals(Cli.OK, run(SECRETS, "", "--db", db.toString(), "--create", "import", file.toString()).code());

		CliRun all = run(SECRETS, "", "--db", db.toString(), "events");
		assertEquals(Cli.OK, all.code(), all.err());
		java.util.List<String> rows = java.util.Arrays.asList(all.out().split("\r\n")).subList(1, 2346);
		java.util.Set<String> patients = new java.util.HashSet<>();
		String previous = null;
		for (String row : rows) {
			String[] fields = row.split(",");
			assertTrue(patients.add(fields[7]), "printed twice: " + row);
			assertTrue(previous == null || previous.compareTo(fields[0]) >= 0, "not newest first: " + row);
			previous = fields[0];
		}
		assertEquals(2345, patients.size());
		assertEquals(2346, all.out().split("\r\n").length);
	}

	@Test
	void secretsCanComeFromStandardInput() throws Exception {
		Path db = dir.resolve("db");
		run(SECRETS, "", "--db", db.toString(), "--create", "import", auditFile().toString());
		CliRun piped = run(Map.of(), "cli boot password\ncli password\n", "--db", db.toString(), "events");
		assertEquals(Cli.OK, piped.code(), piped.err());
		CliRun wrong = run(Map.of(), "wrong boot password\ncli password\n", "--db", db.toString(), "events");
		assertEquals(Cli.FAILED, wrong.code());
		assertTrue(wrong.err().contains("boot password is wrong"), wrong.err());
	}

	@Test
	void badUsageExitsTwoWithAHint() {
		CliRun unknown = run(SECRETS, "", "frobnicate");
		assertEquals(Cli.FAILED, unknown.code());
		assertTrue(unknown.err().contains("unknown command: frobnicate"), unknown.err());
		CliRun badDate = run(SECRETS, "", "--db", dir.resolve("none").toString(), "events", "--from", "01/02/2026");
		assertEquals(Cli.FAILED, badDate.code());
		assertTrue(badDate.err().contains("YYYY-MM-DD"), badDate.err());
		CliRun noDb = run(SECRETS, "", "--db", dir.resolve("none").toString(), "events");
		assertEquals(Cli.FAILED, noDb.code());
		assertTrue(noDb.err().contains("no Custodian database"), noDb.err());
		CliRun help = run(Map.of(), "", "help");
		assertEquals(Cli.OK, help.code());
		assertTrue(help.out().contains("usage: custodian-cli"), help.out());
	}
}
