package org.custodian.store.internal.events;

import org.custodian.store.AccessEvent;

/**
 * The widths of the text columns of V001__access_events.sql and V003__patient_identity.sql (keep them in step). Audit trails come from
 * systems we do not control; a value longer than its column is cut to the column's width rather than
 * failing the whole batch of thousands of events. The content hash is computed from the untruncated event,
 * so a truncated event is still recognised as a duplicate when it is imported again. (The importer does not
 * let identifiers get this far when too long: see {@link AccessEvent#overlongIdentifier()}.)
 */
final class EventColumns {
	static final int EVENT_CODE = 16;
	static final int ACTION = 1;
	static final int EVENT_TYPE = 16;
	static final int USER_ID = AccessEvent.MAX_USER_ID;
	static final int USER_NAME = 256;
	static final int HOST = 256;
	static final int PATIENT_ID = AccessEvent.MAX_PATIENT_ID;
	static final int PATIENT_KEY = 128;
	static final int PATIENT_NAME = 256;
	static final int STUDY_UID = AccessEvent.MAX_STUDY_UID;
	static final int EVENT_SOURCE = 128;
	static final int DETAIL = 1000;

	static final int RUN_SOURCE = 1000;
	static final int RUN_FORMAT = 64;
	static final int POSITION = 256;

	static final int QUARANTINE_SOURCE = 1000;
	static final int REASON = 1000;
	static final int EXCERPT = 2000;

	private EventColumns() {
	}

	/**
	 * The value cut to at most {@code width} chars (Derby counts VARCHAR widths in UTF-16 chars), never
	 * splitting a surrogate pair. Null stays null.
	 */
	static String fit(String value, int width) {
		if (value == null || value.length() <= width) {
			return value;
		}
		int end = width;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end);
	}
}
