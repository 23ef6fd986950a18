package org.custodian.store;

import java.time.Instant;

/**
 * One hit of a detection rule, as stored in the alert queue.
 *
 * @param eventId  the access event it fired on (0 when it fired on several, e.g. a burst)
 * @param reason   why it fired, in words a guardian can put in a report
 * @param status   {@link #OPEN}, {@link #IN_CASE} or {@link #DISMISSED}
 * @param caseRef  the investigation it was attached to, or null
 */
public record Alert(long id, String rule, String severity, String userId, String patientId, Instant time,
		long eventId, String reason, String status, String caseRef, Instant raisedAt) {
	public static final String OPEN = "OPEN";
	public static final String IN_CASE = "IN_CASE";
	public static final String DISMISSED = "DISMISSED";
	/** Raised because nothing explained the access; the feeds explained it since (a late report, an admission). */
	public static final String EXPLAINED = "EXPLAINED";
}
