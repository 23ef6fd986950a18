package org.custodian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.custodian.cli.Cli;
import org.custodian.testing.ReliabilityFigures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of malformed input the importers meet, one row each ({@link MalformedInputs#all()}), through
 * custodian-cli against the real services and one encrypted database: each must give a clear error naming the
 * record and where it is (or, for a file that cannot be read at all, the file and why), and every good record
 * around it must be kept. The figures of the last run go to docs/RELIABILITY.md through {@code ./dev reliability}.
 */
class MalformedInputTest {
		private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD", "malformed boot password",
			"CUSTODIAN_PASSWORD", "malformed password");
	private static final Pattern AUDIT = Pattern.compile("imported (\\d+), duplicates (\\d+), quarantined (\\d+)");
	private static final Pattern PEOPLE = Pattern.compile("added (\\d+), updated (\\d+), refused (\\d+)");
	private static final Pattern FEED = Pattern.compile("read (\\d+), added (\\d+), refused (\\d+)");
	private static final Pattern DICOM = Pattern.compile("(\\d+) DICOM objects");
	/** Table rows of the kinds that passed, in the table's order. */
	private static final Map<Integer, String> ROWS = new java.util.concurrent.ConcurrentSkipListMap<>();
	private static final AtomicInteger KEPT = new AtomicInteger();
	private static final AtomicInteger REFUSED = new AtomicInteger();

	@TempDir
	static Path dir;

	static CliRun cli(String... args) {
		return CliRun.run(SECRETS, CliRun.on(dir.resolve("db"), args));
	}

	@BeforeAll
	static void createDatabaseWithStaff() throws Exception {
		Path staff = Files.writeString(dir.resolve("staff.csv"), """
				staff_number,given_name,family_name,group,employment,start_date
				E1,Ann,Archer,Radiology,permanent,2020-01-01
				E2,Bob,Baker,Radiology,agency,2020-01-01
				""");
		CliRun created = cli("--create", "load-staff", staff.toString());
		assertEquals(Cli.OK, created.code(), created.err());
	}

	static Stream<MalformedInputs.Kind> kinds() {
		return MalformedInputs.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void eachKindGivesAClearErrorAndKeepsEveryGoodRecord(MalformedInputs.Kind kind) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("case-" + kind.id()));
		List<String> args = kind.input().write(folder);
		CliRun run = cli(args.toArray(String[]::new));
		String said = run.err() + run.out();
		if (!kind.then().isEmpty()) {
			CliRun then = cli(kind.then().toArray(String[]::new));
			said += then.err() + then.out();
		}
		assertEquals(kind.exit(), run.code(), "exit code; output:\n" + said);
		int[] counts = counts(kind.importer(), run);
		assertEquals(kind.kept(), counts[0], "good records kept; output:\n" + said);
		assertEquals(kind.refused(), counts[1], "records refused or quarantined; output:\n" + said);
		for (String words : kind.says()) {
			assertTrue(said.contains(words), "the error should say \"" + words + "\"; output:\n" + said);
		}
		KEPT.addAndGet(counts[0]);
		REFUSED.addAndGet(counts[1]);
		ROWS.put(kind.id(), "| " + kind.importer() + " | " + kind.name() + " | " + counts[0] + " | " + counts[1] + " | "
				+ firstError(said).replace("|", "\\|") + " |");
	}

	/**
	 * Kept and refused records as the command reports them (summed over the files of a load); a file refused whole
	 * counts as one refused.
	 */
	private static int[] counts(String importer, CliRun run) {
		int[] sum = new int[2];
		boolean found = false;
		for (Pattern p : List.of(AUDIT, PEOPLE)) {
			for (Matcher m = p.matcher(run.out()); m.find(); found = true) {
				sum[0] += Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
				sum[1] += Integer.parseInt(m.group(3));
			}
		}
		for (Matcher m = FEED.matcher(run.out()); m.find(); found = true) {
			sum[0] += Integer.parseInt(m.group(2));
			sum[1] += Integer.parseInt(m.group(3));
		}
		for (Matcher m = DICOM.matcher(run.out()); m.find(); found = true) {
			int unreadable = (int) run.out().lines().filter(l -> l.toLowerCase().startsWith("failure,unreadable,")).count();
			sum[0] += Integer.parseInt(m.group(1)) - unreadable;
			sum[1] += unreadable;
		}
		return found ? sum : new int[] { 0, run.code() == Cli.FAILED ? 1 : 0 };
	}

	/** The first line that explains a problem, for the table. */
	private static String firstError(String said) {
		return said.lines().map(String::strip)
				.filter(l -> l.startsWith("quarantined:") || l.startsWith("refused:") || l.startsWith("custodian-cli:")
						|| l.toLowerCase().startsWith("failure,unreadable"))
				.findFirst().map(l -> l.replace(dir.toString() + "/", "")).map(l -> l.length() > 220 ? l.substring(0, 220) + "…" : l)
				.orElse("(none: accepted as valid)");
	}

	@AfterAll
	static void writeFigures() {
		List<String> rows = new ArrayList<>(ROWS.values());
		List<MalformedInputs.Kind> all = MalformedInputs.all();
		long importers = all.stream().map(MalformedInputs.Kind::importer).distinct().count();
		long accepted = all.stream().filter(k -> k.refused() == 0).count();
		ReliabilityFigures.write("malformed", """
				### Malformed input

				`MalformedInputTest`: %d kinds of input across %d importers (%d with a bad record or a file that \
				cannot be read, %d valid but unusual: byte-order marks, and a query whose keys are garbage, which \
				is kept as an access with a note). Each ran through custodian-cli into one encrypted database, with \
				good records before and after the bad one. %d of %d kinds passed: the error names the record and \
				its position (or the file and why it cannot be read at all), and every good record was kept: %d \
				good records kept, %d records quarantined or refused in all.

				| importer | kind | good records kept | quarantined / refused | first error shown |
				|---|---|---:|---:|---|
				%s
				""".formatted(all.size(), importers, all.size() - accepted, accepted, rows.size(), all.size(), KEPT.get(),
				REFUSED.get(), String.join("\n", rows)));
	}
}
