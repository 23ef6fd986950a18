package org.custodian.store;

/** An access event as stored, with the row id the grid and investigations refer to. */
public record StoredEvent(long id, long importId, AccessEvent event) {
}
