package org.custodian.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An alert a rule wants raised. {@code dedupeKey} names what it fired on (for example the rule and the event
 * id, or the rule, the user and the night); a second alert with the same key is not stored again.
 */
public record NewAlert(String rule, String severity, String userId, String patientId, Instant time, long eventId,
		String reason, String dedupeKey) {
	public NewAlert {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(dedupeKey, "dedupeKey");
	}
}
