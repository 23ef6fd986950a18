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
 * {@code import} of syslog, FHIR and CSV (the format told from the content or given), CSV column mappings saved
 * in the database and used again by name, and the usage errors of {@code import} and {@code receive}.
 */
class ImportFormatsCliTest {
		private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "cli boot password",
			"CUSTODIAN_PASSWORD", "cli password");

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, args);
	}

	private CliRun inDb(boolean create, String... args) {
		String[] all = new String[args.length + (create ? 3 : 2)];
		all[0] = "--db";
		all[1] = dir.resolve("db").toString();
		if (create) {
			all[2] = "--create";
		}
		System.arraycopy(args, 0, all, create ? 3 : 2, args.length);
		return run(all);
	}

	private static String xml(String time, String user, String patient) {
		return "<AuditMessage><EventIdentification EventActionCode=\"R\" EventDateTime=\"" + time
				+ "\" EventOutcomeIndicator=\"0\"><EventID csd-code=\"110104\"/></EventIdentification>"
				+ "<ActiveParticipant UserID=\"" + user + "\" UserIsRequestor=\"true\" NetworkAccessPointID=\"10.1.1.1\"/>"
				+ "<AuditSourceIdentification AuditSourceID=\"PACS_MAIN\"/>"
				+ "<ParticipantObjectIdentification ParticipantObjectID=\"" + patient
				+ "\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\"/></AuditMessage>";
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void syslogAndFhirFilesAreToldByTheirContentAndImportedOnce() throws Exception {
		Path syslog = write("audit.log", "<85>1 2026-01-10T09:00:00Z pacs01 PACS 1 IHE+RFC-3881 - \uFEFF"
				+ xml("2026-01-10T09:00:00Z", "alice", "P1") + "\n<85>1 2026-01-10T09:00:00Z pacs01 PACS 1 IHE+RFC-3881 - "
				+ xml("2026-01-11T09:00:00Z", "bob", "P2") + "\n");
		CliRun first = inDb(true, "import", syslog.toString());
		assertEquals(Cli.OK, first.code(), first.err());
		assertTrue(first.out().contains("imported 2, duplicates 0, quarantined 0"), first.out());
		CliRun again = inDb(false, "import", syslog.toString());
		assertTrue(again.out().contains("imported 0, duplicates 2"), again.out());

		Path fhir = write("audit.ndjson", "{\"resourceType\":\"AuditEvent\",\"type\":{\"system\":"
				+ "\"http://dicom.nema.org/resources/ontology/DCM\",\"code\":\"110104\"},\"action\":\"R\","
				+ "\"recorded\":\"2026-01-12T09:00:00Z\",\"outcome\":\"0\",\"agent\":[{\"who\":{\"identifier\":{\"value\":"
				+ "\"carol\"}},\"requestor\":true}],\"entity\":[{\"what\":{\"reference\":\"Patient/P3\"}}]}\n"
				+ "{\"resourceType\":\"Patient\"}\n");
		CliRun fhirRun = inDb(false, "import", "--format", "fhir", fhir.toString());
		assertEquals(Cli.WARNINGS, fhirRun.code(), fhirRun.err());
		assertTrue(fhirRun.out().contains("imported 1, duplicates 0, quarantined 1"), fhirRun.out());
		assertTrue(fhirRun.err().contains("line 2 at byte"), fhirRun.err());
		CliRun events = inDb(false, "events", "--patient", "P3");
		assertTrue(events.out().contains(",carol,"), events.out());
	}

	@Test
	void aCsvMappingIsSavedOnceAndUsedByName() throws Exception {
		Path march = write("march.csv", "When,Code,Login,MRN\n01/03/2026 09:00,110104,alice,P1\n01/03/2026 25:00,110104,bob,P2\n");
		CliRun saved = inDb(true, "import", "--mapping", "Vendor PACS", "--map", "time=When", "--map", "event=Code",
				"--map", "user_id=Login", "--map", "patient_id=MRN", "--zone", "Europe/London", march.toString());
		assertEquals(Cli.WARNINGS, saved.code(), saved.err());
		assertTrue(saved.err().contains("saved column mapping Vendor PACS: event=Code, patient_id=MRN, time=When,"
				+ " user_id=Login (times without offset in Europe/London)"), saved.err());
		assertTrue(saved.out().contains("imported 1, duplicates 0, quarantined 1"), saved.out());
		assertTrue(saved.err().contains("march.csv line 3, column When"), saved.err());

		Path april = write("april.csv", "When,Code,Login,MRN\n01/04/2026 09:00,110104,carol,P3\n");
		CliRun byName = inDb(false, "import", "--mapping", "vendor pacs", april.toString());
		assertEquals(Cli.OK, byName.code(), byName.err());
		CliRun events = inDb(false, "events", "--user-id", "carol");
		assertTrue(events.out().contains("2026-04-01T08:00:00Z"), "London summer time: " + events.out());

		CliRun unknown = inDb(false, "import", "--mapping", "Other", april.toString());
		assertEquals(Cli.FAILED, unknown.code());
		assertTrue(unknown.err().contains("No CSV column mapping is saved under the name \"Other\"; saved: Vendor PACS."),
				unknown.err());
	}

	@Test
	void badUsageOfImportAndReceiveExitsTwoWithAHint() {
		CliRun format = run("import", "--format", "hl7", "x.log");
		assertEquals(Cli.FAILED, format.code());
		assertTrue(format.err().contains("unknown format \"hl7\"; the formats are dicom, syslog, fhir, csv"), format.err());
		CliRun mapWithoutName = run("import", "--map", "time=When", "x.csv");
		assertTrue(mapWithoutName.err().contains("give its name with --mapping NAME"), mapWithoutName.err());
		CliRun badField = run("import", "--mapping", "V", "--map", "when=When", "x.csv");
		assertTrue(badField.err().contains("unknown field \"when\""), badField.err());
		CliRun mappingNotCsv = run("import", "--format", "fhir", "--mapping", "V", "x.json");
		assertTrue(mappingNotCsv.err().contains("--mapping is for CSV reports"), mappingNotCsv.err());

		CliRun noPort = run("receive");
		assertEquals(Cli.FAILED, noPort.code());
		assertTrue(noPort.err().contains("receive needs --port N"), noPort.err());
		CliRun tlsWithoutKeys = run("receive", "--port", "6514", "--tls");
		assertTrue(tlsWithoutKeys.err().contains("--tls needs --keystore FILE"), tlsWithoutKeys.err());
		CliRun missingKeys = run("receive", "--port", "6514", "--tls", "--keystore", dir.resolve("none.p12").toString());
		assertTrue(missingKeys.err().contains("cannot read the key store"), missingKeys.err());
		CliRun plainOnNetwork = run("receive", "--port", "6514", "--bind", "0.0.0.0");
		assertEquals(Cli.FAILED, plainOnNetwork.code());
		assertTrue(plainOnNetwork.err().contains("plain TCP and UDP listen on 127.0.0.1 only"), plainOnNetwork.err());
		CliRun udpOnNetwork = run("receive", "--port", "6514", "--tls", "--keystore", "k.p12", "--udp", "514",
				"--bind", "0.0.0.0");
		assertEquals(Cli.FAILED, udpOnNetwork.code(), "UDP is never encrypted");
		CliRun help = run("help");
		assertTrue(help.out().contains("import [--format dicom|syslog|fhir|csv]") && help.out().contains("receive --port N"),
				help.out());
	}
}
