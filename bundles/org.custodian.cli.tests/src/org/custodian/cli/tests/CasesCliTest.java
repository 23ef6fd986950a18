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
 * A case from alert to outcome without the console: open from an alert, decide reportability, close with an
 * outcome, a named Caldicott principle and findings (none assumed), write the case pack.
 */
class CasesCliTest {
	private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "cases boot secret",
			"CUSTODIAN_PASSWORD", "cases secret 1");

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, args);
	}

	@Test
	void aCaseGoesFromAlertToOutcome() throws Exception {
		String db = dir.resolve("db").toString();
		Path audit = dir.resolve("audit.xml");
		StringBuilder night = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			night.append("""
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="2026-03-10T02:0%dZ" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="mallory" UserIsRequestor="true" NetworkAccessPointID="10.0.0.9" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="Q%d^^^RXX" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1"/>
				</AuditMessage>
				""".formatted(i, i).replace("02:0" + i + "Z", "02:0" + i + ":00Z"));
		}
		Files.writeString(audit, night + """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="2026-03-10T02:00:00Z" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="mallory" UserIsRequestor="true" NetworkAccessPointID="10.0.0.9" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="P77^^^RXX" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
				    <ParticipantObjectIDTypeCode csd-code="2"/>
				  </ParticipantObjectIdentification>
				</AuditMessage>
				""");
		assertEquals(Cli.OK, run("--db", db, "--create", "import", audit.toString()).code());
		String[] alerts = run("--db", db, "alerts").out().split("\r\n");
		assertTrue(alerts.length >= 2, String.join("\n", alerts));
		String[] first = alerts[1].split(",");
		String alertId = first[first.length - 2];

		CliRun opened = run("--db", db, "cases", "open", "--alert", alertId, "--title", "Night viewing");
		assertEquals(Cli.OK, opened.code(), opened.err());
		String ref = opened.out().strip();

		CliRun early = run("--db", db, "cases", "close", ref, "--outcome", "substantiated", "--principle", "4",
				"--findings", "Viewed without a reason.");
		assertEquals(Cli.FAILED, early.code());
		assertTrue(early.err().contains("reportable"), "reportability first: " + early.err());
		assertEquals(Cli.OK, run("--db", db, "cases", "decide", ref, "--reportable", "no", "--reason",
				"no harm, internal").code());

		CliRun noOutcome = run("--db", db, "cases", "close", ref, "--principle", "4", "--findings", "x");
		assertEquals(Cli.FAILED, noOutcome.code());
		assertTrue(noOutcome.err().contains("no outcome is assumed"), noOutcome.err());
		CliRun badPrinciple = run("--db", db, "cases", "close", ref, "--outcome", "substantiated", "--principle", "9",
				"--findings", "x");
		assertEquals(Cli.FAILED, badPrinciple.code());
		assertTrue(badPrinciple.err().contains("numbered 1 to 8"), badPrinciple.err());
		CliRun blank = run("--db", db, "cases", "close", ref, "--outcome", "substantiated", "--principle", "4",
				"--findings", " ");
		assertEquals(Cli.FAILED, blank.code());
		assertTrue(blank.err().contains("findings"), blank.err());

		CliRun closed = run("--db", db, "cases", "close", ref, "--outcome", "substantiated", "--principle", "4",
				"--findings", "Viewed at night without a care relationship.");
		assertEquals(Cli.OK, closed.code(), closed.err());
		CliRun shown = run("--db", db, "cases", "show", ref);
		assertTrue(shown.out().contains("Caldicott principle 4: Access to confidential information should be on a strict"
				+ " need-to-know basis"), shown.out());
		assertTrue(run("--db", db, "cases", "list").out().contains(ref + ",Night viewing,CLOSED"));

		Path pdf = dir.resolve("pack.pdf");
		assertEquals(Cli.OK, run("--db", db, "cases", "case-pack", ref, pdf.toString()).code());
		assertTrue(Files.size(pdf) > 1000 && Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
				.startsWith("%PDF"));
		assertTrue(run("--db", db, "trail", "list").out().contains("close case"));
	}

	/** One person's alerts, whichever rules raised them, go into one case; nothing is left open behind it. */
	@Test
	void oneUsersOpenAlertsMakeOneCase() throws Exception {
		String db = dir.resolve("db2").toString();
		StringBuilder night = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			night.append("""
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="2026-03-11T02:0%d:00Z" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="trudy" UserIsRequestor="true" NetworkAccessPointID="10.0.0.7" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="T%d^^^RXX" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1"/>
				</AuditMessage>
				""".formatted(i, i));
		}
		Path audit = Files.writeString(dir.resolve("night.xml"), night.toString());
		assertEquals(Cli.OK, run("--db", db, "--create", "import", audit.toString()).code());
		long open = java.util.Arrays.stream(run("--db", db, "alerts").out().split("\r\n")).skip(1)
				.filter(l -> l.contains(",trudy,") && l.contains(",open,")).count();
		assertTrue(open >= 1, "the night raised alerts about trudy");

		CliRun nobody = run("--db", db, "cases", "open", "--user", "nobody");
		assertEquals(Cli.FAILED, nobody.code());
		assertTrue(nobody.err().contains("nobody has no open alert"), nobody.err());
		CliRun both = run("--db", db, "cases", "open", "--user", "trudy", "--alert", "1");
		assertEquals(Cli.FAILED, both.code(), "--alert or --user, not both");

		CliRun opened = run("--db", db, "cases", "open", "--user", "trudy");
		assertEquals(Cli.OK, opened.code(), opened.err());
		String ref = opened.out().strip();
		long inCase = java.util.Arrays.stream(run("--db", db, "alerts").out().split("\r\n")).skip(1)
				.filter(l -> l.contains(",trudy,") && l.contains("," + ref + ",")).count();
		assertEquals(open, inCase, "every open alert about trudy is in " + ref);
		assertTrue(run("--db", db, "cases", "list").out().contains(ref + ",Alerts about trudy (" + open + ")"));
		assertEquals(Cli.FAILED, run("--db", db, "cases", "open", "--user", "trudy").code(), "nothing left open");
	}
}
