package org.custodian.store;

import java.time.Instant;

/**
 * What the access grid, the timelines and the command line ask for. Null fields do not filter.
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record EventFilter(String patientId, String userId, Instant from, Instant to, String eventCode) {
	public static final EventFilter ALL = new EventFilter(null, null, null, null);

	/** A filter on patient, user and period, any kind of event. */
	public EventFilter(String patientId, String userId, Instant from, Instant to) {
		this(patientId, userId, from, to, null);
	}

	/** Only events with this DICOM event ID (for example 110101, audit log used). */
	public EventFilter withEventCode(String code) {
		return new EventFilter(patientId, userId, from, to, code);
	}

	public boolean isEmpty() {
		return patientId == null && userId == null && from == null && to == null && eventCode == null;
	}
}
