package org.custodian.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.custodian.audit.core.AuditRecord;
import org.custodian.audit.core.read.DicomAuditReader;
import org.custodian.store.AccessEvent;

/**
 * The benchmarks behind docs/PERFORMANCE.md, run by {@code ./dev bench} (bench/run compiles this against the
 * built product's jars and starts it with a fixed heap). Prints a Markdown report on standard output and its
 * progress on standard error. Every figure is the median of {@code --reps} runs after a warm-up, next to a
 * baseline measured in the same process, because the machine may be busy with other builds: the ratio
 * travels better than the absolute figure. Timings live here, never in unit tests.
 */
public final class Bench {
	private static final long STARTED = System.nanoTime();

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			if (!e.getMessage().isEmpty()) {
				System.err.println("bench: " + e.getMessage());
			}
			System.err.print(Options.USAGE);
			System.exit(e.getMessage().isEmpty() ? 0 : 2);
			return;
		}
		Path work = options.workDir != null ? Files.createDirectories(options.workDir)
				: Files.createTempDirectory("custodian-bench");
		try {
			System.out.print(run(options, work).markdown());
		} finally {
			if (!options.keep) {
				FreshDatabase.delete(work);
			}
		}
	}

	private static Report run(Options options, Path work) throws IOException, SQLException {
		Report report = new Report();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		int n = options.events;

		SyntheticTrail trail = new SyntheticTrail(n, options.seed);
		SyntheticTrail warmTrail = new SyntheticTrail(options.warmup, options.seed + 1);
		Path file = work.resolve("audit.xml");
		Path warmFile = work.resolve("audit-warmup.xml");
		progress("writing a DICOM audit file of " + n + " events to " + file);
		trail.write(file);
		warmTrail.write(warmFile);
		checkTrail(trail, file);

		IngestBench ingest = new IngestBench(options, work);
		String derby;
		try (FreshDatabase imported = ingest.run(trail, file, warmTrail, warmFile)) {
			try (Connection c = imported.connection()) {
				derby = c.getMetaData().getDatabaseProductVersion();
				c.commit();
			}
			TimelineBench timelines = new TimelineBench(options, imported, trail);
			timelines.run();
			ingest.reportImport(report, n);
			WhereTimeGoes where = new WhereTimeGoes(options, work);
			where.pipeline(file, warmFile);
			if (options.diagnostics) {
				where.inserts(trail);
				where.batchProfile(file);
			}
			where.report(report, n, ingest);
			ingest.reportReimport(report, n);
			timelines.report(report);
		}
		if (options.memoryEvents > 0) {
			MemoryBench memory = new MemoryBench(work);
			memory.run(options.memoryEvents, options.seed + 2);
			memory.report(report);
		}

		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long fileBytes = Files.size(file);
		report.fact("Date", ZonedDateTime.now(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
				+ " UTC, run took " + Math.round((System.nanoTime() - STARTED) / 60e9) + " min");
		report.fact("Machine", Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
				+ System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch") + String.format(Locale.ROOT,
						", load average %.2f at start, %.2f at end", loadBefore, loadAfter));
		report.fact("Java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
				+ ", heap " + Stats.mib(HeapWatcher.maxHeap()) + " fixed ("
				+ ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X"))
						.collect(Collectors.joining(" "))
				+ "), GC " + ManagementFactory.getGarbageCollectorMXBeans().stream()
						.map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + ")));
		report.fact("Database", "Apache Derby " + derby + ", embedded, AES-256 encrypted, created by DerbyDatabase"
				+ " + MigrationRunner (ACCESS_EVENT with its primary key, unique CONTENT_HASH and three newest-first"
				+ " indexes); " + Stats.mib(ingest.databaseBytes) + " on disk after " + Stats.count(n) + " events");
		report.fact("Code measured", jarName(org.custodian.store.internal.events.DerbyAccessEventStore.class) + ", "
				+ jarName(org.custodian.audit.core.AuditLogImporter.class) + " (the built product's plugins)");
		report.fact("Input", String.format(Locale.ROOT,
				"%,d events, one DICOM PS3.15 audit message each, %s (%,d bytes per message), %d staff, %,d patients",
				n, Stats.mib(fileBytes), fileBytes / n, SyntheticTrail.STAFF, trail.patients()));
		report.fact("Method", (options.reps == 1 ? "one run (no median)" : "median of " + options.reps + " runs")
				+ " after a warm-up (" + Stats.count(options.warmup) + " events, not reported); baselines run in the"
				+ " same process, interleaved with the measured runs; ingest ratios are medians of the ratios within"
				+ " each repetition");
		return report;
	}

	/**
	 * The raw baseline inserts rows built from the trail directly; this proves they are the rows the reader
	 * makes of the file, so both sides of the ratio store the same data.
	 */
	private static void checkTrail(SyntheticTrail trail, Path file) throws IOException {
		try (DicomAuditReader reader = DicomAuditReader.open(file)) {
			for (int i = 0; i < Math.min(trail.events(), 2000); i++) {
				AuditRecord record = reader.next();
				AccessEvent expected = trail.event(i);
				if (!(record instanceof AuditRecord.Event e) || !e.event().equals(expected)) {
					throw new IllegalStateException("message " + (i + 1) + " reads as " + record + ", not " + expected);
				}
			}
		}
	}

	private static String jarName(Class<?> c) {
		try {
			return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
		} catch (Exception e) {
			return c.getName();
		}
	}

	static String cpuModel() {
		try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
					.findFirst().orElse("unknown CPU");
		} catch (IOException | RuntimeException e) {
			return "unknown CPU";
		}
	}

	/** A progress line on standard error, with the time since start. */
	static void progress(String message) {
		System.err.printf(Locale.ROOT, "[%5.0f s] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
	}
}
