package org.custodian.testing;

import java.nio.file.Path;

import org.custodian.store.DatabaseConfig;

/** Configs for throw-away test databases: encrypted Derby, or a new database on the test PostgreSQL server. */
public final class TestDatabases {
	public static final String USER = "guardian";
	public static final String PASSWORD = "correct horse battery";
	public static final String BOOT = "boot password for tests 2026";

	/** The databases the store suite runs on (a test class is run once for each). */
	public enum Backend {
		DERBY, POSTGRESQL
	}

	private TestDatabases() {
	}

	public static DatabaseConfig config(Path dir) {
		return new DatabaseConfig(dir, USER, PASSWORD.toCharArray(), BOOT.toCharArray());
	}

	public static DatabaseConfig config(Path dir, String password, String boot) {
		return new DatabaseConfig(dir, USER, password.toCharArray(), boot.toCharArray());
	}

	/**
	 * A config for a new, empty database of the backend: a folder under {@code dir} for Derby; for PostgreSQL a new
	 * database on the shared test server, owned by {@link #USER} (the previous test's databases are dropped).
	 */
	public static DatabaseConfig config(Backend backend, Path dir) {
		if (backend == Backend.DERBY) {
			return config(dir);
		}
		PostgresServer server = PostgresServer.shared();
		String name = server.newDatabase(USER, PASSWORD.toCharArray());
		return DatabaseConfig.at(server.location(name) + "?sslmode=disable", USER, PASSWORD.toCharArray(),
				BOOT.toCharArray());
	}

	/** A config for the same database as {@code config}, signed in as another user. */
	public static DatabaseConfig as(DatabaseConfig config, String user, String password) {
		return new DatabaseConfig(config.directory(), user, password.toCharArray(), config.bootPassword().clone(),
				config.server(), config.postgres());
	}
}
