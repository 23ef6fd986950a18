package org.custodian.dr.core;

/** How much a finding matters: information for the record, something to review, or a failed check. */
public enum Severity {
    INFO, WARNING, FAILURE
}
