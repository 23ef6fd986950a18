package org.custodian.store.internal.postgres;

import java.sql.SQLException;

import org.custodian.store.StoreException;
import org.custodian.store.internal.jdbc.StoreFailures;

/** PostgreSQL's SQLStates and pgjdbc's errors in plain words; no password is ever part of a message. */
final class PostgresFailures {
	private PostgresFailures() {
	}

	/** 28P01: the password (or the role, which the server does not tell apart) is wrong. */
	static boolean wrongPassword(SQLException e) {
		for (SQLException s = e; s != null; s = s.getNextException()) {
			if ("28P01".equals(s.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** 28000 for a role that may not log in: a console user an administrator disabled (NOLOGIN). */
	static boolean disabled(SQLException e) {
		return "28000".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("not permitted to log in");
	}

	/** Why a sign-in to the server failed. */
	static StoreException signIn(SQLException e, PostgresLocation where) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		if (wrongPassword(e)) {
			return new StoreException("The user name or password is wrong.", e);
		}
		if (disabled(e)) {
			return new StoreException("The account is disabled: ask an administrator.", e);
		}
		if (state.equals("28000")) {
			return new StoreException("The server at " + where.host() + ":" + where.port() + " does not let this"
					+ " computer or user in (its pg_hba.conf): ask its administrator.", e);
		}
		if (state.equals("3D000")) {
			return new StoreException("The server " + where.host() + ":" + where.port() + " has no database "
					+ where.database() + ": its administrator makes it first (see BUILDING.md).", e);
		}
		String text = String.valueOf(e.getMessage());
		if (text.contains("SSL") || text.contains("certificate") || text.contains("PKIX")
				|| e.getCause() instanceof javax.net.ssl.SSLException) {
			return new StoreException("The server at " + where.host() + ":" + where.port() + " was refused: its TLS"
					+ " certificate could not be checked against the trusted root certificate, or does not name "
					+ where.host() + " (" + innermost(e) + ").", e);
		}
		if (state.startsWith("08")) {
			return new StoreException("The PostgreSQL server at " + where.host() + ":" + where.port()
					+ " could not be reached (" + innermost(e) + "). Check that it runs and that this computer may"
					+ " connect to it.", e);
		}
		return of("Could not sign in to " + where, e);
	}

	/** A failed unit of work, worded as the store words every database's failures (StoreFailures). */
	static StoreException of(String what, SQLException e) {
		return StoreFailures.of(what, e);
	}

	private static String innermost(Throwable t) {
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage();
	}
}
