package org.custodian.store;

/**
 * A record an import could not read: kept with where it came from and why, so nothing is lost silently.
 *
 * @param source   the file name (or receiver name) the record came from
 * @param position where in the source, in words a user can find: "message 12 (line 340, column 5)"
 * @param reason   what is wrong with it
 * @param excerpt  the start of the raw record (bounded), to help a user fix it
 */
public record QuarantinedRecord(String source, String position, String reason, String excerpt) {
	/** Longest excerpt kept: enough to recognise the record, not a copy of a huge broken file. */
	public static final int MAX_EXCERPT = 2000;

	public QuarantinedRecord {
		if (excerpt != null && excerpt.length() > MAX_EXCERPT) {
			excerpt = excerpt.substring(0, MAX_EXCERPT);
		}
	}
}
