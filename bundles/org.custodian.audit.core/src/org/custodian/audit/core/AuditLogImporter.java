package org.custodian.audit.core;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.custodian.audit.core.read.AuditFormat;
import org.custodian.audit.core.read.AuditReaders;
import org.custodian.audit.core.read.CsvColumnMapping;
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
 * duplicates nothing), reports progress in bytes and stops cleanly when cancelled.
 * <p>
 * Reading and storing overlap: while one batch is committed on a thread of its own ({@link Committer}), the
 * caller's thread reads and parses the next. The hand-off holds one batch, so at most two batches of events
 * are in memory (the one being stored and the one being read) whatever the file's size, and the batches are
 * committed one after the other, in the file's order.
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
		return importFile(file, null, CsvColumnMapping.builtIn(), monitor);
	}

	/**
	 * Imports a file in the given format.
	 *
	 * @param format  the format, or null to tell it from the content
	 * @param mapping the column mapping, for a CSV file
	 * @throws AuditImportException if the file cannot be read or is not an audit trail of the format
	 */
	public ImportReport importFile(Path file, AuditFormat format, CsvColumnMapping mapping, IProgressMonitor monitor) {
		AuditRecordReader reader;
		try {
			reader = AuditReaders.open(file, format, mapping);
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
		Run run = begin(name, location, reader.format());
		// the committer is closed (its last batch stored or failed) before the run's end is recorded below
		try (Committer committer = new Committer(run)) {
			int ticks = 0;
			for (AuditRecord record = reader.next(); record != null; record = reader.next()) {
				if (progress.isCanceled()) {
					committer.finish();
					return run.finish(ImportRun.CANCELLED);
				}
				run.add(record);
				if (run.pending() >= batchSize) {
					committer.finish();
					// cancelled while the previous batch was stored: the batch just read is dropped, as a
					// cancellation drops what was read since the last commit (a rerun reads it again)
					if (progress.isCanceled()) {
						return run.finish(ImportRun.CANCELLED);
					}
					committer.start(run.take());
					progress.subTask(run.imported + " events imported from " + name);
				}
				int done = ticks(reader);
				if (done > ticks) {
					progress.worked(done - ticks);
					ticks = done;
				}
			}
			committer.finish();
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

	/**
	 * Starts a run for a source that is not read through {@link #importFrom} (a live receiver): the caller
	 * adds records, commits when it wants a batch stored, and finishes the run.
	 */
	public Run begin(String name, String location, String format) {
		return new Run(store.beginImport(location, format), name);
	}

	/** The records of one batch and the position of its last record. */
	record Batch(List<AccessEvent> events, List<QuarantinedRecord> quarantined, String position) {
	}

	/**
	 * One import run: the batch being collected, the totals committed so far and the first problems. Used by
	 * one thread at a time (the {@link Committer} stores batches while the reading thread waits for it at
	 * {@link Committer#finish}).
	 */
	public final class Run {
		final long id;
		final String name;
		List<AccessEvent> events = new ArrayList<>();
		List<QuarantinedRecord> quarantined = new ArrayList<>();
		final List<QuarantinedRecord> firstProblems = new ArrayList<>();
		String lastPosition;
		// written by the thread that commits, read by others for live counts
		volatile long imported;
		volatile long duplicates;
		volatile long problems;

		Run(long id, String name) {
			this.id = id;
			this.name = name;
		}

		/** Adds a record to the batch. */
		public void add(AuditRecord record) {
			lastPosition = record.position();
			switch (record) {
			case AuditRecord.Event e -> {
				String problem = e.event().overlongIdentifier();
				if (problem == null) {
					events.add(e.event());
				} else {
					// cut to the column's width, it would name another patient or user
					quarantined.add(new QuarantinedRecord(name, record.position(),
							recordName(record.position()) + " cannot be read: " + problem + ".", e.event().toString()));
				}
			}
			case AuditRecord.Quarantined q -> quarantined.add(q.record());
			}
		}

		/** "Message 3" from "message 3 at byte 120, line 4"; "Line 5" from "line 5, column x". */
		private static String recordName(String position) {
			String[] words = position.split("[ ,]+", 3);
			String name = words.length >= 2 ? words[0] + " " + words[1] : position;
			return name.isEmpty() ? "A record" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}

		/** Events stored so far. */
		public long imported() {
			return imported;
		}

		/** Events found already stored so far. */
		public long duplicates() {
			return duplicates;
		}

		/** Records quarantined so far. */
		public long quarantined() {
			return problems;
		}

		/** Records added since the last commit. */
		public int pending() {
			return events.size() + quarantined.size();
		}

		/** Stores the batch in one transaction (nothing when it is empty). */
		public void commit() {
			if (pending() == 0) {
				return;
			}
			store(take());
		}

		/** Hands over the records added since the last commit and starts a new batch. */
		Batch take() {
			Batch batch = new Batch(events, quarantined, lastPosition);
			events = new ArrayList<>(batch.events().size());
			quarantined = new ArrayList<>();
			return batch;
		}

		/** Stores a batch taken earlier; batches of one run are stored one at a time, in order. */
		void store(Batch batch) {
			BatchResult result = store.commitBatch(id, batch.events(), batch.quarantined(), batch.position());
			imported += result.inserted();
			duplicates += result.duplicates();
			problems += result.quarantined();
			for (QuarantinedRecord q : batch.quarantined()) {
				if (firstProblems.size() < ImportReport.MAX_PROBLEMS) {
					firstProblems.add(q);
				}
			}
		}

		/** Ends the run; records read since the last commit are dropped (a rerun reads them again). */
		public ImportReport finish(String status) {
			store.finishImport(id, status);
			return new ImportReport(id, name, imported, duplicates, problems, status, firstProblems);
		}

		public void fail(Exception cause) {
			try {
				store.finishImport(id, ImportRun.FAILED);
			} catch (RuntimeException e) {
				cause.addSuppressed(e);
			}
		}
	}
}
