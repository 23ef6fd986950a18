package org.custodian.audit.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stores an import's batches on a thread of its own, one at a time, so that the importing thread reads and
 * parses the next batch meanwhile (about a fifth of an import's time, which would otherwise add to the
 * database's). The hand-off holds one batch: {@link #start} is only called after {@link #finish}, so the
 * reader is never more than one batch ahead and memory stays bounded.
 * <p>
 * A batch is stored by the same store call as without the thread (one transaction), so a killed import still
 * loses no committed batch and a rerun still duplicates nothing; closing waits for the batch being stored, so
 * a run's end is recorded only after its last batch.
 */
final class Committer implements AutoCloseable {
	private final AuditLogImporter.Run run;
	private final ExecutorService thread;
	private Future<?> storing;

	Committer(AuditLogImporter.Run run) {
		this.run = run;
		this.thread = Executors.newSingleThreadExecutor(task -> {
			Thread t = new Thread(task, "Import of " + run.name);
			t.setDaemon(true);
			return t;
		});
	}

	/** Starts storing a batch; the previous one must be finished. */
	void start(AuditLogImporter.Batch batch) {
		if (storing != null) {
			throw new IllegalStateException("the previous batch is still being stored");
		}
		storing = thread.submit(() -> run.store(batch));
	}

	/**
	 * Waits until the batch being stored (if any) is committed, and throws what its store call threw. Waits
	 * through interrupts: the batch's transaction runs to its end either way, and the run's totals must
	 * include it before anything else is recorded.
	 */
	void finish() {
		Future<?> batch = storing;
		if (batch == null) {
			return;
		}
		storing = null;
		boolean interrupted = false;
		try {
			while (true) {
				try {
					batch.get();
					return;
				} catch (InterruptedException e) {
					interrupted = true;
				} catch (ExecutionException e) {
					if (e.getCause() instanceof RuntimeException r) {
						throw r;
					}
					if (e.getCause() instanceof Error err) {
						throw err;
					}
					throw new IllegalStateException(e.getCause());
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void close() {
		try {
			finish();
		} finally {
			thread.shutdown();
		}
	}
}
