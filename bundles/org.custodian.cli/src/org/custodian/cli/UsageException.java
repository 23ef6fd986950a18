package org.custodian.cli;

/** Bad usage, reported with the usage hint and exit code 2. */
public final class UsageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
