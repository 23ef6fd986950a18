package org.custodian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Section 4: the import must hold one message and one batch, not the file (DESIGN.md: nothing loads all
 * events). Imports a file of N and one of 2N events, each into a fresh database, while a {@link HeapWatcher}
 * forces a GC every second and records the heap still in use. If memory grew with the file, the 2N import
 * would hold about twice what the N import holds; the ratio of the two is the figure. Not timed.
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

	void run(SyntheticTrail trail, Path file, long seed) throws IOException {
		small = measure(trail.events(), file);
		SyntheticTrail twice = new SyntheticTrail(trail.events() * 2, seed);
		Path twiceFile = work.resolve("audit-2n.xml");
		Bench.progress("memory: writing a file of " + twice.events() + " events");
		twice.write(twiceFile);
		large = measure(twice.events(), twiceFile);
		Files.delete(twiceFile);
	}

	private Sample measure(int events, Path file) throws IOException {
		Bench.progress("memory: importing " + events + " events with a GC every second (not timed)");
		try (FreshDatabase db = new FreshDatabase(work, "memory")) {
			long before = HeapWatcher.liveHeap();
			try (HeapWatcher watcher = new HeapWatcher(GC_EVERY_MILLIS)) {
				Imports.importFile(db.events(), file);
				return new Sample(events, Files.size(file), before, Math.max(watcher.peakLive(), 0),
						watcher.peakUsed(), watcher.liveSamples());
			}
		}
	}

	void report(Report report) {
		double growth = (double) large.held() / Math.max(1, small.held());
		report.row("4. Heap held by the import (peak after forced GCs, above the heap before it), N / 2N events",
				Stats.mib(small.held()) + " / " + Stats.mib(large.held()) + String.format(Locale.ROOT,
						" (%,.0f / %,.0f bytes per event)", (double) small.held() / small.events,
						(double) large.held() / large.events),
				"audit file: " + Stats.mib(small.fileBytes) + " / " + Stats.mib(large.fileBytes), Stats.ratio(growth)
						+ " (2N / N)",
				"does not grow with the file", growth < 1.5 ? "yes" : "**no**");
		report.note(String.format(Locale.ROOT,
				"Memory detail: live heap before the import %s / %s; highest heap in use including garbage not yet"
						+ " collected %s / %s of the fixed %s (%d / %d post-GC samples).",
				Stats.mib(small.before), Stats.mib(large.before), Stats.mib(small.peakUsed),
				Stats.mib(large.peakUsed), Stats.mib(HeapWatcher.maxHeap()), small.samples, large.samples));
	}
}
