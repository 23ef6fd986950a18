package org.custodian.store.internal.jdbc;

import java.sql.SQLException;

import org.custodian.store.StoreException;

/** Turns SQLExceptions into sentences that say what failed and what the user can do about it. */
public final class StoreFailures {
	private StoreFailures() {
	}

	/**
	 * @param what what could not be done, as the start of a sentence ("The access events could not be read")
	 */
	public static StoreException of(String what, SQLException e) {
		if (readOnlyRefusal(e)) {
			return new org.custodian.store.AccessDeniedException(what + ": " + READ_ONLY);
		}
		if (privilegeRefusal(e)) {
			return new org.custodian.store.AccessDeniedException(what + ": the database refused the signed-in role ("
					+ e.getMessage() + ").");
		}
		return new StoreException(what + ": " + advice(e), e);
	}

	/** What a role that may only look is told when something tries to write for it. */
	public static final String READ_ONLY = "the signed-in role may look but not change anything.";

	/**
	 * The answer to a write on a read-only connection (the connections of roles that may only look): Derby's 25502,
	 * PostgreSQL's 25006.
	 */
	public static boolean readOnlyRefusal(SQLException e) {
		for (SQLException s = e; s != null; s = s.getNextException()) {
			if ("25502".equals(s.getSQLState()) || "25006".equals(s.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The database refused the signed-in role a table or a row: PostgreSQL's 42501 (its GRANTs follow the
	 * Permission table), Derby's 42500-42502 (where it has grants).
	 */
	public static boolean privilegeRefusal(SQLException e) {
		for (SQLException s = e; s != null; s = s.getNextException()) {
			String state = s.getSQLState() == null ? "" : s.getSQLState();
			if (state.equals("42501") || state.equals("42500") || state.equals("42502")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Derby's states for a failed write: a page (XSDG1, XSDF*) or the transaction log (XSLA0 flush, XSLA2 I/O,
	 * XSLA4 write, XSLAE control file, XSLAI checkpoint, XSLAQ new log file). Which one a full disk raises depends on
	 * whether a data page or the log reached the end of the space first, so all of them count, anywhere in the chain.
	 */
	static boolean diskWriteFailure(SQLException e) {
		for (SQLException s = e; s != null; s = s.getNextException()) {
			String state = s.getSQLState() == null ? "" : s.getSQLState();
			// PostgreSQL: 53100 disk full, 53000 out of resources
			if (state.equals("XSDG1") || state.startsWith("XSDF") || DISK_LOG_STATES.contains(state)
					|| state.equals("53100")) {
				return true;
			}
		}
		return false;
	}

	private static final java.util.Set<String> DISK_LOG_STATES = java.util.Set.of("XSLA0", "XSLA2", "XSLA4", "XSLAE",
			"XSLAI", "XSLAQ");

	public static String advice(SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
			return "the database is closed or the connection to it was lost. Sign in again and retry.";
		}
		if (state.equals("40XL1") || state.equals("40XL2") || state.equals("40001") || state.equals("40P01")
				|| state.equals("55P03")) {
			return "the database is busy with other work (another import or report). Try again in a moment.";
		}
		if (diskWriteFailure(e)) {
			return "the database could not write to its disk. Check that the disk holding the database has free"
					+ " space, then retry.";
		}
		if (state.equals("XSLAA") || state.equals("XSLAJ")) {
			return "the database stopped after an earlier problem writing to its disk. Check that the disk holding"
					+ " the database has free space, then sign in again.";
		}
		if (state.startsWith("42")) {
			return "the database does not have the expected tables (" + e.getMessage()
					+ "). Restart the console so that it can bring the database schema up to date.";
		}
		return "the database reported \"" + e.getMessage() + "\". Retry; if it happens again, send the log to"
				+ " your administrator.";
	}
}
