package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.cli.OsgiServices;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retention scan NODE} against a real Orthanc on loopback: the studies of the date range are found,
 * retrieved and read, and the scratch copies are gone afterwards.
 */
class RetentionNodeCliTest {
	private static final String AE = "CUSTODIAN";

	@TempDir
	Path dir;

	@Test
	void theStudiesOfTheDateRangeAreRetrievedAndDated() throws Exception {
		DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
		Instance inRange = DcmtkFiles.newInstance("P-NODE1", "CT", "20150610");
		Instance outside = DcmtkFiles.newInstance("P-NODE2", "CT", "20190101");
		try (OrthancServer pacs = OrthancServer.start(Files.createDirectories(dir.resolve("pacs")), AE)) {
			pacs.load(AE, files.file(inRange, Variant.EXPLICIT_LITTLE), files.file(outside, Variant.EXPLICIT_LITTLE));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int code = new Cli(new OsgiServices(), new ByteArrayInputStream(new byte[0]),
					new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
					Map.of()).run("--db", dir.resolve("no-db").toString(), "retention", "scan", pacs.node().toString(),
							"--from", "2015-01-01", "--to", "2015-12-31", "--timeout", "60");
			String text = out.toString(StandardCharsets.UTF_8);
			assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
			List<String> lines = text.lines().toList();
			assertEquals(2, lines.size(), text);
			assertTrue(lines.get(1).startsWith(inRange.studyInstanceUid()
					+ ",P-NODE1,archive,1970-07-04,2015-06-10,CT,ADULT,ADULT=2015-06-10,2023-06-10,"), lines.get(1));
			assertTrue(Files.notExists(dir.resolve("no-db")));
		}
	}
}
