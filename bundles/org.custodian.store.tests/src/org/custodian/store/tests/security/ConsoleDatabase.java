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

/**
 * A real encrypted database created by its administrator ({@link TestDatabases#USER}), with one console user per
 * role, each named after the role and signing in with {@link #PASSWORD}; a clock the test moves.
 */
final class ConsoleDatabase {
	static final String PASSWORD = "a pass phrase for roles";

	final Path folder;
	final MovingClock clock = new MovingClock();
	final StoreComponent store = new StoreComponent(clock);

	ConsoleDatabase(Path folder) {
		this.folder = folder;
	}

	/** Creates the database with a user for every role, and leaves it closed. */
	ConsoleDatabase withEveryRole() {
		store.create(TestDatabases.config(folder));
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
			store.open(TestDatabases.config(folder));
		} else {
			store.open(config(name(role), PASSWORD));
		}
	}

	DatabaseConfig config(String user, String password) {
		return new DatabaseConfig(folder, user, password.toCharArray(), TestDatabases.BOOT.toCharArray());
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
