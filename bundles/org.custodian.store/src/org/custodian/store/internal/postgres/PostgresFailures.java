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
		if (unreachable(e)) {
			return new StoreException("The PostgreSQL server at " + where.host() + ":" + where.port()
					+ " could not be reached (" + innermost(e) + "). Check that it runs and that this computer may"
					+ " connect to it.", e);
		}
		if (tls(e)) {
			String server = "The server at " + where.host() + ":" + where.port() + " was refused: ";
			if (inChain(e, "hostnameverifier")) {
				return new StoreException(server + "its certificate does not name " + where.host()
						+ " (Custodian checks the name, sslmode=verify-full). Connect by the name the certificate gives,"
						+ " or ask the server's administrator for a certificate that names it.", e);
			}
			if (inChain(e, "expired") || inChain(e, "not yet valid") || inChain(e, "validity")) {
				return new StoreException(server + "its certificate has expired or is not valid yet (" + innermost(e)
						+ "). The server's administrator renews it.", e);
			}
			return new StoreException(server + "its TLS certificate is not signed by the trusted root certificate ("
					+ innermost(e) + "). Check the root certificate (~/.postgresql/root.crt or ?sslrootcert=).", e);
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

	/** Whether the TLS handshake or the check of the server's certificate or name failed, anywhere in the chain. */
	static boolean tls(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String text = String.valueOf(t.getMessage());
			if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException
					|| text.contains("SSL") || text.contains("certificate") || text.contains("PKIX")
					|| text.contains("hostnameverifier")) {
				return true;
			}
		}
		return false;
	}

	/** Nobody answered at the address: refused, unknown host, timed out. */
	static boolean unreachable(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
					|| t instanceof java.net.SocketTimeoutException || t instanceof java.net.NoRouteToHostException) {
				return true;
			}
		}
		return false;
	}

	private static boolean inChain(Throwable e, String words) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains(words)
					|| (words.equals("expired") && t instanceof java.security.cert.CertificateExpiredException)) {
				return true;
			}
		}
		return false;
	}

	private static String innermost(Throwable t) {
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage();
	}
}
