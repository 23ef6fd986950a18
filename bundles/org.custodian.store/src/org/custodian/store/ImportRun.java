package org.custodian.store;

import java.time.Instant;

/** One run of an import, with its running totals (updated in the same transaction as each batch). */
public record ImportRun(long id, String source, String format, Instant started, Instant finished, String status,
		long imported, long duplicates, long quarantined, String lastPosition) {
	public static final String RUNNING = "RUNNING";
	public static final String COMPLETED = "COMPLETED";
	public static final String CANCELLED = "CANCELLED";
	public static final String FAILED = "FAILED";
}
