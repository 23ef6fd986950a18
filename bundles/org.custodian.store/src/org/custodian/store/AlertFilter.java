package org.custodian.store;

import java.time.Instant;

/** Which alerts to list; null fields do not filter. {@code since} is inclusive, on the event's time. */
public record AlertFilter(Instant since, String status, String userId, String patientId, String rule) {
	public static final AlertFilter ALL = new AlertFilter(null, null, null, null, null);
}
