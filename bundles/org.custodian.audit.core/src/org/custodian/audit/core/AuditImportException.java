package org.custodian.audit.core;

/** An audit source that cannot be imported at all (unreadable, not an audit trail), said in plain words. */
public class AuditImportException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public AuditImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
