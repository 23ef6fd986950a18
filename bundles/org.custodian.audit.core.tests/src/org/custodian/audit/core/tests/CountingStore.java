package org.custodian.audit.core.tests;

import java.util.List;

import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.BatchResult;
import org.custodian.store.ForwardingAccessEventStore;
import org.custodian.store.QuarantinedRecord;
import org.custodian.store.StoreException;

/** The real store, counting committed batches, and failing the batch numbered {@link #failBatch} if set. */
final class CountingStore extends ForwardingAccessEventStore {
	volatile int committedBatches;
	int failBatch = -1;
	/** The position each batch ended at, in the order the batches reached the store. */
	final List<String> positions = new java.util.concurrent.CopyOnWriteArrayList<>();
	/** The most batches that were being stored at the same time. */
	volatile int mostAtOnce;
	private final java.util.concurrent.atomic.AtomicInteger storing = new java.util.concurrent.atomic.AtomicInteger();

	CountingStore(AccessEventStore real) {
		super(real);
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
			BatchResult result = delegate().commitBatch(importId, events, quarantined, position);
			committedBatches++;
			return result;
		} finally {
			storing.decrementAndGet();
		}
	}
}
