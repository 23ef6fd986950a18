package org.custodian.testing;

import java.nio.file.Path;

import org.custodian.store.DatabaseConfig;

/** Configs for throw-away encrypted test databases. */
public final class TestDatabases {
	public static final String USER = "guardian";
	public static final String PASSWORD = "correct horse battery";
	public static final String BOOT = "boot password for tests 2026";

	private TestDatabases() {
	}

	public static DatabaseConfig config(Path dir) {
		return new DatabaseConfig(dir, USER, PASSWORD.toCharArray(), BOOT.toCharArray());
	}

	public static DatabaseConfig config(Path dir, String password, String boot) {
		return new DatabaseConfig(dir, USER, password.toCharArray(), boot.toCharArray());
	}
}
