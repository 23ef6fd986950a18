package org.custodian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Section 4: the import must hold one message and one batch, not the file (DESIGN.md: nothing loads all
 * events). Imports a file of M and one of 2M events (M = N/4 unless told), each into a fresh database, while
 * a {@link HeapWatcher} forces a GC every second and records the heap still in use. If memory grew with the
 * file, the 2M import would hold about twice what the M import holds; the ratio of the two is the figure.
 * What is held includes Derby's page cache, bounded at 1,000 pages whatever the table's size. Not timed.
 */
final class MemoryBench {
	private static final long GC_EVERY_MILLIS = 1000;

	private final Path work;

	private record Sample(int events, long fileBytes, long before, long peakLive, long peakUsed, int samples) {
		long held() {
			return Math.max(0, peakLive - before);
		}
	}

	private Sample small;
	private Sample large;

	MemoryBench(Path work) {
		this.work = work;
	}

	void run(int events, long seed) throws IOException {
		// a first, small import so that what the first measurement holds is not class loading and JIT state
		measure(new SyntheticTrail(Math.min(events, 5000), seed + 1), "settling, not reported");
		small = measure(new SyntheticTrail(events, seed), "M");
		large = measure(new SyntheticTrail(2 * events, seed), "2M");
	}

	private Sample measure(SyntheticTrail trail, String label) throws IOException {
		int events = trail.events();
		Path file = work.resolve("audit-memory.xml");
		trail.write(file);
		Bench.progress("memory: importing " + events + " events with a GC every second (" + label + ")");
		try (FreshDatabase db = new FreshDatabase(work, "memory")) {
			long before = HeapWatcher.liveHeap();
			try (HeapWatcher watcher = new HeapWatcher(GC_EVERY_MILLIS)) {
				Imports.importFile(db.events(), file);
				return new Sample(events, Files.size(file), before, Math.max(watcher.peakLive(), 0),
						watcher.peakUsed(), watcher.liveSamples());
			}
		} finally {
			Files.delete(file);
		}
	}

	void report(Report report) {
		if (small.samples == 0 || large.samples == 0) {
			report.row("4. Peak live heap during the import", "n/a: an import ended before the first forced GC",
					"—", "—", "does not grow with the file", "— (use a larger --memory-events)");
			return;
		}
		double growth = (double) large.peakLive / Math.max(1, small.peakLive);
		report.row("4. Peak live heap during the import (forced GC every second), " + Stats.count(small.events)
				+ " / " + Stats.count(large.events) + " events",
				Stats.mib(small.peakLive) + " / " + Stats.mib(large.peakLive) + String.format(Locale.ROOT,
						" (%,.0f / %,.0f bytes per event)", (double) small.peakLive / small.events,
						(double) large.peakLive / large.events),
				"size of the audit file: " + Stats.mib(small.fileBytes) + " / " + Stats.mib(large.fileBytes),
				Stats.ratio(growth) + " (2M / M)", "does not grow with the file", growth < 1.25 ? "yes" : "**no**");
		report.note(String.format(Locale.ROOT,
				"Memory detail (M / 2M): live heap before the import, database open, %s / %s, so the import itself"
						+ " held at most %s / %s; highest heap in use including garbage not yet collected %s / %s of"
						+ " the fixed %s; %d / %d post-GC samples.",
				Stats.mib(small.before), Stats.mib(large.before), Stats.mib(small.held()), Stats.mib(large.held()),
				Stats.mib(small.peakUsed), Stats.mib(large.peakUsed), Stats.mib(HeapWatcher.maxHeap()),
				small.samples, large.samples));
	}
}
