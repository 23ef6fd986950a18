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
		if (committedBatches + 1 == failBatch) {
			throw new StoreException("simulated: the disk holding the database is full");
		}
		BatchResult result = real.commitBatch(importId, events, quarantined, position);
		committedBatches++;
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

	@Override
	public List<StoredEvent> page(EventFilter filter, EventOrder order, long offset, int limit) {
		return real.page(filter, order, offset, limit);
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
