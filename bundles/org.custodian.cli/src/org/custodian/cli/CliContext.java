package org.custodian.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

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
	private final String user;
	private final boolean create;
	private Store store;

	CliContext(Services services, InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Path db,
			String user, boolean create) {
		this.services = services;
		this.in = in;
		this.out = out;
		this.err = err;
		this.env = env;
		this.db = db;
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
		try {
			if (s.exists(db)) {
				s.open(config);
			} else if (create) {
				s.create(config);
			} else {
				throw new StoreException("there is no Custodian database in " + db
						+ " (use --create to make one, or --db to point at it)");
			}
		} finally {
			config.wipe();
		}
		store = s;
		return store;
	}

	/** True when --create was given: {@link #store()} makes the database if the folder holds none. */
	public boolean creates() {
		return create;
	}

	/** True when the database folder holds a database (without opening it). */
	public boolean databaseExists() {
		return services.get(Store.class).exists(db);
	}

	private DatabaseConfig secrets() {
		String boot = env.get("CUSTODIAN_BOOT_PASSWORD");
		String password = env.get("CUSTODIAN_PASSWORD");
		if (boot == null || password == null) {
			try {
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				if (boot == null) {
					boot = lines.readLine();
				}
				if (password == null) {
					password = lines.readLine();
				}
			} catch (IOException e) {
				throw new UsageException("cannot read the passwords from standard input: " + e.getMessage());
			}
		}
		if (boot == null || password == null) {
			throw new UsageException("the boot password and the password are needed: set CUSTODIAN_BOOT_PASSWORD "
					+ "and CUSTODIAN_PASSWORD, or give them as two lines on standard input");
		}
		return new DatabaseConfig(db, user, password.toCharArray(), boot.toCharArray());
	}

	@Override
	public void close() {
		if (store != null) {
			store.close();
			store = null;
		}
	}
}
