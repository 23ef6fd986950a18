package org.custodian.audit.core;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.custodian.audit.core.read.AuditReaders;
import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.BatchResult;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The one import pipeline for every audit format: reads records through an {@link AuditRecordReader},
 * commits them in batches (each batch one transaction, so a crash loses no committed batch and a rerun
 * duplicates nothing), reports progress in bytes and stops cleanly when cancelled. Holds at most one batch
 * of events in memory.
 */
public final class AuditLogImporter {
	public static final int DEFAULT_BATCH = 5000;
	private static final int PROGRESS_TICKS = 1000;

	private final AccessEventStore store;
	private final int batchSize;

	public AuditLogImporter(AccessEventStore store) {
		this(store, DEFAULT_BATCH);
	}

	public AuditLogImporter(AccessEventStore store, int batchSize) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch size " + batchSize + " < 1");
		}
		this.store = Objects.requireNonNull(store, "store");
		this.batchSize = batchSize;
	}

	/**
	 * Imports a file, choosing the reader by its content ({@link AuditReaders}).
	 *
	 * @throws AuditImportException if the file cannot be read or is not an audit trail
	 */
	public ImportReport importFile(Path file, IProgressMonitor monitor) {
		AuditRecordReader reader;
		try {
			reader = AuditReaders.open(file);
		} catch (NoSuchFileException e) {
			throw new AuditImportException(file + " does not exist.", e);
		} catch (IOException e) {
			throw new AuditImportException(file + " cannot be read: " + e.getMessage(), e);
		}
		try (reader) {
			return importFrom(reader, file.getFileName().toString(), file.toAbsolutePath().toString(), monitor);
		} catch (IOException e) {
			throw new AuditImportException(file + " could not be closed after reading: " + e.getMessage(), e);
		}
	}

	/**
	 * Imports everything a reader yields as one run. The reader is not closed.
	 *
	 * @param name     the source's short name for reports and the quarantine (a file name)
	 * @param location where the source is, recorded with the run (a full path, a receiver's address)
	 */
	public ImportReport importFrom(AuditRecordReader reader, String name, String location,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + name, PROGRESS_TICKS);
		Run run = new Run(store.beginImport(location, reader.format()), name);
		try {
			int ticks = 0;
			for (AuditRecord record = reader.next(); record != null; record = reader.next()) {
				if (progress.isCanceled()) {
					return run.finish(ImportRun.CANCELLED);
				}
				run.add(record);
				if (run.pending() >= batchSize) {
					run.commit();
					progress.subTask(run.imported + " events imported from " + name);
				}
				int done = ticks(reader);
				if (done > ticks) {
					progress.worked(done - ticks);
					ticks = done;
				}
			}
			if (progress.isCanceled()) {
				return run.finish(ImportRun.CANCELLED);
			}
			run.commit();
			progress.worked(ticks(reader) - ticks);
			return run.finish(ImportRun.COMPLETED);
		} catch (IOException e) {
			run.fail(e);
			String message = String.valueOf(e.getMessage());
			throw new AuditImportException(message.contains(name) ? message
					: name + " could not be read to the end (" + message + "); what was imported before is kept.", e);
		} catch (RuntimeException e) {
			run.fail(e);
			throw e;
		}
	}

	private static int ticks(AuditRecordReader reader) {
		long total = reader.totalBytes();
		return total <= 0 ? 0 : (int) Math.min(PROGRESS_TICKS, reader.bytesRead() * PROGRESS_TICKS / total);
	}

	/** One import run: the batch being collected, the totals committed so far and the first problems. */
	private final class Run {
		final long id;
		final String name;
		final List<AccessEvent> events = new ArrayList<>();
		final List<QuarantinedRecord> quarantined = new ArrayList<>();
		final List<QuarantinedRecord> firstProblems = new ArrayList<>();
		String lastPosition;
		long imported;
		long duplicates;
		long problems;

		Run(long id, String name) {
			this.id = id;
			this.name = name;
		}

		void add(AuditRecord record) {
			lastPosition = record.position();
			switch (record) {
			case AuditRecord.Event e -> events.add(e.event());
			case AuditRecord.Quarantined q -> quarantined.add(q.record());
			}
		}

		int pending() {
			return events.size() + quarantined.size();
		}

		void commit() {
			if (pending() == 0) {
				return;
			}
			BatchResult result = store.commitBatch(id, events, quarantined, lastPosition);
			imported += result.inserted();
			duplicates += result.duplicates();
			problems += result.quarantined();
			for (QuarantinedRecord q : quarantined) {
				if (firstProblems.size() < ImportReport.MAX_PROBLEMS) {
					firstProblems.add(q);
				}
			}
			events.clear();
			quarantined.clear();
		}

		/** Ends the run; records read since the last commit are dropped (a rerun reads them again). */
		ImportReport finish(String status) {
			store.finishImport(id, status);
			return new ImportReport(id, name, imported, duplicates, problems, status, firstProblems);
		}

		void fail(Exception cause) {
			try {
				store.finishImport(id, ImportRun.FAILED);
			} catch (RuntimeException e) {
				cause.addSuppressed(e);
			}
		}
	}
}
