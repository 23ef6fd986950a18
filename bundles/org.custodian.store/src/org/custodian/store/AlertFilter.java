package org.custodian.store;

import java.time.Instant;

/**
 * Which alerts to list; null fields do not filter. {@code since} is inclusive and {@code until} exclusive, on the
 * event's time. {@code patientId} is any identifier of the patient (hospital number, NHS number, CX): the store
 * finds the alerts on every identifier the demographics crosswalk links to it. {@code severity} is a name of the
 * rules' severities (HIGH, MEDIUM, LOW).
 */
public record AlertFilter(Instant since, String status, String userId, String patientId, String rule, String severity,
		Instant until) {
	public static final AlertFilter ALL = new AlertFilter(null, null, null, null, null);

	/** A filter on period start, status, user, patient and rule, any severity, up to now. */
	public AlertFilter(Instant since, String status, String userId, String patientId, String rule) {
		this(since, status, userId, patientId, rule, null, null);
	}
}
