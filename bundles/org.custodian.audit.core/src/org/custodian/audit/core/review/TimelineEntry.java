package org.custodian.audit.core.review;

import org.custodian.store.StoredEvent;

/**
 * One access on a patient's or a user's timeline: who, when, where, what, and the reason found for it.
 *
 * @param who         the user, with name and department when the staff directory knows them
 * @param where       the workstation's address, with its location from the register when known
 * @param what        what was done ("viewed images") and to which study
 * @param explanation the care relationship that explains the access, or "none"
 */
public record TimelineEntry(StoredEvent event, String who, String where, String what, String explanation) {
	public static final String NONE = "none";

	public boolean explained() {
		return !NONE.equals(explanation);
	}
}
