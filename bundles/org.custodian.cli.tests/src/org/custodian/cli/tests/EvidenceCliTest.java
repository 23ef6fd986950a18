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

/** {@code status} and {@code inspection-pack} against the real services and an encrypted Derby. */
class EvidenceCliTest {
		private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "evidence boot password",
			"CUSTODIAN_PASSWORD", "evidence password");

	@TempDir
	Path dir;

	private CliRun run(String... args) {
		return CliRun.run(SECRETS, CliRun.on(dir.resolve("db"), args));
	}

	@Test
	void statusListsEveryRequirementAndExitsTwoWhileOneIsRed() throws Exception {
		CliRun staff = run("--create", "load-staff", Files.writeString(dir.resolve("staff.csv"), """
				staff_number,given_name,family_name,group,employment,start_date,end_date
				E1,Ann,Archer,Radiology,permanent,2020-01-01,
				""", StandardCharsets.UTF_8).toString());
		assertEquals(Cli.OK, staff.code(), staff.err());

		CliRun status = run("status");
		assertEquals(Cli.FAILED, status.code(), "nothing proven yet is red: " + status.out() + status.err());
		String[] lines = status.out().strip().split("\r\n");
		assertEquals("id,requirement,status,evidence_in,findings", lines[0]);
		assertEquals(26, lines.length, "a header and 25 requirements: " + status.out());
		assertTrue(status.out().contains("\nA1,\"Who looked, when, where, why\",RED,Access,\"No access events"), status.out());
		assertTrue(status.out().contains("\nG3,Mandatory training,RED,People,\"No mandatory course is recorded. No training"
				+ " needs analysis is recorded"), status.out());
		assertTrue(status.out().contains("\nA3,Staff know access is logged,RED,People,\"No policy is marked"), status.out());
		assertTrue(status.out().contains("\nS2,Images labelled,AMBER,"), status.out());

		Path pdf = dir.resolve("pack.pdf");
		CliRun pack = run("inspection-pack", pdf.toString());
		assertEquals(Cli.OK, pack.code(), pack.err());
		assertTrue(pack.out().startsWith("Inspection pack written to " + pdf), pack.out());
		assertTrue(Files.size(pdf) > 1000);
		assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));

		CliRun usage = run("inspection-pack");
		assertEquals(Cli.FAILED, usage.code());
	}
}
