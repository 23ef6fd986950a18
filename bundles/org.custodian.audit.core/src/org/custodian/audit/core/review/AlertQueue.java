package org.custodian.audit.core.review;

import java.util.List;

import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Permission;
import org.custodian.store.Store;

/**
 * The alert queue as the guardian works it: reading it needs the right to see access, dismissing alerts the right
 * to work on it, and a dismissal goes on the console trail. The UI reaches the alerts through this and never
 * through the store, so the checks are made once, here.
 */
public final class AlertQueue {
	private final Store store;

	public AlertQueue(Store store) {
		this.store = store;
	}

	public List<Alert> list(AlertFilter filter, long offset, int limit) {
		store.require(Permission.VIEW_ACCESS);
		return store.alerts().list(filter, offset, limit);
	}

	public long count(AlertFilter filter) {
		store.require(Permission.VIEW_ACCESS);
		return store.alerts().count(filter);
	}

	/** The rules that have raised alerts, for the queue's rule filter. */
	public List<String> rules() {
		store.require(Permission.VIEW_ACCESS);
		return store.alerts().rules();
	}

	/** Dismisses the alerts (kept, under Dismissed, and reopenable into a case) and says so on the trail. */
	public void dismiss(List<Long> ids) {
		store.require(Permission.CHANGE_ACCESS);
		store.alerts().update(ids, Alert.DISMISSED, null);
		store.trail().append(store.user(), "dismiss alerts", null, ids.size() + " alerts");
	}
}
