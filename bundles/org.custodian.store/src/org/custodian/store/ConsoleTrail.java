package org.custodian.store;

import java.util.List;

/**
 * The console's own audit trail, hash-chained (DESIGN.md "Data"): every view of patient-identifiable data
 * inside the console is appended here, and {@link #verify} detects any edit, deletion or insertion.
 */
public interface ConsoleTrail {

	/** Appends an entry for the signed-in user and returns it. */
	TrailEntry append(String user, String action, String subject, String detail);

	/** Entries from {@code fromSeq} on, oldest first. */
	List<TrailEntry> entries(long fromSeq, int limit);

	/** Newest first, for the "audit of the auditors" view. */
	List<TrailEntry> newest(long offset, int limit);

	long count();

	/** Recomputes the chain from the first entry. */
	TrailVerification verify();
}
