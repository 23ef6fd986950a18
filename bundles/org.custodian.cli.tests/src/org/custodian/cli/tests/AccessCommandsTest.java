package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access commands end to end against the real services and an encrypted database: reference feeds, import
 * (which runs the rules), alerts, timelines with explanations, and the console trail's verify catching an edit.
 */
class AccessCommandsTest {
		private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "cli boot password",
			"CUSTODIAN_PASSWORD", "cli password");

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, args);
	}

	private static String viewing(String time, String user, String patient, String host) {
		return """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="%s" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="%s" UserIsRequestor="true" NetworkAccessPointID="%s" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="%s" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
				    <ParticipantObjectIDTypeCode csd-code="2"/>
				    <ParticipantObjectName>DOE^JANE</ParticipantObjectName>
				  </ParticipantObjectIdentification>
				</AuditMessage>
				""".formatted(time, user, host, patient);
	}

	@Test
	void feedsImportAlertsTimelinesAndTheTrail() throws Exception {
		String db = dir.resolve("db").toString();
		Path audit = dir.resolve("audit.xml");
		// alice looks at one patient; bob browses five, with nothing in the RIS for any of them
		Files.writeString(audit, viewing("2026-03-10T10:00:00Z", "alice", "P1", "10.0.0.5")
				+ viewing("2026-03-10T10:01:00Z", "bob", "P2", "10.0.0.6")
				+ viewing("2026-03-10T10:02:00Z", "bob", "P3", "10.0.0.6")
				+ viewing("2026-03-10T10:03:00Z", "bob", "P4", "10.0.0.6")
				+ viewing("2026-03-10T10:04:00Z", "bob", "P5", "10.0.0.6")
				+ viewing("2026-03-10T10:05:00Z", "bob", "P6", "10.0.0.6"));
		assertEquals(Cli.OK, run("--db", db, "--create", "import", audit.toString()).code());

		CliRun alerts = run("--db", db, "alerts");
		assertEquals(Cli.OK, alerts.code(), alerts.err());
		String[] lines = alerts.out().split("\r\n");
		assertTrue(lines[0].startsWith("rule,severity,user,patient,time,reason"), lines[0]);
		assertEquals(2, lines.length, "one alert for bob's day of browsing, none for alice's one look: " + alerts.out());
		assertTrue(alerts.out().contains("no-care-relationship,MEDIUM,bob,,") && alerts.out().contains("5 patients"),
				alerts.out());

		Path care = dir.resolve("care.csv");
		Files.writeString(care, "patient_id,accession,referrer\nP1,ACC1,alice\nP2,ACC2,\n,ACC3,bob\n");
		CliRun loaded = run("--db", db, "load-care", care.toString());
		assertEquals(Cli.WARNINGS, loaded.code(), "one line refused");
		assertTrue(loaded.out().contains("read 3, added 2, refused 1"), loaded.out());
		assertTrue(loaded.err().contains("care.csv line 4, column patient_id: is empty"), loaded.err());

		CliRun timeline = run("--db", db, "timeline", "--patient", "P1");
		assertEquals(Cli.OK, timeline.code(), timeline.err());
		assertTrue(timeline.out().contains("they ordered the study (ACC1)"), timeline.out());
		CliRun byUser = run("--db", db, "timeline", "--user", "bob");
		assertTrue(byUser.out().contains(",none,"), byUser.out());
		assertEquals(Cli.FAILED, run("--db", db, "timeline").code(), "one of --patient or --user is needed");

		Path flags = dir.resolve("flags.csv");
		Files.writeString(flags, "patient,why\nP2,vip\n");
		CliRun badFlags = run("--db", db, "load-flags", flags.toString());
		assertEquals(Cli.FAILED, badFlags.code());
		assertTrue(badFlags.err().contains("missing column patient_id"), badFlags.err());

		CliRun verify = run("--db", db, "trail", "verify");
		assertEquals(Cli.OK, verify.code(), verify.out() + verify.err());
		assertTrue(verify.out().contains("intact: 2 entries"), verify.out());

		// someone edits the trail behind the console's back
		Store store = CliRun.SERVICES.get(Store.class);
		store.open(new DatabaseConfig(Path.of(db), System.getProperty("user.name", "admin"), "cli password".toCharArray(),
				"cli boot password".toCharArray()));
		try (Connection c = store.connections().connection(); Statement s = c.createStatement()) {
			s.executeUpdate("UPDATE CONSOLE_TRAIL SET SUBJECT = 'P9' WHERE SEQ = 1");
			c.commit();
		} finally {
			store.close();
		}
		CliRun broken = run("--db", db, "trail", "verify");
		assertEquals(Cli.FAILED, broken.code());
		assertTrue(broken.out().contains("BROKEN at entry 1"), broken.out());
	}
}
