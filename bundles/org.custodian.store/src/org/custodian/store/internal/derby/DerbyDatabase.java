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
public final class DerbyDatabase implements ConnectionSource, AutoCloseable {

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
	private final char[] password;
	private final Driver driver;
	private boolean open;

	private DerbyDatabase(DatabaseConfig config) {
		this.directory = config.directory().toAbsolutePath();
		this.user = config.user();
		this.password = config.password().clone();
		this.driver = embeddedDriver();
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
					// Grants decide who may read what; takes effect at the next boot.
					s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true')");
					// The console's own password policy applies (issue: roles); Derby's 31-day expiry would
					// lock the administrator out of a console used monthly.
					s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY("
							+ "'derby.authentication.native.passwordLifetimeMillis', '0')");
				}
			}
			db.open = true;
			return db;
		} catch (java.io.IOException e) {
			throw new StoreException("Cannot create the folder for the database: " + e.getMessage(), e);
		} catch (SQLException e) {
			throw translate(e, config.directory());
		}
	}

	/** Boots an existing database with the boot password and signs the user in. */
	public static DerbyDatabase open(DatabaseConfig config) {
		check(config);
		if (!exists(config.directory())) {
			throw new StoreException("There is no Custodian database in " + config.directory() + ".");
		}
		DerbyDatabase db = new DerbyDatabase(config);
		Properties p = db.credentials();
		p.setProperty("bootPassword", new String(config.bootPassword()));
		try (Connection c = db.driver.connect(db.url(), p)) {
			db.open = true;
			return db;
		} catch (SQLException e) {
			throw translate(e, config.directory());
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
	public Connection connection() throws SQLException {
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

	public Path directory() {
		return directory;
	}

	public String user() {
		return user;
	}

	/** Shuts the database down so its files are consistent and unlocked. */
	@Override
	public void close() {
		if (!open) {
			return;
		}
		open = false;
		Properties p = credentials();
		p.setProperty("shutdown", "true");
		try (Connection c = driver.connect(url(), p)) {
			// Derby always answers a shutdown with an exception; reaching here would be unexpected but harmless.
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) {
				throw new StoreException("The database did not shut down cleanly: " + e.getMessage(), e);
			}
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
	}

	private String url() {
		return "jdbc:derby:" + directory;
	}

	private Properties credentials() {
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
	private static java.util.Set<String> sqlStates(Throwable top) {
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
