package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate-trust} writes the synthetic trust's feeds without a database or secrets. */
class GenerateTrustCliTest {
	private static final Map<String, String> NO_ENV = Map.of();

	@TempDir
	Path temp;

	@Test
	void writesEveryFileAndPrintsTheCountsWithoutOpeningADatabase() throws Exception {
		Path db = temp.resolve("db");
		Path out = temp.resolve("trust");
		CliRun run = CliRun.run(NO_ENV, "", new String[] { "--db", db.toString(), "generate-trust", out.toString(),
				"--accesses", "2000", "--seed", "5" });
		assertEquals(0, run.code(), run.err());
		for (String f : new String[] { "esr_staff_export.csv", "staff.csv", "accounts.csv", "leavers.csv",
				"workstations.csv", "pas_adt.hl7", "pas_stays.hl7", "locations.csv", "patients.csv", "flags.csv", "ris.hl7", "care.csv",
				"media_register.csv", "pacs_audit.xml", "truth.csv", "manifest.txt" }) {
			assertTrue(Files.size(out.resolve(f)) > 0, f);
			assertTrue(run.out().contains(f) || f.equals("manifest.txt"), run.out());
		}
		assertFalse(Files.exists(db), "no database is created or opened");
	}

	@Test
	void refusesAMissingFolderOrABadSeed() {
		CliRun none = CliRun.run(NO_ENV, "", new String[] { "generate-trust" });
		assertEquals(2, none.code());
		assertTrue(none.err().contains("missing the folder"), none.err());
		CliRun seed = CliRun.run(NO_ENV, "", new String[] { "generate-trust", temp.toString(), "--seed", "x" });
		assertEquals(2, seed.code());
		assertTrue(seed.err().contains("--seed needs a whole number"), seed.err());
	}
}
