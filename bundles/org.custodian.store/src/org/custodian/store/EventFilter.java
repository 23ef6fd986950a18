package org.custodian.store;

import java.time.Instant;

/**
 * What the access grid, the timelines and the command line ask for. Null fields do not filter.
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record EventFilter(String patientId, String userId, Instant from, Instant to) {
	public static final EventFilter ALL = new EventFilter(null, null, null, null);

	public boolean isEmpty() {
		return patientId == null && userId == null && from == null && to == null;
	}
}
