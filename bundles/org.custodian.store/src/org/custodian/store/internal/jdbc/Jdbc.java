package org.custodian.store.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import org.custodian.store.ConnectionSource;

/**
 * Transactions for the store's repositories: each call takes its own connection, commits or rolls back and
 * closes it, so the repositories hold no state and are safe to share between threads.
 */
public final class Jdbc {
	private Jdbc() {
	}

	/** One unit of work on a connection. */
	@FunctionalInterface
	public interface Work<T> {
		T run(Connection c) throws SQLException;
	}

	/**
	 * Runs the work in a transaction of its own: commits and returns its result, or rolls back and rethrows.
	 * Reads commit too: Derby refuses to close a connection inside a transaction.
	 */
	public static <T> T inTransaction(ConnectionSource db, Work<T> work) throws SQLException {
		try (Connection c = db.connection()) {
			try {
				T result = work.run(c);
				c.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				try {
					c.rollback();
				} catch (SQLException rollbackFailure) {
					e.addSuppressed(rollbackFailure);
				}
				throw e;
			}
		}
	}

	/** {@link #inTransaction} with a database failure told in the words of {@code failure}. */
	public static <T> T transaction(ConnectionSource db, String failure, Work<T> work) {
		try {
			return inTransaction(db, work);
		} catch (SQLException e) {
			throw StoreFailures.of(failure, e);
		}
	}
}
