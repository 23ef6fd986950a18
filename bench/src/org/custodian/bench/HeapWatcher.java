package org.custodian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Watches the heap from a background thread while an import runs. "Used" heap right after a full GC is what
 * the import really holds (its batch, the reader's message buffer, Derby's page cache); used heap between
 * collections also counts garbage not collected yet and mostly shows how lazy the collector is with a 1 GB
 * heap. So the watcher forces a GC every {@code gcEveryMillis} (never during timed runs: it slows the
 * import) and keeps the highest post-GC figure, and samples the plain figure every 10 ms as well.
 */
final class HeapWatcher implements AutoCloseable {
	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private final Thread thread;
	private final long gcEveryMillis;
	private volatile boolean running = true;
	private volatile long peakUsed;
	private volatile long peakLive;
	private volatile int liveSamples;

	/** @param gcEveryMillis how often to force a GC and sample live heap; 0 for never */
	HeapWatcher(long gcEveryMillis) {
		this.gcEveryMillis = gcEveryMillis;
		thread = new Thread(this::watch, "heap-watcher");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Heap in use after full collections, now: collects until the figure stops falling (objects freed by one
	 * collection, such as those with cleaners, may only go in the next), at most five times.
	 */
	static long liveHeap() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			long now = MEMORY.getHeapMemoryUsage().getUsed();
			if (now >= used - (1 << 20)) {
				return Math.min(now, used);
			}
			used = now;
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return used;
	}

	static long maxHeap() {
		return MEMORY.getHeapMemoryUsage().getMax();
	}

	private void watch() {
		long nextGc = System.nanoTime() + gcEveryMillis * 1_000_000;
		while (running) {
			peakUsed = Math.max(peakUsed, MEMORY.getHeapMemoryUsage().getUsed());
			if (gcEveryMillis > 0 && System.nanoTime() >= nextGc) {
				System.gc();
				peakLive = Math.max(peakLive, MEMORY.getHeapMemoryUsage().getUsed());
				liveSamples++;
				nextGc = System.nanoTime() + gcEveryMillis * 1_000_000;
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** Highest heap in use seen, garbage included. */
	long peakUsed() {
		return peakUsed;
	}

	/** Highest heap in use right after a forced GC. */
	long peakLive() {
		return peakLive;
	}

	int liveSamples() {
		return liveSamples;
	}

	@Override
	public void close() {
		running = false;
		try {
			thread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
