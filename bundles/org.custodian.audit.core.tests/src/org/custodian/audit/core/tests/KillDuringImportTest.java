package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.AuditRecordReader;
import org.custodian.audit.core.read.AuditReaders;
import org.custodian.store.EventFilter;
import org.custodian.store.ImportRun;
import org.custodian.store.StoredEvent;
import org.custodian.testing.ReliabilityFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of a large import, several times, then a rerun: every event of the file is stored
 * exactly once. The import runs in a separate plain JVM ({@link ImportProcess}) that is killed with SIGKILL
 * (exit status 137), once while a batch's transaction is in flight and once just after a commit, so Derby
 * recovers from its log at the next boot each time. After each kill the stored events are a whole number of
 * batches (a batch is never half stored); at the end their count and their content hashes equal the file's.
 */
class KillDuringImportTest {
	private static final int EVENTS = 12_000;
	private static final int BATCH = 1_000;
	private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");
	/** Where each killed run is stopped: on the line announcing batch n going in, or batch n committed. */
	private static final List<String> KILL_AT = List.of("BEGIN 3", "DONE 5", "BEGIN 9");
	private static final Map<String, String> SECRETS = Map.of("CUSTODIAN_BOOT_PASSWORD",
			"audit core tests boot password", "CUSTODIAN_PASSWORD", "audit tests password");

	@TempDir
	Path dir;

	@Test
	void killedThreeTimesMidImportThenRerunStoresEveryEventExactlyOnce() throws Exception {
		Path file = dir.resolve("month.xml");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int n = 0; n < EVENTS; n++) {
				out.write(AuditXml.viewing(T0.plusSeconds(17L * n).toString(), "user" + n % 300, "PAT" + n % 4000,
						"PATIENT^" + n % 4000, "1.2.826.0.1.3680043.2." + n).xml());
			}
		}
		Set<String> source = hashesOf(file);
		assertEquals(EVENTS, source.size(), "the generated events are all different");
		new TestDatabase(dir).shutdown(); // the database the child processes open

		List<String> rows = new ArrayList<>();
		long before = 0;
		for (String killAt : KILL_AT) {
			Child child = run(file, killAt);
			assertEquals(137, child.exit, "killed by SIGKILL (128 + 9); output: " + child.lines);
			long stored = storedCount();
			int done = (int) child.lines.stream().filter(l -> l.startsWith("DONE ")).count();
			assertEquals(0, stored % BATCH, "a batch is stored whole or not at all: " + stored + " events stored");
			assertTrue(stored >= (long) done * BATCH && stored <= (long) (done + 1) * BATCH,
					"every batch reported committed is stored, and at most the one in flight more: " + stored);
			assertTrue(stored >= before, "nothing committed earlier is lost: " + before + " then " + stored);
			rows.add("| kill -9 at `" + killAt + "` | " + done + " | " + String.format("%,d", stored) + " |");
			before = stored;
		}

		Child last = run(file, null);
		assertEquals(0, last.exit, "the rerun completes: " + last.lines);
		String finished = last.lines.get(last.lines.size() - 1);
		assertEquals("FINISHED " + (EVENTS - before) + " " + before + " 0", finished,
				"the rerun adds exactly what was missing and finds the rest already stored");

		Map<String, Integer> statuses = new java.util.TreeMap<>();
		TestDatabase db = new TestDatabase(dir, false);
		try {
			assertEquals(EVENTS, db.events.count(EventFilter.ALL));
			List<String> stored = new ArrayList<>();
			for (long offset = 0; offset < EVENTS; offset += BATCH) {
				for (StoredEvent e : db.events.page(EventFilter.ALL, offset, BATCH)) {
					stored.add(HexFormat.of().formatHex(e.event().contentHash()));
				}
			}
			assertEquals(EVENTS, stored.size());
			assertEquals(EVENTS, new HashSet<>(stored).size(), "no event is stored twice");
			assertEquals(source, new HashSet<>(stored), "the stored events are exactly the file's, field by field");
			// run ids are not consecutive after a crash (Derby hands out identity values in blocks)
			for (long id = 1; id <= (KILL_AT.size() + 1) * 200L; id++) {
				ImportRun run = db.events.importRun(id);
				if (run != null) {
					statuses.merge(run.status(), 1, Integer::sum);
				}
			}
			assertEquals(KILL_AT.size() + 1, statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses.toString());
			assertEquals(1, statuses.get(ImportRun.COMPLETED), statuses.toString());
		} finally {
			db.shutdown();
		}

		ReliabilityFigures.write("kill", """
				### Kill -9 during a large import

				`KillDuringImportTest`: %,d DICOM audit messages (%,d MiB) imported in batches of %,d by a separate \
				plain JVM running `AuditLogImporter` on the encrypted database, killed with SIGKILL (exit status 137) \
				%d times, then run again to the end.

				| round | batches reported committed before the kill | events stored after the kill |
				|---|---:|---:|
				%s
				| rerun to the end | imported %,d, duplicates %,d | %,d |

				Result: %,d events stored, %,d distinct content hashes, equal to the %,d of the source file: \
				nothing lost, nothing duplicated; after every kill a whole number of batches was stored. Import \
				runs recorded: %s (a killed run cannot record its end).
				""".formatted(EVENTS, Files.size(file) >> 20, BATCH, KILL_AT.size(), String.join("\n", rows),
				EVENTS - before, before, EVENTS, EVENTS, EVENTS, EVENTS, statuses));
	}

	/** The content hashes of every event of the file, read with the importer's own reader. */
	private static Set<String> hashesOf(Path file) throws IOException {
		Set<String> hashes = new HashSet<>();
		try (AuditRecordReader reader = AuditReaders.open(file)) {
			for (AuditRecord r = reader.next(); r != null; r = reader.next()) {
				if (r instanceof AuditRecord.Event e) {
					hashes.add(HexFormat.of().formatHex(e.event().contentHash()));
				}
			}
		}
		return hashes;
	}

	private long storedCount() {
		TestDatabase db = new TestDatabase(dir, false);
		try {
			return db.events.count(EventFilter.ALL);
		} finally {
			db.shutdown();
		}
	}

	private record Child(int exit, List<String> lines) {
	}

	/** Runs the import in its own JVM; kills it with SIGKILL when it prints {@code killAt} (never if null). */
	private Child run(Path file, String killAt) throws Exception {
		List<String> command = PlainJvm.command(ImportProcess.class, List.of("ImportProcess$Announcing"),
				dir.resolve("jvm"), dir.resolve("db").toString(), file.toString(), String.valueOf(BATCH));
		ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("child.err").toFile());
		pb.environment().putAll(SECRETS);
		Process p = pb.start();
		// bounded: a child that hangs is killed after five minutes and the test fails on its output
		CompletableFuture.delayedExecutor(5, TimeUnit.MINUTES).execute(p::destroyForcibly);
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				lines.add(line);
				if (killAt != null && (line.equals(killAt) || line.startsWith(killAt + " "))) {
					p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no Derby shutdown
					break;
				}
			}
		}
		if (!p.waitFor(2, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			fail("the import process did not end: " + lines);
		}
		if (killAt != null && lines.stream().noneMatch(l -> l.equals(killAt) || l.startsWith(killAt + " "))) {
			fail("the import ended before " + killAt + ": " + lines + "\n" + Files.readString(dir.resolve("child.err")));
		}
		if (p.exitValue() != 0 && p.exitValue() != 137) {
			fail("the import process failed (" + p.exitValue() + "): " + lines + "\n"
					+ Files.readString(dir.resolve("child.err")));
		}
		return new Child(p.exitValue(), lines);
	}
}
