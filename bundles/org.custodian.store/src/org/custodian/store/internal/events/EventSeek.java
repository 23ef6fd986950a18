package org.custodian.store.internal.events;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.jdbc.UtcTimes;

/**
 * Keyset paging: the condition that selects the rows after a given row in an {@link EventOrder}, written so that
 * its first part is a range on the order's index (a start key the database seeks to) and the rest only sorts out
 * the rows that share the last row's time. Standard SQL has row-value comparisons ({@code (A, B) < (?, ?)}), but
 * Derby neither accepts them nor turns an OR of ranges into an index range, hence the spelled-out form.
 * <p>
 * The group orders (by user, by patient) put the rows without a user or patient last, as Derby sorts NULL
 * after every value: a range {@code USER_ID >= ?} never reaches them, so those rows are read by a second
 * seek, {@link #nullGroup}, once the last row with a value has been passed.
 */
final class EventSeek {
	/** Empty, or " AND ..." to follow the filter's WHERE clause. */
	private final String condition;
	private final Instant time;
	private final long id;
	/** The last row's user or patient, for a group order not fixed by the filter; else null. */
	private final String group;

	private EventSeek(String condition, Instant time, long id, String group) {
		this.condition = condition;
		this.time = time;
		this.id = id;
		this.group = group;
	}

	/** The rows after {@code last} in {@code order}; everything when {@code last} is null. */
	static EventSeek after(EventOrder order, EventFilter filter, StoredEvent last) {
		if (last == null) {
			return new EventSeek("", null, 0, null);
		}
		Instant time = last.event().time();
		String column = groupColumn(order, filter);
		if (column == null) {
			String cmp = order == EventOrder.OLDEST_FIRST ? ">" : "<";
			return new EventSeek(" AND EVENT_TIME " + cmp + "= ? AND (EVENT_TIME " + cmp + " ? OR ID " + cmp + " ?)",
					time, last.id(), null);
		}
		String value = order == EventOrder.BY_USER ? last.event().userId() : last.patientKey();
		if (value == null) {
			return nullGroup(column, time, last.id());
		}
		return new EventSeek(" AND " + column + " >= ? AND (" + column + " > ? OR EVENT_TIME < ? OR (EVENT_TIME = ? AND ID < ?))",
				time, last.id(), value);
	}

	/** The rows without a user (or patient) of a group order: from the first of them, or after one of them. */
	static EventSeek nullGroup(EventOrder order, EventFilter filter, StoredEvent last) {
		String column = groupColumn(order, filter);
		if (last == null) {
			return new EventSeek(" AND " + column + " IS NULL", null, 0, null);
		}
		return nullGroup(column, last.event().time(), last.id());
	}

	private static EventSeek nullGroup(String column, Instant time, long id) {
		return new EventSeek(" AND " + column + " IS NULL AND EVENT_TIME <= ? AND (EVENT_TIME < ? OR ID < ?)", time,
				id, null);
	}

	/**
	 * USER_ID or PATIENT_KEY when the order groups by it and the filter leaves it open (a filter on one user makes
	 * the user order a time order); null otherwise.
	 */
	static String groupColumn(EventOrder order, EventFilter filter) {
		EventFilter f = filter == null ? EventFilter.ALL : filter;
		return switch (order) {
		case BY_USER -> f.userId() == null ? "USER_ID" : null;
		case BY_PATIENT -> f.patientId() == null ? "PATIENT_KEY" : null;
		default -> null;
		};
	}

	/** True when a page ending short of its limit in a group order must go on with the rows of no group. */
	boolean continuesIntoNullGroup() {
		return group != null;
	}

	String condition() {
		return condition;
	}

	/** Binds the seek's values from parameter {@code i} on; returns the next free index. */
	int bind(PreparedStatement ps, int i) throws SQLException {
		if (time == null) {
			return i;
		}
		if (group != null) {
			ps.setString(i++, group);
			ps.setString(i++, group);
		}
		UtcTimes.set(ps, i++, time);
		UtcTimes.set(ps, i++, time);
		ps.setLong(i++, id);
		return i;
	}
}
