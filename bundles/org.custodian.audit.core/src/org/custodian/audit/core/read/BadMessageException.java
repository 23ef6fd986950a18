package org.custodian.audit.core.read;

/** Why one audit message cannot be read; the message is quarantined with this reason. */
final class BadMessageException extends Exception {
	private static final long serialVersionUID = 1L;

	BadMessageException(String reason) {
		super(reason);
	}
}
