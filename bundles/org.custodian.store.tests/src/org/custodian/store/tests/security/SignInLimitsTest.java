package org.custodian.store.tests.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.custodian.model.ConsoleRole;
import org.custodian.store.StoreException;
import org.custodian.store.TrailEntry;
import org.custodian.store.TrailVerification;
import org.custodian.store.internal.derby.SignInGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;

/** Failed sign-ins are counted, lock the account for a while, and land in the console's own trail. */
@ParameterizedClass
@EnumSource(Backend.class)
class SignInLimitsTest {
	@Parameter
	Backend backend;

	@TempDir
	Path dir;
	private ConsoleDatabase db;

	@AfterEach
	void close() {
		if (db != null) {
			db.store.close();
		}
	}

	private StoreException wrongPassword(String user) {
		return assertThrows(StoreException.class, () -> db.store.open(db.config(user, "not my password at all")));
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilThePeriodIsOver() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		String auditor = ConsoleDatabase.name(ConsoleRole.AUDITOR);
		for (int i = 1; i < SignInGuard.MAX_FAILURES; i++) {
			StoreException e = wrongPassword(auditor);
			assertTrue(e.getMessage().contains("user name or password is wrong"), e.getMessage());
		}
		StoreException locking = wrongPassword(auditor);
		assertTrue(locking.getMessage().contains("is now locked for 15 minutes"), locking.getMessage());

		db.clock.advance(Duration.ofMinutes(14));
		StoreException locked = assertThrows(StoreException.class, () -> db.signIn(ConsoleRole.AUDITOR));
		assertTrue(locked.getMessage().contains("The account auditor is locked after 5 failed sign-ins until"),
				locked.getMessage());
		// other users are not affected
		db.signIn(ConsoleRole.CALDICOTT_GUARDIAN);
		List<TrailEntry> trail = db.store.trail().newest(0, 50);
		assertEquals(5, trail.stream().filter(t -> t.action().equals("sign-in failed") && t.user().equals(auditor))
				.count(), trail.toString());
		assertEquals(1, trail.stream().filter(t -> t.action().equals("account locked")).count());
		assertEquals(1, trail.stream().filter(t -> t.action().equals("sign-in refused")).count());
		TrailVerification chain = db.store.trail().verify();
		assertTrue(chain.intact(), chain.problem());
		db.store.close();

		db.clock.advance(Duration.ofMinutes(2));
		db.signIn(ConsoleRole.AUDITOR);
		assertEquals(ConsoleRole.AUDITOR, db.store.principal().role());
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		String guardian = ConsoleDatabase.name(ConsoleRole.CALDICOTT_GUARDIAN);
		for (int i = 1; i < SignInGuard.MAX_FAILURES; i++) {
			wrongPassword(guardian);
		}
		db.signIn(ConsoleRole.CALDICOTT_GUARDIAN);
		db.store.close();
		for (int i = 1; i < SignInGuard.MAX_FAILURES; i++) {
			wrongPassword(guardian);
		}
		db.signIn(ConsoleRole.CALDICOTT_GUARDIAN);
		assertTrue(db.store.isOpen());
	}

	@Test
	void aWrongBootPasswordIsNotCountedAgainstTheUser() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		for (int i = 0; i < SignInGuard.MAX_FAILURES + 1; i++) {
			StoreException e = assertThrows(StoreException.class, () -> db.store.open(db.config("auditor", ConsoleDatabase.PASSWORD, "wrong boot password")));
			assertTrue(e.getMessage().contains("boot password is wrong"), e.getMessage());
		}
		db.signIn(ConsoleRole.AUDITOR);
		assertTrue(db.store.isOpen());
	}
}
