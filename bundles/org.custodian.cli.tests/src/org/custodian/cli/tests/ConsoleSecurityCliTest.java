package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.custodian.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * custodian-cli runs as the signed-in user: each role is refused what it may not do, with a sentence that says who
 * may, and does what it may; the administrator creates users, and everyone changes their own password; backup,
 * verify and restore of the console's own database; a new boot password.
 */
class ConsoleSecurityCliTest {
	private static final String BOOT = "cli boot password";
	private static final String ADMIN_PASSWORD = "cli password";
	private static final String PASSWORD = "a pass phrase for roles";

	@TempDir
	Path dir;

	private CliRun as(String user, Map<String, String> extra, String... args) {
		Map<String, String> env = new HashMap<>(Map.of("CUSTODIAN_BOOT_PASSWORD", BOOT, "CUSTODIAN_PASSWORD",
				user == null ? ADMIN_PASSWORD : PASSWORD));
		env.putAll(extra);
		if (user != null) {
			env.put("CUSTODIAN_USER", user);
		}
		return CliRun.run(env, CliRun.on(dir.resolve("db"), args));
	}

	private CliRun as(String user, String... args) {
		return as(user, Map.of(), args);
	}

	private String file(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
	}

	private static void refused(CliRun r, String expected) {
		assertEquals(Cli.FAILED, r.code(), r.out() + r.err());
		assertTrue(r.err().contains(expected), r.err());
	}

	private static void ok(CliRun r) {
		assertEquals(Cli.OK, r.code(), r.out() + r.err());
	}

	private void setUp() throws Exception {
		ok(as(null, "--create", "load-staff", file("staff.csv", """
				staff_number,given_name,family_name,group,employment,start_date,end_date,line_manager
				E1,Ann,Archer,Radiology,permanent,2020-01-01,,
				E2,Bob,Baker,Radiology,permanent,2020-01-01,,E1
				E3,Cat,Cole,Cardiology,permanent,2020-01-01,,
				""")));
		Map<String, String> pw = Map.of("CUSTODIAN_NEW_PASSWORD", PASSWORD);
		ok(as(null, pw, "users", "add", "guardian", "--role", "caldicott_guardian"));
		ok(as(null, pw, "users", "add", "itlead", "--role", "it_security_lead"));
		ok(as(null, pw, "users", "add", "igman", "--role", "ig_manager"));
		ok(as(null, pw, "users", "add", "inspector", "--role", "auditor"));
		ok(as(null, pw, "users", "add", "ann", "--role", "line_manager", "--staff", "E1"));
		CliRun weak = as(null, Map.of("CUSTODIAN_NEW_PASSWORD", "short"), "users", "add", "weak", "--role", "auditor");
		refused(weak, "at least 12 characters");
		CliRun list = as(null, "users", "list");
		ok(list);
		assertTrue(list.out().contains("ann,line manager,E1,true"), list.out());
		assertTrue(list.out().contains("inspector,auditor,,true"), list.out());
	}

	@Test
	void everyRoleIsRefusedWhatItMayNotDoAndDoesWhatItMay() throws Exception {
		setUp();
		String audit = file("audit.xml", """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="2026-03-10T10:00:00Z" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="alice" UserIsRequestor="true" NetworkAccessPointID="10.0.0.5" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="P1" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
				    <ParticipantObjectIDTypeCode csd-code="2"/>
				  </ParticipantObjectIdentification>
				</AuditMessage>
				""");
		String newStaff = file("more-staff.csv", "staff_number,given_name,family_name,group,employment,start_date\n"
				+ "E4,Dan,Dale,Radiology,permanent,2020-01-01\n");

		// Caldicott guardian: the access perspective, nothing else
		ok(as("guardian", "import", audit));
		ok(as("guardian", "timeline", "--patient", "P1"));
		refused(as("guardian", "load-staff", newStaff),
				"guardian (Caldicott guardian) may not load staff, training, accounts and leavers");
		refused(as("guardian", "backup", dir.resolve("b").toString()), "may not back up the console's database");

		// auditor: reads everything, changes nothing
		CliRun timeline = as("inspector", "timeline", "--patient", "P1");
		ok(timeline);
		assertTrue(timeline.out().contains("alice"), timeline.out());
		ok(as("inspector", "trail", "verify"));
		refused(as("inspector", "import", audit), "inspector (auditor) may not import audit trails");
		refused(as("inspector", "load-staff", newStaff), "inspector (auditor) may not load staff");
		CliRun evidence = as("inspector", "status");
		assertTrue(evidence.out().startsWith("id,requirement,status"), "the auditor sees the start page: " + evidence.err());
		refused(as("inspector", Map.of("CUSTODIAN_NEW_PASSWORD", PASSWORD), "users", "add", "x", "--role", "auditor"),
				"may not create console users");

		// line manager: their own staff, not patients' access timelines
		refused(as("ann", "timeline", "--patient", "P1"),
				"ann (line manager) may not see access events, alerts, patients' access timelines and cases");
		refused(as("ann", "trail", "list"), "may not read the console's own trail");
		CliRun compliance = as("ann", "compliance", "--on", "2026-03-31");
		assertTrue(compliance.code() != Cli.FAILED, compliance.err());
		refused(as("ann", "load-staff", newStaff), "ann (line manager) may not load staff");
		refused(as("ann", "status"), "ann (line manager) may not see the start page");
		refused(as("ann", "expiries", "--within", "90"), "ann (line manager) may not see suppliers");

		// IG manager: the staff directory, not the access timelines
		ok(as("igman", "load-staff", newStaff));
		refused(as("igman", "timeline", "--patient", "P1"), "igman (IG manager) may not see access events");

		// IT security lead: backups, not the access timelines nor the users
		CliRun backup = as("itlead", "backup", dir.resolve("backups").toString());
		ok(backup);
		refused(as("itlead", "timeline", "--user", "alice"), "itlead (IT security lead) may not see access events");
		refused(as("itlead", "users", "list"), "may not create console users");
		refused(as("itlead", Map.of("CUSTODIAN_NEW_BOOT_PASSWORD", "a new boot password"), "boot-password"),
				"may not change the boot password");

		// the refusals changed nothing: one import, four staff
		CliRun trail = as(null, "trail", "list");
		assertFalse(trail.out().contains("inspector,import"), trail.out());
	}

	@Test
	void passwordsBackupRestoreAndANewBootPassword() throws Exception {
		setUp();
		CliRun changed = as("inspector", Map.of("CUSTODIAN_NEW_PASSWORD", "my own new phrase"), "password");
		ok(changed);
		CliRun old = as("inspector", "trail", "verify");
		refused(old, "user name or password is wrong");
		ok(as("inspector", Map.of("CUSTODIAN_PASSWORD", "my own new phrase"), "trail", "verify"));

		CliRun backup = as(null, "backup", dir.resolve("backups").toString());
		ok(backup);
		Path copy = Path.of(backup.out().trim());
		assertTrue(Files.isRegularFile(copy.resolve("service.properties")), backup.out());
		CliRun verify = as(null, "verify-backup", copy.toString());
		ok(verify);
		assertTrue(verify.out().startsWith("table,database_rows,backup_rows,same"), verify.out());
		assertTrue(verify.out().contains("M_STAFF,3,3,yes"), verify.out());
		ok(as(null, "load-staff", file("more.csv", "staff_number,given_name,family_name,group,employment,start_date\n"
				+ "E4,Dan,Dale,Radiology,permanent,2020-01-01\n")));
		CliRun differs = as(null, "verify-backup", copy.toString());
		assertEquals(Cli.WARNINGS, differs.code(), differs.err());
		assertTrue(differs.out().contains("M_STAFF,4,3,NO"), differs.out());

		// restore into a new folder: the global --db names it
		Path restored = dir.resolve("restored");
		Map<String, String> env = Map.of("CUSTODIAN_BOOT_PASSWORD", BOOT, "CUSTODIAN_PASSWORD", ADMIN_PASSWORD);
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(CliRun.SERVICES, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8), env).run("--db", restored.toString(), "restore",
						copy.toString());
		assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
		assertTrue(Files.isRegularFile(restored.resolve("service.properties")));

		// a new boot password: the old one no longer opens the database
		ok(as(null, Map.of("CUSTODIAN_NEW_BOOT_PASSWORD", "the next boot password"), "boot-password"));
		refused(as(null, "users", "list"), "boot password is wrong");
		ok(as(null, Map.of("CUSTODIAN_BOOT_PASSWORD", "the next boot password"), "users", "list"));
	}
}
