package org.custodian.app.ui;

/**
 * Event-broker topics by which one part tells the others that stored data changed (an import finished, the
 * demo trust was seeded), so every open view refreshes from the database instead of keeping stale copies.
 */
public final class DataEvents {
	/** Data of any kind changed; the event's data is a short description of what. */
	public static final String CHANGED = "org/custodian/data/changed";

	private DataEvents() {
	}
}
