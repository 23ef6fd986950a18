package org.custodian.store;

/**
 * An access event as stored, with the row id the grid and investigations refer to, and the key of its patient
 * identifier under the trust's {@link IdentifierPolicy} (null when the event names no patient). Rules compare
 * patients by this key, never by the identifier as the source wrote it.
 */
public record StoredEvent(long id, long importId, AccessEvent event, String patientKey) {

	/** An event whose patient key is its identifier as written (for events that never were stored). */
	public StoredEvent(long id, long importId, AccessEvent event) {
		this(id, importId, event, event.patientId());
	}
}
