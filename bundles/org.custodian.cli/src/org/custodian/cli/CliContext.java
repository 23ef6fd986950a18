package org.custodian.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.custodian.report.csv.CsvWriter;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.Store;
import org.custodian.store.StoreException;

/**
 * What a running command may use: the output streams, the services, and the database, opened on first use so
 * that commands which need none (checking files, a C-ECHO to an address) ask for no password.
 */
public final class CliContext implements AutoCloseable {
	private final Services services;
	private final InputStream in;
	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> env;
	private final Path db;
	/** --db as given: a folder, or //host:port/folder on a server. */
	private final String location;
	private final String user;
	private final boolean create;
	private Store store;
	private BufferedReader lines;
	/** The boot password the database was opened with, kept for commands that change or check it. */
	private char[] bootPassword;
	/** The password the user signed in with, for changing it. */
	private char[] password;

	CliContext(Services services, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
			String location, String user, boolean create) {
		this.services = services;
		this.in = in;
		this.out = out;
		this.err = err;
		this.env = env;
		this.location = location;
		this.db = DatabaseConfig.isServer(location) ? null : Path.of(location);
		this.user = user;
		this.create = create;
	}

	public PrintStream out() {
		return out;
	}

	public PrintStream err() {
		return err;
	}

	public Map<String, String> env() {
		return env;
	}

	/** CSV on standard output. */
	public CsvWriter csv() {
		return new CsvWriter(out);
	}

	public <S> S service(Class<S> type) {
		return services.get(type);
	}

	/** The open database; opens it (reading the secrets) on the first call. */
	public Store store() {
		if (store != null) {
			return store;
		}
		Store s = services.get(Store.class);
		DatabaseConfig config = secrets();
		bootPassword = config.bootPassword().clone();
		password = config.password().clone();
		try {
			if (s.exists(config)) {
				s.open(config);
			} else if (create) {
				s.create(config);
			} else {
				throw new StoreException("there is no Custodian database in " + (db == null ? location : db)
						+ " (use --create to make one, or --db to point at it)");
			}
		} finally {
			config.wipe();
		}
		store = s;
		return store;
	}

	/**
	 * Makes the database folder (--db) from a backup and signs in to it, with the backup's user, password and boot
	 * password.
	 */
	public Store restore(Path backup) {
		Store s = services.get(Store.class);
		DatabaseConfig config = secrets();
		try {
			s.restore(backup, config);
		} finally {
			config.wipe();
		}
		store = s;
		return store;
	}

	/** The boot password the database was opened with (after {@link #store()}). */
	public char[] bootPassword() {
		store();
		return bootPassword.clone();
	}

	/** The password the user signed in with (after {@link #store()}). */
	public char[] password() {
		store();
		return password.clone();
	}

	/**
	 * A further secret (a new password, a new boot password): from the environment variable, or else the next
	 * line of standard input after the boot password and password. Never from the command line.
	 */
	public char[] secret(String variable, String what) {
		String value = env.get(variable);
		if (value == null) {
			try {
				value = lines().readLine();
			} catch (IOException e) {
				throw new UsageException("cannot read " + what + " from standard input: " + e.getMessage());
			}
		}
		if (value == null) {
			throw new UsageException(what + " is needed: set " + variable + ", or give it as the next line on standard"
					+ " input");
		}
		return value.toCharArray();
	}

	/** One reader for every secret on standard input, so that none is lost in another reader's buffer. */
	private BufferedReader lines() {
		if (lines == null) {
			lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return lines;
	}

	/** True when --create was given: {@link #store()} makes the database if the folder holds none. */
	public boolean creates() {
		return create;
	}

	/** True when the database folder holds a database (without opening it). */
	public boolean databaseExists() {
		return db == null || services.get(Store.class).exists(db);
	}

	private DatabaseConfig secrets() {
		String boot = env.get("CUSTODIAN_BOOT_PASSWORD");
		String password = env.get("CUSTODIAN_PASSWORD");
		if (boot == null || password == null) {
			try {
				if (boot == null) {
					boot = lines().readLine();
				}
				if (password == null) {
					password = lines().readLine();
				}
			} catch (IOException e) {
				throw new UsageException("cannot read the passwords from standard input: " + e.getMessage());
			}
		}
		if (boot == null || password == null) {
			throw new UsageException("the boot password and the password are needed: set CUSTODIAN_BOOT_PASSWORD "
					+ "and CUSTODIAN_PASSWORD, or give them as two lines on standard input");
		}
		return DatabaseConfig.at(location, user, password.toCharArray(), boot.toCharArray());
	}

	@Override
	public void close() {
		if (bootPassword != null) {
			java.util.Arrays.fill(bootPassword, '\0');
			java.util.Arrays.fill(password, '\0');
		}
		if (store != null) {
			store.close();
			store = null;
		}
	}
}
