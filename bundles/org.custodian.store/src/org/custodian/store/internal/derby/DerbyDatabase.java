package org.custodian.store.internal.derby;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.custodian.store.ConnectionSource;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.StoreException;

/**
 * Everything Derby-specific about opening the console's database: embedded driver, encryption at rest,
 * NATIVE authentication, shutdown and the SQLStates that mean "wrong password". Another JDBC database
 * would replace this class (and the dialect), nothing else.
 */
public final class DerbyDatabase implements org.custodian.store.internal.Database {

	/**
	 * Every console user works in this one schema. Without it Derby gives each signed-in user a schema of their
	 * own, and a second user would find no tables (and migrations would create an empty set for them).
	 */
	static final String SCHEMA = "CUSTODIAN";

	/** AES with a 256-bit key; Derby's default would be DES. */
	private static final String ALGORITHM = "AES/CBC/NoPadding";
	private static final String KEY_LENGTH = "256";

	private final Path directory;
	private final String user;
	private char[] password;
	private final Driver driver;
	/** host:port of the Derby network server holding the database, or null when it is embedded here. */
	private final String server;
	private volatile boolean open;
	/** Set for roles that may only look: every connection handed out is then read-only. */
	private volatile boolean readOnly;

	private DerbyDatabase(DatabaseConfig config) {
		this.directory = config.server() == null ? config.directory().toAbsolutePath() : config.directory();
		this.user = config.user();
		this.password = config.password().clone();
		this.server = config.server();
		this.driver = server == null ? embeddedDriver() : DerbyNetworkServer.clientDriver();
	}

	/** True when the folder holds a Derby database (service.properties is Derby's marker file). */
	public static boolean exists(Path directory) {
		return Files.isRegularFile(directory.resolve("service.properties"));
	}

	/**
	 * Creates the encrypted database and makes the config's user its owner with NATIVE credentials. From then
	 * on nobody connects without a user name and password, and nobody boots it without the boot password.
	 */
	public static DerbyDatabase create(DatabaseConfig config) {
		check(config);
		if (config.server() != null) {
			throw new StoreException("A database is created on the computer that holds it, then served; there is no "
					+ "Custodian database at //" + config.server() + config.directory() + ".");
		}
		if (exists(config.directory())) {
			throw new StoreException("A database already exists in " + config.directory() + ".");
		}
		DerbyDatabase db = new DerbyDatabase(config);
		Properties p = db.credentials();
		p.setProperty("create", "true");
		p.setProperty("dataEncryption", "true");
		p.setProperty("encryptionAlgorithm", ALGORITHM);
		p.setProperty("encryptionKeyLength", KEY_LENGTH);
		p.setProperty("bootPassword", new String(config.bootPassword()));
		try {
			Files.createDirectories(config.directory().toAbsolutePath().getParent());
			try (Connection c = db.driver.connect(db.url(), p)) {
				try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
					cs.setString(1, config.user());
					cs.setString(2, new String(config.password()));
					cs.execute();
				}
				try (Statement s = c.createStatement()) {
					s.execute("CREATE SCHEMA " + SCHEMA);
					// The first NATIVE user turns SQL authorization on as well (from the next boot): the owner grants
					// the tables to the other console users (SignInGuard.install); the roles themselves are the
					// services' business (Permission).
					// The console's own password policy applies (issue: roles); Derby's 31-day expiry would
					// lock the administrator out of a console used monthly.
					s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY("
							+ "'derby.authentication.native.passwordLifetimeMillis', '0')");
				}
			}
			db.open = true;
			// boot again so that authentication and SQL authorization are in force, and the owner's grants possible
			db.shutdown();
			Properties again = db.credentials();
			again.setProperty("bootPassword", new String(config.bootPassword()));
			try (Connection c = db.driver.connect(db.url(), again)) {
				db.open = true;
			}
			return db;
		} catch (java.io.IOException e) {
			throw new StoreException("Cannot create the folder for the database: " + e.getMessage(), e);
		} catch (SQLException e) {
			throw translate(e, config.directory());
		}
	}

	/**
	 * Boots an existing database with the boot password and signs the user in. The sign-in guard (booted with
	 * the same boot password) refuses a locked account before its password is tried, and counts and records a
	 * wrong password in the console's own trail.
	 */
	public static DerbyDatabase open(DatabaseConfig config) {
		return open(config, java.time.Clock.systemUTC());
	}

	/** {@link #open(DatabaseConfig)} on the given clock (lock-outs are timed by it). */
	public static DerbyDatabase open(DatabaseConfig config, java.time.Clock clock) {
		check(config);
		if (config.server() == null && !exists(config.directory())) {
			throw new StoreException("There is no Custodian database in " + config.directory() + ".");
		}
		DerbyDatabase db = new DerbyDatabase(config);
		try {
			return signIn(db, config, clock);
		} catch (StoreException refused) {
			if (config.server() == null) {
				// the guard booted the database: left booted, it would next open without the boot password
				shutdownEngine(db.driver);
			}
			throw refused;
		}
	}

	private static DerbyDatabase signIn(DerbyDatabase db, DatabaseConfig config, java.time.Clock clock) {
		SignInGuard guard = SignInGuard.connect(db.driver, db.url(), config.bootPassword(), clock);
		if (guard == null && config.server() != null) {
			// a served database always has its guard (the server signed in as its owner or a user of it)
			throw new StoreException("The boot password is wrong for the database at //" + config.server()
					+ config.directory() + ".");
		}
		if (guard != null) {
			guard.refuseIfLocked(config.user());
		}
		Properties p = db.credentials();
		if (config.server() == null) {
			p.setProperty("bootPassword", new String(config.bootPassword()));
		}
		try (Connection c = db.driver.connect(db.url(), p)) {
			db.open = true;
		} catch (SQLException e) {
			StoreException failure = translate(e, config.directory());
			if (guard != null && sqlStates(e).contains("08004")) {
				guard.failed(config.user(), failure);
			}
			throw failure;
		}
		if (guard != null) {
			guard.succeeded(config.user());
		}
		return db;
	}

	/**
	 * Makes a new database in the config's folder from a backup copy (Derby's createFrom), with the backup's users
	 * and the boot password it was taken with, and signs the user in.
	 */
	public static DerbyDatabase restore(Path backup, DatabaseConfig config) {
		check(config);
		if (config.server() != null) {
			throw new StoreException("Restore on the computer that will hold the database, then serve it.");
		}
		if (!exists(backup)) {
			throw new StoreException("There is no Custodian backup in " + backup + ".");
		}
		if (exists(config.directory()) || Files.exists(config.directory())) {
			throw new StoreException("Restore into a new folder: " + config.directory() + " already exists.");
		}
		DerbyDatabase db = new DerbyDatabase(config);
		Properties p = db.credentials();
		p.setProperty("bootPassword", new String(config.bootPassword()));
		p.setProperty("createFrom", backup.toAbsolutePath().toString());
		try (Connection c = db.driver.connect(db.url(), p)) {
			db.open = true;
			return db;
		} catch (SQLException e) {
			throw translate(e, backup);
		}
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
	public org.custodian.store.internal.jdbc.Dialect dialect() {
		return org.custodian.store.internal.jdbc.Dialect.DERBY;
	}

	@Override
	public Connection connection() throws SQLException {
		if (!open) {
			throw new SQLException("The database is closed.", "08003");
		}
		Connection c = writableConnection();
		if (readOnly) {
			c.setReadOnly(true);
		}
		return c;
	}

	/**
	 * A connection that may write whatever the role: for the console's own trail, which records what read-only
	 * roles look at, and for the store's own bookkeeping.
	 */
	@Override
	public Connection writableConnection() throws SQLException {
		if (!open) {
			throw new SQLException("The database is closed.", "08003");
		}
		Connection c = driver.connect(url(), credentials());
		try (Statement s = c.createStatement()) {
			s.execute("SET SCHEMA " + SCHEMA);
		}
		c.setAutoCommit(false);
		return c;
	}

	/**
	 * Run when the owner signs in: grants the tables to every console user and adds the sign-in guard if the
	 * database has none yet (see {@link SignInGuard}).
	 */
	@Override
	public void prepareForUsers(char[] bootPassword) {
		SignInGuard.install(this, bootPassword);
	}

	/** Creates a Derby user (NATIVE credentials) for a new console user. */
	@Override
	public void grant(String name, org.custodian.model.ConsoleRole role, boolean enabled) {
		// Derby's grants are made by SignInGuard.install for every user alike
	}

	@Override
	public void createUser(String name, char[] userPassword, org.custodian.model.ConsoleRole role) {
		try (Connection c = writableConnection();
				CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
			cs.setString(1, name);
			cs.setString(2, new String(userPassword));
			cs.execute();
			c.commit();
		} catch (SQLException e) {
			throw new StoreException("The user " + name + " could not be created: " + e.getMessage(), e);
		}
	}

	@Override
	public void resetPassword(String name, char[] replacement) {
		try (Connection c = writableConnection();
				CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)")) {
			cs.setString(1, name); // as SYSCS_CREATE_USER was given it
			cs.setString(2, new String(replacement));
			cs.execute();
			c.commit();
		} catch (SQLException e) {
			throw new StoreException("The password of " + name + " could not be reset: " + e.getMessage(), e);
		}
	}

	/** Changes the signed-in user's own password (Derby NATIVE) and uses it from now on. */
	@Override
	public void modifyOwnPassword(char[] replacement) {
		try (Connection c = writableConnection();
				CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_MODIFY_PASSWORD(?)")) {
			cs.setString(1, new String(replacement));
			cs.execute();
			c.commit();
		} catch (SQLException e) {
			throw new StoreException("The password could not be changed: " + e.getMessage(), e);
		}
		passwordChanged(replacement);
	}

	@Override
	public void readOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	/** True when the signed-in user owns the database (created it): only the owner may grant and add users. */
	@Override
	public boolean ownedBySignedInUser() {
		try (Connection c = writableConnection();
				java.sql.PreparedStatement ps = c.prepareStatement(
						"SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?")) {
			ps.setString(1, SCHEMA);
			try (java.sql.ResultSet rs = ps.executeQuery()) {
				boolean owner = rs.next() && rs.getString(1).equalsIgnoreCase(user);
				c.commit();
				return owner;
			}
		} catch (SQLException e) {
			throw new StoreException("Could not read who owns the database: " + e.getMessage(), e);
		}
	}

	/** Checks the password the user signed in with, for changes that ask for it again. */
	@Override
	public boolean passwordIs(char[] candidate) {
		return java.security.MessageDigest.isEqual(new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8),
				new String(candidate).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * Whether the database accepts this user's password, by connecting as them (the database is booted, so no
	 * boot password is needed) and closing the connection at once. Any answer but "wrong credentials" is an error.
	 */
	@Override
	public boolean acceptsCredentials(String name, char[] candidate) {
		Properties p = new Properties();
		p.setProperty("user", name);
		p.setProperty("password", new String(candidate));
		try (Connection c = driver.connect(url(), p)) {
			return c != null;
		} catch (SQLException e) {
			if (sqlStates(e).contains("08004")) {
				return false;
			}
			throw translate(e, directory);
		}
	}

	/** Derby has changed the user's password: connections from now on use the new one. */
	public void passwordChanged(char[] replacement) {
		char[] old = password;
		password = replacement.clone();
		java.util.Arrays.fill(old, '\0');
	}

	/**
	 * Re-encrypts the database with a new key under a new boot password: Derby does it while booting with
	 * bootPassword and newBootPassword, so the database is shut down first and booted again by it. The guard's
	 * password follows the boot password.
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
		if (server != null) {
			throw new StoreException("The boot password is changed on the computer that holds the database, with no "
					+ "server running: re-encryption needs the database to itself.");
		}
		if (!SignInGuard.bootPasswordIs(driver, url(), current)) {
			throw new StoreException("The current boot password is wrong; the database was left as it was.");
		}
		if (new String(replacement).indexOf(';') >= 0 || new String(current).indexOf(';') >= 0) {
			throw new StoreException("A boot password to change to (or from) must not contain a semicolon.");
		}
		shutdown();
		// Derby re-encrypts only when both passwords are attributes of the URL, not connection properties
		String reencrypt = url() + ";bootPassword=" + new String(current) + ";newBootPassword="
				+ new String(replacement);
		try (Connection c = driver.connect(reencrypt, credentials())) {
			open = true;
		} catch (SQLException e) {
			throw new StoreException("The database could not be re-encrypted: " + e.getMessage()
					+ ". Sign in again with the current boot password.", e);
		}
		SignInGuard.resetPassword(this, replacement);
	}

	/** Online backup (Derby copies the files while the database stays in use) into {@code target}. */
	@Override
	public Path backup(Path folder) {
		try (Connection c = writableConnection();
				CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
			Files.createDirectories(folder);
			cs.setString(1, folder.toAbsolutePath().toString());
			cs.execute();
			c.commit();
			return folder.toAbsolutePath().resolve(directory.getFileName());
		} catch (java.io.IOException e) {
			throw new StoreException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
		} catch (SQLException e) {
			throw new StoreException("The backup into " + folder + " failed: " + e.getMessage(), e);
		}
	}

	/**
	 * Rows of every table of the console's schema in the database {@code url}, by table name.
	 */
	static java.util.Map<String, Long> tableCounts(Connection c) throws SQLException {
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		java.util.List<String> tables = new java.util.ArrayList<>();
		try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT T.TABLENAME FROM SYS.SYSTABLES T JOIN "
				+ "SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE S.SCHEMANAME = ? AND T.TABLETYPE = 'T'")) {
			ps.setString(1, SCHEMA);
			try (java.sql.ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
		}
		for (String t : tables) {
			try (Statement s = c.createStatement();
					java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + ".\"" + t + "\"")) {
				rs.next();
				counts.put(t, rs.getLong(1));
			}
		}
		return counts;
	}

	/** Rows of every table of the open database. */
	@Override
	public java.util.Map<String, Long> tableCounts() {
		try (Connection c = writableConnection()) {
			java.util.Map<String, Long> counts = tableCounts(c);
			c.commit();
			return counts;
		} catch (SQLException e) {
			throw new StoreException("Could not count the tables of the database: " + e.getMessage(), e);
		}
	}

	/**
	 * Restores {@code backup} into {@code scratch} (which must not exist), counts its tables with the signed-in
	 * user's credentials, shuts it down and deletes it.
	 */
	@Override
	public java.util.Map<String, Long> backupTableCounts(Path backup, Path scratch, char[] bootPassword) {
		if (!exists(backup)) {
			throw new StoreException("There is no Custodian backup in " + backup + ".");
		}
		if (Files.exists(scratch)) {
			throw new StoreException("The scratch folder " + scratch + " is in the way; remove it and retry.");
		}
		String scratchUrl = "jdbc:derby:" + scratch.toAbsolutePath();
		Properties p = credentials();
		p.setProperty("bootPassword", new String(bootPassword));
		p.setProperty("createFrom", backup.toAbsolutePath().toString());
		try {
			try (Connection c = driver.connect(scratchUrl, p)) {
				try (Statement s = c.createStatement()) {
					s.execute("SET SCHEMA " + SCHEMA);
				}
				return tableCounts(c);
			} catch (SQLException e) {
				throw translate(e, backup);
			} finally {
				Properties down = credentials();
				down.setProperty("shutdown", "true");
				try (Connection c = driver.connect(scratchUrl, down)) {
					// Derby answers a shutdown with an exception
				} catch (SQLException expected) {
					// 08006 when it shut down; anything else: the copy was never booted
				}
			}
		} finally {
			deleteTree(scratch);
		}
	}

	private static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (java.io.IOException e) {
			throw new StoreException("The scratch copy " + root + " could not be removed: " + e.getMessage(), e);
		}
	}

	Driver driver() {
		return driver;
	}

	@Override
	public Path directory() {
		return directory;
	}

	@Override
	public String user() {
		return user;
	}

	/** Shuts the database down so its files are consistent and unlocked. */
	@Override
	public void close() {
		if (!open) {
			return;
		}
		try {
			shutdown();
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
	}

	private void shutdown() {
		open = false;
		if (server != null) {
			return; // the server's database: other consoles still use it
		}
		Properties p = credentials();
		p.setProperty("shutdown", "true");
		try (Connection c = driver.connect(url(), p)) {
			// Derby always answers a shutdown with an exception; reaching here would be unexpected but harmless.
		} catch (SQLException e) {
			if ("08004".equals(e.getSQLState())) {
				// with SQL authorization (which NATIVE users bring) only the owner may shut the database down: stop
				// the engine instead
				shutdownEngine(driver);
			} else if (!"08006".equals(e.getSQLState())) {
				throw new StoreException("The database did not shut down cleanly: " + e.getMessage(), e);
			}
		}
	}

	/**
	 * Stops Derby's engine in this process, which closes every database it has booted. Used where a database must
	 * not stay booted (after a refused sign-in the boot password would otherwise no longer be asked) and its own
	 * shutdown is refused.
	 */
	static void shutdownEngine(Driver driver) {
		try (Connection c = driver.connect("jdbc:derby:;shutdown=true", new Properties())) {
			// Derby answers with XJ015
		} catch (SQLException expected) {
			// XJ015: the engine has stopped; the next embedded driver made boots it again
		}
	}

	String url() {
		return server == null ? "jdbc:derby:" + directory : DerbyNetworkServer.clientUrl(server, directory);
	}

	/** Whether the database is served by another process rather than embedded in this one. */
	@Override
	public boolean remote() {
		return server != null;
	}

	/** The console's location of the database: its folder, or //host:port/folder. */
	@Override
	public String location() {
		return server == null ? directory.toString() : "//" + server + directory;
	}

	Properties credentials() {
		Properties p = new Properties();
		p.setProperty("user", user);
		p.setProperty("password", new String(password));
		return p;
	}

	/** Turns Derby's SQLStates into sentences; the boot password is never part of the message. */
	static StoreException translate(SQLException e, Path directory) {
		java.util.Set<String> states = sqlStates(e);
		if (states.contains("XBM06")) {
			return new StoreException("The boot password is wrong: the database in " + directory
					+ " could not be decrypted.", e);
		}
		if (states.contains("08004")) {
			return new StoreException("The user name or password is wrong.", e);
		}
		if (states.contains("XSDB6")) {
			return new StoreException("The database in " + directory
					+ " is already in use by another Custodian console or process.", e);
		}
		// Derby's outer message says "see the next exception"; the innermost one says what went wrong
		Throwable inner = e;
		while (inner.getCause() != null && inner.getCause() != inner) {
			inner = inner.getCause();
		}
		String detail = inner == e ? e.getMessage() : e.getMessage() + " (" + inner.getMessage() + ")";
		return new StoreException("The database in " + directory + " could not be opened: " + detail, e);
	}

	/**
	 * Every SQLState in the exception's cause and next-exception chains. Derby reports boot failures as an
	 * outer XJ040 whose causes are its internal StandardExceptions, which carry the state that matters.
	 */
	static java.util.Set<String> sqlStates(Throwable top) {
		java.util.Set<String> states = new java.util.HashSet<>();
		java.util.List<Throwable> todo = new java.util.ArrayList<>(java.util.List.of(top));
		java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		while (!todo.isEmpty()) {
			Throwable t = todo.remove(todo.size() - 1);
			if (t == null || !seen.add(t)) {
				continue;
			}
			if (t instanceof SQLException s) {
				states.add(s.getSQLState());
				todo.add(s.getNextException());
			} else {
				try {
					Object state = t.getClass().getMethod("getSQLState").invoke(t);
					if (state != null) {
						states.add(state.toString());
					}
				} catch (ReflectiveOperationException notDerbys) {
					// not an exception that carries a state
				}
			}
			todo.add(t.getCause());
		}
		return states;
	}

	/**
	 * Loads Derby's embedded driver through this bundle's class loader. Since Derby 10.15 the class lives in
	 * derbytools, which the target platform attaches as a fragment of the derby bundle; DriverManager is
	 * unreliable inside OSGi.
	 */
	public static Driver embeddedDriver() {
		DerbyLog.install(); // before the engine boots: derby.log must never show a statement's values
		try {
			return (Driver) Class.forName("org.apache.derby.jdbc.EmbeddedDriver").getDeclaredConstructor()
					.newInstance();
		} catch (ReflectiveOperationException e) {
			throw new StoreException("The Derby database engine is missing from this installation.", e);
		}
	}
}
