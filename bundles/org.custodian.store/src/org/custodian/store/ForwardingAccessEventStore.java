package org.custodian.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link AccessEventStore} that hands every call to another: a decorator that watches one thing (counts the
 * batches, announces them, times them) extends it and overrides only that method.
 */
public abstract class ForwardingAccessEventStore implements AccessEventStore {
	private final AccessEventStore delegate;

	protected ForwardingAccessEventStore(AccessEventStore delegate) {
		this.delegate = Objects.requireNonNull(delegate, "delegate");
	}

	/** The store every call goes to. */
	protected final AccessEventStore delegate() {
		return delegate;
	}

	@Override
	public long beginImport(String source, String format) {
		return delegate.beginImport(source, format);
	}

	@Override
	public BatchResult commitBatch(long importId, List<AccessEvent> events, List<QuarantinedRecord> quarantined,
			String position) {
		return delegate.commitBatch(importId, events, quarantined, position);
	}

	@Override
	public void finishImport(long importId, String status) {
		delegate.finishImport(importId, status);
	}

	@Override
	public ImportRun importRun(long importId) {
		return delegate.importRun(importId);
	}

	@Override
	public List<QuarantinedRecord> quarantine(long importId) {
		return delegate.quarantine(importId);
	}

	@Override
	public long count(EventFilter filter) {
		return delegate.count(filter);
	}

	@Override
	public List<StoredEvent> pageAfter(EventFilter filter, EventOrder order, StoredEvent last, long skip, int limit) {
		return delegate.pageAfter(filter, order, last, skip, limit);
	}

	@Override
	public List<StoredEvent> after(long id, int limit) {
		return delegate.after(id, limit);
	}

	@Override
	public List<StoredEvent> byIds(List<Long> ids) {
		return delegate.byIds(ids);
	}

	@Override
	public Map<String, Long> countsByUser(Instant from, Instant to) {
		return delegate.countsByUser(from, to);
	}

	@Override
	public Map<LocalDate, Long> countsByDay(EventFilter filter) {
		return delegate.countsByDay(filter);
	}
}
