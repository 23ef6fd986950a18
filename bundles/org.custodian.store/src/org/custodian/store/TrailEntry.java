package org.custodian.store;

import java.time.Instant;

/**
 * One entry of the console's own trail: a user of the console looked at or changed something.
 *
 * @param action  what they did ("view patient timeline", "export case pack", "close case")
 * @param subject what it concerned (a patient id, a user id, a case reference)
 * @param hash    SHA-256 (hex) over the previous entry's hash and this entry's fields
 */
public record TrailEntry(long seq, Instant time, String user, String action, String subject, String detail,
		String previousHash, String hash) {
}
