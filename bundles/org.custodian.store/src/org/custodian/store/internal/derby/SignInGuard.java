package org.custodian.store.internal.derby;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

import org.custodian.store.ConnectionSource;
import org.custodian.store.StoreException;
import org.custodian.store.internal.review.DerbyAlertStore;
import org.custodian.store.internal.review.DerbyConsoleTrail;

/**
 * Limits and records failed sign-ins. A wrong password gives no connection to write with, so the console keeps a
 * Derby user of its own, the guard, whose password is derived from the boot password: whoever can boot the
 * database can count failures in it, before and without the user's own password. Failures are counted per user in
 * SETTING; after {@link #MAX_FAILURES} in a row the user is locked out for {@link #LOCKOUT}, and every failure,
 * lock and refusal is appended to the console's own hash-chained trail.
 */
public final class SignInGuard {
	static final String USER = "CUSTODIAN_GUARD";
	public static final int MAX_FAILURES = 5;
	public static final Duration LOCKOUT = Duration.ofMinutes(15);
	private static final String KEY = "signin.";
	private static final String INSTALLED = "guard.installed"; // not "signin.": no user name clashes with it

	private final ConnectionSource db;
	private final Clock clock;

	private SignInGuard(ConnectionSource db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/**
	 * Boots the database as the guard. Returns null when the database has no guard yet (made before it existed;
	 * the owner's next sign-in adds it). A wrong boot password fails here, as it would for the user.
	 */
	static SignInGuard connect(Driver driver, String url, char[] bootPassword, Clock clock) {
		Properties p = properties(bootPassword);
		p.setProperty("bootPassword", new String(bootPassword));
		try (Connection c = driver.connect(url, p)) {
			// booted, and the guard exists
		} catch (SQLException e) {
			if (DerbyDatabase.sqlStates(e).contains("08004")) {
				return null;
			}
			throw DerbyDatabase.translate(e, java.nio.file.Path.of(url.substring("jdbc:derby:".length())));
		}
		ConnectionSource source = () -> {
			Connection c = driver.connect(url, properties(bootPassword));
			try (Statement s = c.createStatement()) {
				s.execute("SET SCHEMA " + DerbyDatabase.SCHEMA);
			}
			c.setAutoCommit(false);
			return c;
		};
		return new SignInGuard(source, clock);
	}

	/**
	 * The guard of a database that is open already, counting through the signed-in session's connections: a
	 * password checked for a second person (a sign-off) is limited and recorded like a sign-in.
	 */
	public static SignInGuard over(ConnectionSource open, Clock clock) {
		return new SignInGuard(open, clock);
	}

	/** True when the boot password is the one the database's guard was made with. */
	static boolean bootPasswordIs(Driver driver, String url, char[] bootPassword) {
		try (Connection c = driver.connect(url, properties(bootPassword))) {
			return true;
		} catch (SQLException e) {
			return false;
		}
	}

	private static Properties properties(char[] bootPassword) {
		Properties p = new Properties();
		p.setProperty("user", USER);
		p.setProperty("password", password(bootPassword));
		return p;
	}

	/** The guard's password: a one-way function of the boot password, so it is never stored anywhere. */
	public static String password(char[] bootPassword) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update("custodian sign-in guard\n".getBytes(StandardCharsets.UTF_8));
			sha.update(new String(bootPassword).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	public void refuseIfLocked(String user) {
		State s = state(user);
		Instant now = clock.instant();
		if (s.lockedUntil != null && now.isBefore(s.lockedUntil)) {
			trail().append(user, "sign-in refused", user, "locked until " + s.lockedUntil);
			throw new StoreException("The account " + user + " is locked after " + MAX_FAILURES
					+ " failed sign-ins until " + s.lockedUntil + " (UTC). Try again then, or ask an administrator.");
		}
	}

	/** Counts the failure and, at the limit, locks the account; rethrows with that said. */
	public void failed(String user, StoreException failure) {
		State s = state(user);
		Instant now = clock.instant();
		int failures = s.lockedUntil != null && !now.isBefore(s.lockedUntil) ? 1 : s.failures + 1;
		Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCKOUT) : null;
		settings().setting(KEY + key(user), failures + " " + (lockedUntil == null ? "-" : lockedUntil.toString()));
		trail().append(user, "sign-in failed", user, "wrong password, failure " + failures + " of " + MAX_FAILURES);
		if (lockedUntil != null) {
			trail().append(user, "account locked", user, "until " + lockedUntil);
			throw new StoreException(failure.getMessage() + " The account " + user + " is now locked for "
					+ LOCKOUT.toMinutes() + " minutes after " + MAX_FAILURES + " failed sign-ins.", failure);
		}
	}

	public void succeeded(String user) {
		if (state(user).failures > 0) {
			settings().setting(KEY + key(user), "0 -");
		}
	}

	private record State(int failures, Instant lockedUntil) {
	}

	private State state(String user) {
		String value = settings().setting(KEY + key(user));
		if (value == null) {
			return new State(0, null);
		}
		String[] parts = value.split(" ");
		return new State(Integer.parseInt(parts[0]), "-".equals(parts[1]) ? null : Instant.parse(parts[1]));
	}

	private static String key(String user) {
		return user.toLowerCase(Locale.ROOT);
	}

	private DerbyAlertStore settings() {
		return new DerbyAlertStore(db);
	}

	private DerbyConsoleTrail trail() {
		return new DerbyConsoleTrail(db, settings());
	}

	/**
	 * Run by the owner at sign-in: grants the tables to every console user and creates the guard when missing.
	 */
	static void install(DerbyDatabase db, char[] bootPassword) {
		try {
			org.custodian.store.internal.jdbc.Jdbc.inTransaction(db::writableConnection, c -> {
				install(c, bootPassword);
				return null;
			});
		} catch (SQLException e) {
			throw new StoreException("Could not prepare the database for its users: " + e.getMessage(), e);
		}
	}

	private static void install(Connection c, char[] bootPassword) throws SQLException {
		grantToEveryone(c);
		// SYSUSERS is closed even to the owner, so the guard's existence is noted in SETTING
		boolean guardExists;
		try (PreparedStatement ps = c.prepareStatement("SELECT SETTING_VALUE FROM SETTING WHERE NAME = ?")) {
			ps.setString(1, INSTALLED);
			try (ResultSet rs = ps.executeQuery()) {
				guardExists = rs.next();
			}
		}
		if (!guardExists) {
			try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
				cs.setString(1, USER);
				cs.setString(2, password(bootPassword));
				cs.execute();
			}
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO SETTING (NAME, SETTING_VALUE) VALUES (?, ?)")) {
				ps.setString(1, INSTALLED);
				ps.setString(2, USER);
				ps.executeUpdate();
			}
		}
	}

	/**
	 * NATIVE authentication brings SQL authorization with it, under which the owner's tables are closed to the other
	 * users: every table, and the user and backup procedures, are granted to every console user (PUBLIC: NATIVE
	 * authentication keeps everyone else out); the roles are the services' business.
	 */
	private static void grantToEveryone(Connection c) throws SQLException {
		java.util.List<String> ungranted = new java.util.ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT T.TABLENAME FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S"
				+ " ON T.SCHEMAID = S.SCHEMAID WHERE S.SCHEMANAME = ? AND T.TABLETYPE = 'T' AND NOT EXISTS ("
				+ "SELECT 1 FROM SYS.SYSTABLEPERMS P WHERE P.TABLEID = T.TABLEID AND P.GRANTEE = 'PUBLIC')")) {
			ps.setString(1, DerbyDatabase.SCHEMA);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ungranted.add(rs.getString(1));
				}
			}
		}
		try (Statement s = c.createStatement()) {
			for (String t : ungranted) {
				s.execute("GRANT ALL PRIVILEGES ON " + DerbyDatabase.SCHEMA + ".\"" + t + "\" TO PUBLIC");
			}
		}
		try (Statement s = c.createStatement()) {
			for (String procedure : new String[] { "SYSCS_CREATE_USER", "SYSCS_RESET_PASSWORD", "SYSCS_DROP_USER",
					"SYSCS_BACKUP_DATABASE" }) {
				s.execute("GRANT EXECUTE ON PROCEDURE SYSCS_UTIL." + procedure + " TO PUBLIC");
			}
		}
	}

	/** After a new boot password: the guard's password follows it. */
	static void resetPassword(DerbyDatabase db, char[] bootPassword) {
		try (Connection c = db.writableConnection();
				CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)")) {
			cs.setString(1, USER);
			cs.setString(2, password(bootPassword));
			cs.execute();
			c.commit();
		} catch (SQLException e) {
			throw new StoreException("The guard of failed sign-ins could not follow the new boot password: "
					+ e.getMessage(), e);
		}
	}

	/** Whether a name is the guard's, which no console user may take. */
	public static boolean reserved(String user) {
		return USER.equalsIgnoreCase(user);
	}
}
