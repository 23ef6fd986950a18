package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.custodian.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media office's register from CSV: good rows added, a row without its receiver or reason named. */
class LoadMediaCliTest {
	private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "media boot secret",
			"CUSTODIAN_PASSWORD", "media secret 1");

	@TempDir
	Path dir;

	@Test
	void goodRowsAreAddedAndBadOnesNamed() throws Exception {
		String db = dir.resolve("db").toString();
		Path csv = dir.resolve("media.csv");
		Files.writeString(csv, """
				direction,transfer_date,patient_id,study_instance_uids,encrypted,sender,recipient,exception
				sent,03/11/2026,RXX1000001^^^RXX,1.2.3;1.2.4,yes,Imaging office,Leeds General,
				sent,04/11/2026,RXX1000002,1.2.5,no,Imaging office,Patient,handed_to_patient
				sent,05/11/2026,RXX1000003,1.2.6,yes,Imaging office,,
				sent,06/11/2026,RXX1000004,1.2.7,no,Imaging office,Bradford,
				""");
		CliRun loaded = CliRun.run(SECRETS, new String[] { "--db", db, "--create", "load-media", csv.toString() });
		assertEquals(Cli.WARNINGS, loaded.code(), loaded.err());
		assertTrue(loaded.out().contains("added 2, refused 2"), loaded.out());
		assertTrue(loaded.err().contains("media.csv line 4, column recipient"), loaded.err());
		assertTrue(loaded.err().contains("media.csv line 5, column encrypted"), loaded.err());
	}
}
