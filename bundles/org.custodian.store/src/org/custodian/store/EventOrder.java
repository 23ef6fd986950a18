package org.custodian.store;

/**
 * The orders the event grid offers. Each one is an order an index already holds (see V001), so that the first
 * page of millions of events is read from the index rather than sorted.
 */
public enum EventOrder {
	NEWEST_FIRST("EVENT_TIME DESC, ID DESC"),
	OLDEST_FIRST("EVENT_TIME ASC, ID ASC"),
	BY_USER("USER_ID, EVENT_TIME DESC, ID DESC"),
	BY_PATIENT("PATIENT_ID, EVENT_TIME DESC, ID DESC");

	private final String sql;

	EventOrder(String sql) {
		this.sql = sql;
	}

	/** The ORDER BY list; only the store's SQL uses it. */
	public String sql() {
		return sql;
	}
}
