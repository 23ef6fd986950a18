package org.custodian.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The narrow, indexed access-event table and its import bookkeeping. Writes come in batches, each its own
 * transaction; reads are paged so that nothing ever loads all events.
 */
public interface AccessEventStore {

	/** Starts an import run and returns its id. */
	long beginImport(String source, String format);

	/**
	 * Stores one batch atomically: the new events (those whose content hash is not stored yet, also within
	 * the batch), the quarantined records, and the run's totals with {@code position} as its last committed
	 * position. A crash after this returns loses nothing of this batch; a crash before it leaves no trace of it.
	 */
	BatchResult commitBatch(long importId, List<AccessEvent> events, List<QuarantinedRecord> quarantined,
			String position);

	/** Ends a run with one of the {@link ImportRun} statuses. */
	void finishImport(long importId, String status);

	ImportRun importRun(long importId);

	List<QuarantinedRecord> quarantine(long importId);

	/** Number of events matching the filter. */
	long count(EventFilter filter);

	/** One page of matching events, newest first (then by id), for grids and command-line output. */
	default List<StoredEvent> page(EventFilter filter, long offset, int limit) {
		return page(filter, EventOrder.NEWEST_FIRST, offset, limit);
	}

	/**
	 * One page of matching events in the given order, {@code offset} rows from the start. The database steps
	 * over every skipped row, so a deep offset into millions of events is slow: read on from the previous page's
	 * last row with {@link #pageAfter} instead.
	 */
	default List<StoredEvent> page(EventFilter filter, EventOrder order, long offset, int limit) {
		return pageAfter(filter, order, null, offset, limit);
	}

	/**
	 * Keyset paging: the matching events that come after {@code last} in the order, skipping {@code skip} of
	 * them first. The database seeks to {@code last}'s place in the order's index instead of stepping over every
	 * row before it, so each page of a read through millions of events costs the same. {@code last} is a row a
	 * previous call returned for the same filter and order (only its time, id, user and patient are used), or
	 * null for the start. Rows stored meanwhile do not shift the next page, unlike with an offset.
	 */
	List<StoredEvent> pageAfter(EventFilter filter, EventOrder order, StoredEvent last, long skip, int limit);

	/** Events stored after the given id, oldest id first: how the detection rules read what is new. */
	List<StoredEvent> after(long id, int limit);

	/** The events with these ids (for a case's evidence), newest first; ids that do not exist are left out. */
	List<StoredEvent> byIds(List<Long> ids);

	/** Events per user in the period, for the volume rule's baselines. */
	Map<String, Long> countsByUser(Instant from, Instant to);

	/** Events per day (UTC) matching the filter, oldest day first: for the volume charts. */
	Map<java.time.LocalDate, Long> countsByDay(EventFilter filter);
}
