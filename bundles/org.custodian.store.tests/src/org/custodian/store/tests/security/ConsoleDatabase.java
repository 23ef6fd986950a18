package org.custodian.store.tests.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.custodian.model.ConsoleRole;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.internal.StoreComponent;
import org.custodian.testing.TestDatabases;
import org.custodian.testing.TestDatabases.Backend;

/**
 * A real encrypted database created by its administrator ({@link TestDatabases#USER}), with one console user per
 * role, each named after the role and signing in with {@link #PASSWORD}; a clock the test moves.
 */
final class ConsoleDatabase {
	static final String PASSWORD = "a pass phrase for roles";

	final Path folder;
	final MovingClock clock = new MovingClock();
	final StoreComponent store = new StoreComponent(clock);
	private final Backend backend;
	/** Where the database is (a new database on the test server for PostgreSQL), made on first use. */
	private DatabaseConfig base;

	ConsoleDatabase(Backend backend, Path folder) {
		this.backend = backend;
		this.folder = folder;
	}

	/** The administrator's config ({@link TestDatabases#USER}), new secrets on every call. */
	DatabaseConfig owner() {
		if (base == null) {
			base = TestDatabases.config(backend, folder);
		}
		return TestDatabases.as(base, TestDatabases.USER, TestDatabases.PASSWORD);
	}

	/** Creates the database with a user for every role, and leaves it closed. */
	ConsoleDatabase withEveryRole() {
		store.create(owner());
		for (ConsoleRole role : ConsoleRole.values()) {
			if (role != ConsoleRole.ADMINISTRATOR && role != ConsoleRole.LINE_MANAGER) {
				store.users().create(name(role), PASSWORD.toCharArray(), role, null);
			}
		}
		store.close();
		return this;
	}

	static String name(ConsoleRole role) {
		return role.getLiteral().toLowerCase();
	}

	void signIn(ConsoleRole role) {
		if (role == ConsoleRole.ADMINISTRATOR) {
			store.open(owner());
		} else {
			store.open(config(name(role), PASSWORD));
		}
	}

	DatabaseConfig config(String user, String password) {
		owner();
		return TestDatabases.as(base, user, password);
	}

	/** Another user's config with another boot password. */
	DatabaseConfig config(String user, String password, String bootPassword) {
		owner();
		return new DatabaseConfig(base.directory(), user, password.toCharArray(), bootPassword.toCharArray(),
				base.server(), base.postgres());
	}

	/** A clock the test moves forward, for lock-outs. */
	static final class MovingClock extends Clock {
		private Instant now = Instant.parse("2026-03-02T09:00:00Z");

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
