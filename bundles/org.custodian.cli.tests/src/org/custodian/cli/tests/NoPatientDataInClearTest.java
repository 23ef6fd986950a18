package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.custodian.cli.Cli;
import org.custodian.testing.ReliabilityFigures;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No patient identifier is readable outside the encrypted database: events with distinctive patient numbers and
 * names are imported in every format (with bad records among them, whose text goes to the quarantine), the
 * reference feeds name the same patients, alerts and a timeline are read; then every file under the database
 * folder, Derby's log, the console's log, every file the run left in the temporary folder and the evidence
 * folder are searched for the identifiers as UTF-8 and UTF-16 text. The command's own messages about bad
 * records name their position, never their content.
 */
class NoPatientDataInClearTest {
		private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "privacy boot password",
			"CUSTODIAN_PASSWORD", "privacy password");
	private static final String PATIENT = "9990017734";
	private static final String OTHER = "9990042261";
	private static final String FAMILY = "QUIXOTICAL";
	private static final String GIVEN = "ZEBEDIAH";
	private static final List<String> SECRETS_SOUGHT = List.of(PATIENT, OTHER, FAMILY, GIVEN);

	@TempDir
	Path dir;

	private CliRun cli(String... args) {
		return CliRun.run(SECRETS, CliRun.on(dir.resolve("data/db"), args));
	}

	private static String xml(String time, String patient, String name) {
		return "<AuditMessage><EventIdentification EventActionCode=\"R\" EventDateTime=\"" + time
				+ "\" EventOutcomeIndicator=\"0\"><EventID csd-code=\"110104\"/></EventIdentification>"
				+ "<ActiveParticipant UserID=\"rad.jones\" UserIsRequestor=\"true\" NetworkAccessPointID=\"10.1.1.1\"/>"
				+ "<AuditSourceIdentification AuditSourceID=\"PACS_MAIN\"/>"
				+ "<ParticipantObjectIdentification ParticipantObjectID=\"" + patient
				+ "\" ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\"><ParticipantObjectName>" + name
				+ "</ParticipantObjectName></ParticipantObjectIdentification></AuditMessage>\n";
	}

	private Path input(String name, String content) throws IOException {
		return Files.writeString(Files.createDirectories(dir.resolve("inputs")).resolve(name), content);
	}

	@Test
	void patientIdentifiersAreNeverWrittenInClear() throws Exception {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		FileTime start = FileTime.from(Instant.now().minusSeconds(2));
		String name = FAMILY + "^" + GIVEN;
		List<CliRun> runs = new ArrayList<>();

		runs.add(cli("--create", "import", input("audit.xml", xml("2026-03-01T10:00:00Z", PATIENT, name)
				+ xml("2026-03-01T10:05:00Z", OTHER, name) + xml("2026-02-30T10:00:00Z", PATIENT, name)
				+ xml("2026-03-01T10:07:00Z", PATIENT, name).replace("</EventIdentification>", "")).toString()));
		runs.add(cli("import", input("audit.log", "<85>1 2026-03-02T09:00:00Z pacs01 PACS 1 IHE+RFC-3881 - "
				+ xml("2026-03-02T09:00:00Z", PATIENT, name).strip() + "\n<85>1 broken header " + PATIENT + " " + name
				+ "\n").toString()));
		runs.add(cli("import", input("audit.ndjson", "{\"resourceType\":\"AuditEvent\",\"type\":{\"system\":"
				+ "\"http://dicom.nema.org/resources/ontology/DCM\",\"code\":\"110104\"},\"action\":\"R\","
				+ "\"recorded\":\"2026-03-03T09:00:00Z\",\"outcome\":\"0\",\"agent\":[{\"who\":{\"identifier\":{\"value\":"
				+ "\"rad.jones\"}},\"requestor\":true}],\"entity\":[{\"what\":{\"reference\":\"Patient/" + PATIENT
				+ "\",\"display\":\"" + name + "\"}}]}\n{\"resourceType\":\"AuditEvent\",\"recorded\":\"yesterday\",\"entity\":[{\"what\":"
				+ "{\"reference\":\"Patient/" + PATIENT + "\",\"display\":\"" + name + "\"}}]}\n").toString()));
		runs.add(cli("import", input("audit.csv", "time,event,user_id,patient_id,patient_name\n"
				+ "2026-03-04T09:00:00Z,110104,rad.jones," + PATIENT + "," + name + "\n"
				+ "not a time,110104,rad.jones," + PATIENT + "," + name + "\n").toString()));
		runs.add(cli("load-care", input("care.csv", "patient_id,accession,department,study_date\n" + PATIENT
				+ ",ACC1,Radiology,2026-03-01\n" + OTHER + ",ACC2,Radiology,2026-02-30\n").toString()));
		runs.add(cli("load-flags", input("flags.csv", "patient_id,category,reason\n" + PATIENT + ",VIP,"
				+ FAMILY + " is a public figure\n").toString()));
		runs.add(cli("alerts"));
		CliRun timeline = cli("timeline", "--patient", PATIENT);
		assertEquals(Cli.OK, timeline.code(), timeline.err());
		assertTrue(timeline.out().contains(PATIENT), "the timeline asked for shows the patient: " + timeline.out());
		CliRun events = cli("events", "--patient", PATIENT);
		assertTrue(events.out().contains(name), "the events are stored: " + events.out());

		// the commands' messages about bad records give positions, not content
		for (CliRun r : runs) {
			for (String s : SECRETS_SOUGHT) {
				assertTrue(!r.err().contains(s), "a message names a patient (" + s + "):\n" + r.err());
			}
		}
		assertTrue(runs.get(0).err().contains("audit.xml message 3 at byte"), runs.get(0).err());

		List<Path> searched = new ArrayList<>();
		try (Stream<Path> all = Files.walk(dir.resolve("data"))) {
			all.filter(Files::isRegularFile).forEach(searched::add);
		}
		int databaseFiles = searched.size();
		// where the store pointed Derby's log (DerbyLog), else where the test runtime asked for it
		String derbyLog = System.getProperty("custodian.derby.log", System.getProperty("derby.stream.error.file"));
		if (derbyLog != null && Files.isRegularFile(Path.of(derbyLog))) {
			searched.add(Path.of(derbyLog));
		}
		Path consoleLog = Platform.getLogFileLocation() == null ? null : Platform.getLogFileLocation().toFile().toPath();
		if (consoleLog != null && Files.isRegularFile(consoleLog)) {
			searched.add(consoleLog);
		}
		Set<Path> tmpAfter = files(tmp, dir, start);
		searched.addAll(tmpAfter);

		List<String> found = new ArrayList<>();
		for (Path f : searched) {
			byte[] content;
			try {
				content = Files.readAllBytes(f);
			} catch (java.nio.file.NoSuchFileException e) {
				continue; // another program's temporary file, gone since the folder was listed
			}
			for (String s : SECRETS_SOUGHT) {
				for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
					if (indexOf(content, s.getBytes(cs)) >= 0) {
						found.add(f + " holds " + s + " in " + cs);
					}
				}
			}
		}
		assertEquals(List.of(), found, "patient identifiers in clear");
		assertTrue(databaseFiles > 10, "the database folder was searched: " + databaseFiles + " files");

		ReliabilityFigures.write("privacy", """
				### No patient identifier in clear

				`NoPatientDataInClearTest`: events of two distinctive patients (NHS-number-like identifiers and a \
				made-up name) imported as DICOM XML, syslog, FHIR and CSV, each file with bad records that go to the \
				quarantine; the care feed and the flag list loaded with the same patients; alerts, a timeline and an \
				event listing read. Then %d files were searched for the identifiers and the name as UTF-8, UTF-16LE \
				and UTF-16BE: %d files of the database folder (data, log, temporary and evidence files beside it), \
				Derby's log%s, the console's log%s, and %d files written to the temporary folder while the test ran \
				(by the run or by any other program on the machine). Found: %s. \
				The messages about bad records name their position, never the patient.
				""".formatted(searched.size(), databaseFiles, derbyLog != null ? "" : " (none written)",
				consoleLog != null && Files.isRegularFile(consoleLog) ? "" : " (none written)", tmpAfter.size(),
				found.isEmpty() ? "nothing" : found.toString()));
	}

	/**
	 * Regular files under a folder (not following links) changed since {@code since}, leaving out one subtree and
	 * what cannot be read (other processes' files).
	 */
	private static Set<Path> files(Path root, Path except, FileTime since) throws IOException {
		Set<Path> files = new HashSet<>();
		Files.walkFileTree(root, Set.of(), 8, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
				return d.startsWith(except) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && attrs.lastModifiedTime().compareTo(since) >= 0
						&& attrs.size() < 256L << 20 && Files.isReadable(f)) {
					files.add(f);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path f, IOException e) {
				return FileVisitResult.CONTINUE;
			}
		});
		return files;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
