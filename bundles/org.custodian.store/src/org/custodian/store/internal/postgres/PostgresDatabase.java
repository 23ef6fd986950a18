package org.custodian.store.internal.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.custodian.store.DatabaseConfig;
import org.custodian.store.StoreException;
import org.custodian.store.internal.Database;
import org.custodian.store.internal.jdbc.Dialect;

/**
 * A network's shared store on a PostgreSQL server (15 or newer). The server's database is made by its
 * administrator and owned by Custodian's administrator, who may create roles; Custodian keeps everything in the
 * schema {@value #SCHEMA}. Each console user is a login role of the server. The boot password never reaches the
 * server: it is the trust's key ({@link StoreKey}), proven by a check value in the store, and the password of the
 * sign-in guard's role is derived from it as in Derby.
 */
public final class PostgresDatabase implements Database {
	/** Every table of the store lives in this schema; connections search it first. */
	public static final String SCHEMA = "custodian";

	private final PostgresLocation where;
	private final String user;
	private char[] password;
	private final ConnectionPool pool;
	private volatile boolean open;
	private volatile boolean readOnly;

	private PostgresDatabase(DatabaseConfig config) {
		this.where = PostgresLocation.parse(config.postgres());
		this.user = Roles.name(config.user());
		this.password = config.password().clone();
		this.pool = new ConnectionPool(() -> where.connect(this.user, this.password, SCHEMA));
	}

	/** Whether the server's database holds a Custodian store (its schema and version table). */
	public static boolean exists(DatabaseConfig config) {
		PostgresLocation where = PostgresLocation.parse(config.postgres());
		try (Connection c = where.connect(Roles.name(config.user()), config.password(), null)) {
			return schemaExists(c);
		} catch (SQLException e) {
			throw PostgresFailures.signIn(e, where);
		}
	}

	private static boolean schemaExists(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = ?"
				+ " AND tablename = 'schema_version'")) {
			ps.setString(1, SCHEMA);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next();
			}
		}
	}

	/**
	 * Makes the store in the server's (empty) database: the schema, owned by the config's user, who becomes its
	 * administrator. The tables come from the migrations, which the store runs next.
	 */
	public static PostgresDatabase create(DatabaseConfig config) {
		check(config);
		PostgresDatabase db = new PostgresDatabase(config);
		try (Connection c = db.where.connect(db.user, db.password, null)) {
			if (schemaExists(c)) {
				throw new StoreException("A Custodian store already exists in " + db.location() + ".");
			}
			try (Statement s = c.createStatement()) {
				s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA + " AUTHORIZATION CURRENT_USER");
				// nobody else may create objects in the schema (PUBLIC has no rights in it)
				s.execute("REVOKE ALL ON SCHEMA " + SCHEMA + " FROM PUBLIC");
			}
		} catch (SQLException e) {
			throw PostgresFailures.of("The store could not be made in " + db.location(), e);
		}
		db.open = true;
		return db;
	}

	/**
	 * Signs in: the guard (when the store has one) refuses a locked account before the password is tried, and
	 * counts a wrong password; the boot password is checked against the store's check value.
	 */
	public static PostgresDatabase open(DatabaseConfig config, java.time.Clock clock) {
		check(config);
		PostgresDatabase db = new PostgresDatabase(config);
		GuardRole guard = GuardRole.connect(db.where, config.bootPassword(), clock);
		if (guard != null) {
			guard.refuseIfLocked(db.user);
		}
		try (Connection c = db.where.connect(db.user, db.password, null)) {
			if (!schemaExists(c)) {
				throw new StoreException("There is no Custodian store in " + db.location()
						+ " yet: make it with custodian-cli --db " + db.location() + " --create, or move a Derby"
						+ " database there with custodian-cli migrate-store.");
			}
		} catch (SQLException e) {
			if (PostgresFailures.disabled(e)) {
				throw new StoreException("The account " + db.user + " is disabled: ask an administrator.", e);
			}
			StoreException failure = PostgresFailures.signIn(e, db.where);
			if (guard != null && PostgresFailures.wrongPassword(e)) {
				guard.failed(db.user, failure);
			}
			throw failure;
		}
		db.open = true;
		if (guard != null) {
			guard.succeeded(db.user);
		}
		try {
			StoreKey.check(db, config.bootPassword());
		} catch (RuntimeException e) {
			db.close();
			throw e;
		}
		return db;
	}

	private static void check(DatabaseConfig config) {
		if (config.user() == null || config.user().isBlank()) {
			throw new StoreException("Enter a user name.");
		}
		if (config.password().length == 0) {
			throw new StoreException("Enter a password.");
		}
		if (config.bootPassword().length < DatabaseConfig.MIN_BOOT_PASSWORD) {
			throw new StoreException("The boot password must have at least " + DatabaseConfig.MIN_BOOT_PASSWORD
					+ " characters.");
		}
	}

	@Override
	public Dialect dialect() {
		return Dialect.POSTGRESQL;
	}

	@Override
	public Connection connection() throws SQLException {
		return pool.take(readOnly);
	}

	@Override
	public Connection writableConnection() throws SQLException {
		return pool.take(false);
	}

	PostgresLocation where() {
		return where;
	}

	@Override
	public void prepareForUsers(char[] bootPassword) {
		StoreKey.install(this, bootPassword);
		GuardRole.install(this, bootPassword);
	}

	@Override
	public void createUser(String name, char[] userPassword, org.custodian.model.ConsoleRole role) {
		Roles.create(this, Roles.name(name), userPassword, role);
	}

	@Override
	public void grant(String name, org.custodian.model.ConsoleRole role, boolean enabled) {
		if (!Roles.name(name).equals(user)) { // the owner has everything, and is never disabled
			Roles.grant(this, Roles.name(name), role, enabled);
		}
	}

	@Override
	public void resetPassword(String name, char[] replacement) {
		Roles.setPassword(this, Roles.name(name), replacement);
	}

	@Override
	public void modifyOwnPassword(char[] replacement) {
		Roles.setPassword(this, user, replacement);
		passwordChanged(replacement);
	}

	private void passwordChanged(char[] replacement) {
		char[] old = password;
		password = replacement.clone();
		java.util.Arrays.fill(old, '\0');
	}

	@Override
	public void readOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	@Override
	public boolean ownedBySignedInUser() {
		try (Connection c = writableConnection();
				PreparedStatement ps = c.prepareStatement("SELECT pg_catalog.pg_get_userbyid(nspowner) = CURRENT_USER"
						+ " FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
			ps.setString(1, SCHEMA);
			try (ResultSet rs = ps.executeQuery()) {
				boolean owner = rs.next() && rs.getBoolean(1);
				c.commit();
				return owner;
			}
		} catch (SQLException e) {
			throw PostgresFailures.of("Could not read who owns the store", e);
		}
	}

	@Override
	public boolean passwordIs(char[] candidate) {
		return java.security.MessageDigest.isEqual(new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8),
				new String(candidate).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Override
	public boolean acceptsCredentials(String name, char[] candidate) {
		try (Connection c = where.connect(Roles.name(name), candidate, null)) {
			return c != null;
		} catch (SQLException e) {
			if (PostgresFailures.wrongPassword(e)) {
				return false;
			}
			if (PostgresFailures.disabled(e)) {
				throw new StoreException("The account " + name + " is disabled: ask an administrator.", e);
			}
			throw PostgresFailures.signIn(e, where);
		}
	}

	/**
	 * The boot password of a PostgreSQL store is the trust's key: a new one is checked against the old and takes
	 * its place in the check value and the guard's password.
	 */
	@Override
	public void changeBootPassword(char[] current, char[] replacement) {
		if (replacement.length < DatabaseConfig.MIN_BOOT_PASSWORD) {
			throw new StoreException("The new boot password must have at least " + DatabaseConfig.MIN_BOOT_PASSWORD
					+ " characters.");
		}
		if (java.util.Arrays.equals(current, replacement)) {
			throw new StoreException("The new boot password must differ from the current one.");
		}
		StoreKey.check(this, current);
		StoreKey.replace(this, replacement);
		GuardRole.resetPassword(this, replacement);
	}

	@Override
	public Path backup(Path folder) {
		throw new StoreException("A PostgreSQL store is backed up on its server, with the server's own tools"
				+ " (pg_basebackup, or pg_dump of " + where.database() + "), by the server's administrator.");
	}

	@Override
	public Map<String, Long> tableCounts() {
		try (Connection c = writableConnection()) {
			Map<String, Long> counts = TableCounts.of(c, SCHEMA);
			c.commit();
			return counts;
		} catch (SQLException e) {
			throw PostgresFailures.of("Could not count the tables of the store", e);
		}
	}

	@Override
	public Map<String, Long> backupTableCounts(Path backup, Path scratch, char[] bootPassword) {
		throw new StoreException("A PostgreSQL store's backups are checked on its server (pg_verifybackup).");
	}

	@Override
	public Path directory() {
		return Path.of(where.database());
	}

	@Override
	public String user() {
		return user;
	}

	@Override
	public boolean remote() {
		return true;
	}

	@Override
	public String location() {
		return where.toString();
	}

	@Override
	public void close() {
		open = false;
		pool.close();
		java.util.Arrays.fill(password, '\0');
	}

	/** Whether the store is signed in. */
	public boolean isOpen() {
		return open;
	}
}
