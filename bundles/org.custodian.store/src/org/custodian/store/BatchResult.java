package org.custodian.store;

/** What one committed batch of an import did. */
public record BatchResult(int inserted, int duplicates, int quarantined) {
}
