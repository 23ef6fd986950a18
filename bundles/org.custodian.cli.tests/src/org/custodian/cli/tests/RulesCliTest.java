package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.custodian.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detection rules' settings from the command line: shown, changed (on the trail), refused in words, run. */
class RulesCliTest {
	private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "rules boot secret",
			"CUSTODIAN_PASSWORD", "rules secret 1");

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, args);
	}

	@Test
	void settingsAreShownChangedOnTheTrailAndRefusedInWords() throws Exception {
		String db = dir.resolve("db").toString();
		Path audit = dir.resolve("audit.xml");
		Files.writeString(audit, """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="2026-03-10T07:00:00Z" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="early" UserIsRequestor="true" NetworkAccessPointID="10.0.0.9" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="P1" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1"/>
				</AuditMessage>
				""");
		assertEquals(Cli.OK, run("--db", db, "--create", "import", audit.toString()).code());
		CliRun shown = run("--db", db, "rules", "settings");
		assertEquals(Cli.OK, shown.code(), shown.err());
		assertTrue(shown.out().contains("workStart=08:00"), shown.out());
		assertTrue(shown.out().contains("# no-care-relationship:"), shown.out());

		CliRun unknown = run("--db", db, "rules", "set", "workBegin=07:00");
		assertEquals(Cli.FAILED, unknown.code());
		assertTrue(unknown.err().contains("there is no rule setting workBegin"), unknown.err());
		CliRun bad = run("--db", db, "rules", "set", "workEnd=06:00");
		assertEquals(Cli.FAILED, bad.code());
		assertTrue(bad.err().contains("the working day must end after it starts"), bad.err());

		CliRun set = run("--db", db, "rules", "set", "workStart=06:30", "disabled=no-care-relationship");
		assertEquals(Cli.OK, set.code(), set.err());
		assertTrue(run("--db", db, "rules", "settings").out().contains("workStart=06:30"));
		CliRun trail = run("--db", db, "trail", "list");
		assertTrue(trail.out().contains("change rule settings") && trail.out().contains("workStart: 08:00 -> 06:30"),
				trail.out());
		CliRun again = run("--db", db, "rules", "run");
		assertEquals(Cli.OK, again.code());
		assertTrue(again.out().startsWith("0 events checked"), "nothing new since the re-run: " + again.out());
	}
}
