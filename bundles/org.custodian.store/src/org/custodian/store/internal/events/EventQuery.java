package org.custodian.store.internal.events;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.custodian.store.internal.jdbc.PatientKeys;
import org.custodian.store.internal.jdbc.UtcTimes;
import org.custodian.store.EventFilter;

/**
 * The WHERE clause for an {@link EventFilter}: one condition per non-null field, all parameters, so that
 * each combination is one statement text for Derby's statement cache.
 */
final class EventQuery {
	private final EventFilter filter;
	private final String where;
	private final List<String> patientKeys;

	/**
	 * @param keysOf every key of the patient a searched identifier names (its own and those the crosswalk links),
	 *               so that a search by hospital number, NHS number or CX finds the same events
	 */
	EventQuery(EventFilter filter, Function<String, Set<String>> keysOf) {
		this.filter = filter == null ? EventFilter.ALL : filter;
		List<String> conditions = new ArrayList<>(4);
		if (this.filter.patientId() != null) {
			List<String> keys = new ArrayList<>(
					keysOf.apply(this.filter.patientId()).stream().map(PatientKeys::stored).toList());
			if (keys.isEmpty()) {
				keys.add(this.filter.patientId()); // holds no identifier: matches nothing, as before
			}
			this.patientKeys = keys;
			conditions.add(keys.size() == 1 ? "PATIENT_KEY = ?"
					: "PATIENT_KEY IN (" + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + ")");
		} else {
			this.patientKeys = List.of();
		}
		if (this.filter.userId() != null) {
			conditions.add("USER_ID = ?");
		}
		if (this.filter.from() != null) {
			conditions.add("EVENT_TIME >= ?");
		}
		if (this.filter.to() != null) {
			conditions.add("EVENT_TIME < ?");
		}
		if (this.filter.eventCode() != null) {
			conditions.add("EVENT_CODE = ?");
		}
		this.where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/** Empty, or " WHERE ..." */
	String where() {
		return where;
	}

	/** Binds the filter's values from parameter 1 on; returns the next free parameter index. */
	int bind(PreparedStatement ps) throws SQLException {
		int i = 1;
		for (String key : patientKeys) {
			ps.setString(i++, key);
		}
		if (filter.userId() != null) {
			ps.setString(i++, filter.userId());
		}
		if (filter.from() != null) {
			UtcTimes.set(ps, i++, filter.from());
		}
		if (filter.to() != null) {
			UtcTimes.set(ps, i++, filter.to());
		}
		if (filter.eventCode() != null) {
			ps.setString(i++, filter.eventCode());
		}
		return i;
	}
}
