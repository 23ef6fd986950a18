package org.custodian.audit.core.review;

import java.util.List;

import org.custodian.store.EventFilter;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;
import org.custodian.store.TrailEntry;
import org.custodian.store.TrailVerification;

/**
 * Who looked at what in this console, and who read the PACS audit log: the console's own hash-chained trail needs
 * the right to read it; the imported 110101 events (someone reading the PACS's log) are access events and need the
 * right to see access.
 */
public final class TrailReview {
	/** DICOM PS3.15's "Audit Log Used" event. */
	private static final String AUDIT_LOG_USED = "110101";
	private final Store store;

	public TrailReview(Store store) {
		this.store = store;
	}

	public List<TrailEntry> newest(int limit) {
		store.require(Permission.VIEW_CONSOLE_TRAIL);
		return store.trail().newest(0, limit);
	}

	/** Recomputes the hash chain. */
	public TrailVerification verify() {
		store.require(Permission.VIEW_CONSOLE_TRAIL);
		return store.trail().verify();
	}

	/** The newest imported events of someone reading the PACS audit log. */
	public List<StoredEvent> auditLogUsed(int limit) {
		store.require(Permission.VIEW_ACCESS);
		return store.events().page(EventFilter.ALL.withEventCode(AUDIT_LOG_USED), 0, limit);
	}
}
