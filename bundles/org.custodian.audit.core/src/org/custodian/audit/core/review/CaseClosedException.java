package org.custodian.audit.core.review;

/** A change to an investigation that is closed: closing locks the case. */
public final class CaseClosedException extends IllegalStateException {
	private static final long serialVersionUID = 1L;

	public CaseClosedException(String message) {
		super(message);
	}
}
