package org.custodian.audit.core.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.BatchResult;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.custodian.store.StoreException;
import org.custodian.store.StoredEvent;

/** The real store, counting committed batches, and failing the batch numbered {@link #failBatch} if set. */
final class CountingStore implements AccessEventStore {
	private final AccessEventStore real;
	volatile int committedBatches;
	int failBatch = -1;
	/** The position each batch ended at, in the order the batches reached the store. */
	final List<String> positions = new java.util.concurrent.CopyOnWriteArrayList<>();
	/** The most batches that were being stored at the same time. */
	volatile int mostAtOnce;
	private final java.util.concurrent.atomic.AtomicInteger storing = new java.util.concurrent.atomic.AtomicInteger();

	CountingStore(AccessEventStore real) {
		this.real = real;
	}

	@Override
	public long beginImport(String source, String format) {
		return real.beginImport(source, format);
	}

	@Override
	public BatchResult commitBatch(long importId, List<AccessEvent> events, List<QuarantinedRecord> quarantined,
			String position) {
		int atOnce = storing.incrementAndGet();
		try {
			mostAtOnce = Math.max(mostAtOnce, atOnce);
			positions.add(position);
			if (committedBatches + 1 == failBatch) {
				throw new StoreException("simulated: the disk holding the database is full");
			}
			BatchResult result = real.commitBatch(importId, events, quarantined, position);
			committedBatches++;
			return result;
		} finally {
			storing.decrementAndGet();
		}
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

	@Override
	public List<StoredEvent> pageAfter(EventFilter filter, EventOrder order, StoredEvent last, long skip, int limit) {
		return real.pageAfter(filter, order, last, skip, limit);
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
