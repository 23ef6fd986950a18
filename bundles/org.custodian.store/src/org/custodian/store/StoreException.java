package org.custodian.store;

/** A storage failure explained in words a user can act on; the SQL cause is kept for the log. */
public class StoreException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
