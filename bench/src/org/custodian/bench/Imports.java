package org.custodian.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.BatchResult;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.custodian.store.StoredEvent;
import org.eclipse.core.runtime.NullProgressMonitor;

/** The measured import: exactly what the console's import job does, with a monitor nobody watches. */
final class Imports {
	private Imports() {
	}

	/** A finished import and how long it took. */
	record Timed(ImportReport report, long nanos) {
		double seconds() {
			return nanos / 1e9;
		}
	}

	static Timed importFile(AccessEventStore store, Path file) {
		long start = System.nanoTime();
		ImportReport report = new AuditLogImporter(store).importFile(file, new NullProgressMonitor());
		long nanos = System.nanoTime() - start;
		if (!ImportRun.COMPLETED.equals(report.status()) || report.quarantined() != 0) {
			throw new IllegalStateException("the import did not complete cleanly: " + report);
		}
		return new Timed(report, nanos);
	}

	/**
	 * The real store, with the clock read around each batch: how much of an import is spent in the store (SQL)
	 * and how the batches differ. Only for the diagnostic import, so the measured imports stay exactly what the
	 * console runs.
	 */
	static final class TimingStore implements AccessEventStore {
		private final AccessEventStore real;
		final java.util.ArrayList<Long> batchNanos = new java.util.ArrayList<>();

		TimingStore(AccessEventStore real) {
			this.real = real;
		}

		@Override
		public long beginImport(String source, String format) {
			return real.beginImport(source, format);
		}

		@Override
		public BatchResult commitBatch(long importId, List<AccessEvent> events, List<QuarantinedRecord> quarantined,
				String position) {
			long start = System.nanoTime();
			BatchResult result = real.commitBatch(importId, events, quarantined, position);
			batchNanos.add(System.nanoTime() - start);
			return result;
		}

		@Override
		public void finishImport(long importId, String status) {
			real.finishImport(importId, status);
		}

		@Override
		public ImportRun importRun(long importId) {
			return real.importRun(importId);
		}

		@Override
		public List<QuarantinedRecord> quarantine(long importId) {
			return real.quarantine(importId);
		}

		@Override
		public long count(EventFilter filter) {
			return real.count(filter);
		}

		// no @Override on the two page methods: the class compiles against the store before and after keyset
		// paging, so that the same benchmark can measure both
		public List<StoredEvent> page(EventFilter filter, EventOrder order, long offset, int limit) {
			return real.page(filter, order, offset, limit);
		}

		public List<StoredEvent> pageAfter(EventFilter filter, EventOrder order, StoredEvent last, long skip, int limit) {
			throw new UnsupportedOperationException("only imports are timed through this store");
		}

		@Override
		public List<StoredEvent> after(long id, int limit) {
			return real.after(id, limit);
		}

		@Override
		public List<StoredEvent> byIds(List<Long> ids) {
			return real.byIds(ids);
		}

		@Override
		public Map<String, Long> countsByUser(Instant from, Instant to) {
			return real.countsByUser(from, to);
		}

		@Override
		public Map<LocalDate, Long> countsByDay(EventFilter filter) {
			return real.countsByDay(filter);
		}
	}

	/**
	 * A store that keeps nothing but does the one thing every real batch does before SQL: hash each event.
	 * Importing into it times reading, parsing and hashing alone, the ceiling the pipeline has on this CPU
	 * whatever the database.
	 */
	static final class HashOnlyStore implements AccessEventStore {
		private long sink;

		@Override
		public long beginImport(String source, String format) {
			return 1;
		}

		@Override
		public BatchResult commitBatch(long importId, List<AccessEvent> events, List<QuarantinedRecord> quarantined,
				String position) {
			for (AccessEvent e : events) {
				sink += e.contentHash()[0];
			}
			return new BatchResult(events.size(), 0, quarantined.size());
		}

		@Override
		public void finishImport(long importId, String status) {
		}

		@Override
		public ImportRun importRun(long importId) {
			return null;
		}

		@Override
		public List<QuarantinedRecord> quarantine(long importId) {
			return List.of();
		}

		@Override
		public long count(EventFilter filter) {
			return sink;
		}

		public List<StoredEvent> page(EventFilter filter, EventOrder order, long offset, int limit) {
			return List.of();
		}

		public List<StoredEvent> pageAfter(EventFilter filter, EventOrder order, StoredEvent last, long skip, int limit) {
			return List.of();
		}

		@Override
		public List<StoredEvent> after(long id, int limit) {
			return List.of();
		}

		@Override
		public List<StoredEvent> byIds(List<Long> ids) {
			return List.of();
		}

		@Override
		public Map<String, Long> countsByUser(Instant from, Instant to) {
			return Map.of();
		}

		@Override
		public Map<LocalDate, Long> countsByDay(EventFilter filter) {
			return Map.of();
		}
	}
}
