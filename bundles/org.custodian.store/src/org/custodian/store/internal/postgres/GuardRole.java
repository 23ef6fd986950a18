package org.custodian.store.internal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import org.custodian.store.StoreException;
import org.custodian.store.internal.derby.SignInGuard;

/**
 * The sign-in guard of a PostgreSQL store, as Derby's (SignInGuard, which counts and records): a login role of its
 * own whose password is derived from the boot password, so whoever holds the trust's key can count failed sign-ins
 * before and without the user's own password. It may only read and add to the settings (the counts) and the
 * console's trail.
 */
final class GuardRole {
	private final SignInGuard counts;

	private GuardRole(SignInGuard counts) {
		this.counts = counts;
	}

	/** The guard's role: one per store, as roles are the server's. */
	static String name(PostgresLocation where) {
		return "custodian_guard_" + where.shortName();
	}

	/**
	 * Signs the guard in. Null when the store has no guard yet (its owner's next sign-in adds it) or the boot
	 * password is not the store's (the store's check value says so after the user's own sign-in).
	 */
	static GuardRole connect(PostgresLocation where, char[] bootPassword, Clock clock) {
		char[] secret = SignInGuard.password(bootPassword).toCharArray();
		try (Connection c = where.connect(name(where), secret, PostgresDatabase.SCHEMA)) {
			// the guard exists and the boot password is the store's
		} catch (SQLException e) {
			if (PostgresFailures.wrongPassword(e) || "42501".equals(e.getSQLState())) {
				return null; // no guard yet, or not allowed in yet
			}
			throw PostgresFailures.signIn(e, where);
		}
		return new GuardRole(SignInGuard.over(() -> {
			Connection c = where.connect(name(where), secret, PostgresDatabase.SCHEMA);
			c.setAutoCommit(false);
			return c;
		}, clock));
	}

	void refuseIfLocked(String user) {
		counts.refuseIfLocked(user);
	}

	void failed(String user, StoreException failure) {
		counts.failed(user, failure);
	}

	void succeeded(String user) {
		counts.succeeded(user);
	}

	/** Run by the owner at sign-in: makes the guard's role when missing and gives it its two tables. */
	static void install(PostgresDatabase db, char[] bootPassword) {
		String role = name(db.where());
		try (Connection c = db.writableConnection()) {
			boolean exists;
			try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
				ps.setString(1, role);
				try (java.sql.ResultSet rs = ps.executeQuery()) {
					exists = rs.next();
				}
			}
			try (Statement s = c.createStatement()) {
				if (!exists) {
					s.execute("CREATE ROLE " + role + " LOGIN NOINHERIT");
					c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(role,
							SignInGuard.password(bootPassword).toCharArray(), "scram-sha-256");
				}
				s.execute("GRANT CONNECT ON DATABASE " + db.where().database() + " TO " + role);
				s.execute("GRANT USAGE ON SCHEMA " + PostgresDatabase.SCHEMA + " TO " + role);
				s.execute("GRANT SELECT, INSERT, UPDATE ON " + PostgresDatabase.SCHEMA + ".setting, "
						+ PostgresDatabase.SCHEMA + ".console_trail TO " + role);
			}
			c.commit();
		} catch (SQLException e) {
			throw PostgresFailures.of("Could not prepare the store's sign-in guard", e);
		}
	}

	/** After a new boot password: the guard's password follows it. */
	static void resetPassword(PostgresDatabase db, char[] bootPassword) {
		try (Connection c = db.writableConnection()) {
			c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(name(db.where()),
					SignInGuard.password(bootPassword).toCharArray(), "scram-sha-256");
			c.commit();
		} catch (SQLException e) {
			throw PostgresFailures.of("The sign-in guard could not follow the new boot password", e);
		}
	}
}
