package org.custodian.store.tests.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.custodian.model.ConsoleRole;
import org.custodian.store.Principal;
import org.custodian.store.StoreException;
import org.custodian.store.TrailEntry;
import org.custodian.store.internal.derby.SignInGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second person's password checked inside someone else's session (a DR sign-off): by the database's own
 * credentials, and limited like a sign-in, so the check cannot be used to guess a colleague's password.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SecondPersonPasswordTest {
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

	@Test
	void theRightPasswordNamesTheUserAndTheirRoleAWrongOneIsRefusedAndRecorded() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.IT_SECURITY_LEAD);

		Principal auditor = db.store.users().authenticate("AUDITOR", ConsoleDatabase.PASSWORD.toCharArray());
		assertEquals("auditor", auditor.user(), "the stored spelling of the name");
		assertEquals(ConsoleRole.AUDITOR, auditor.role());
		assertEquals("it_security_lead", db.store.principal().user(), "the session stays the signed-in user's");

		StoreException wrong = assertThrows(StoreException.class,
				() -> db.store.users().authenticate("auditor", "not the auditor's password".toCharArray()));
		assertTrue(wrong.getMessage().contains("password of auditor is wrong"), wrong.getMessage());
		StoreException unknown = assertThrows(StoreException.class,
				() -> db.store.users().authenticate("nobody", ConsoleDatabase.PASSWORD.toCharArray()));
		assertTrue(unknown.getMessage().contains("nobody is not a user of this console"), unknown.getMessage());

		List<TrailEntry> trail = db.store.trail().newest(0, 20);
		assertEquals(1, trail.stream().filter(t -> t.action().equals("sign-in failed") && t.user().equals("auditor"))
				.count(), trail.toString());
		assertTrue(db.store.trail().verify().intact());
	}

	@Test
	void failedChecksLockTheAccountAsFailedSignInsDo() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.IT_SECURITY_LEAD);
		for (int i = 0; i < SignInGuard.MAX_FAILURES; i++) {
			assertThrows(StoreException.class,
					() -> db.store.users().authenticate("auditor", "guessing the password".toCharArray()));
		}
		StoreException locked = assertThrows(StoreException.class,
				() -> db.store.users().authenticate("auditor", ConsoleDatabase.PASSWORD.toCharArray()));
		assertTrue(locked.getMessage().contains("locked after 5 failed sign-ins"), locked.getMessage());
		db.store.close();

		// the lock is the sign-in's own: the auditor cannot sign in either until it is over
		assertThrows(StoreException.class, () -> db.signIn(ConsoleRole.AUDITOR));
		db.clock.advance(Duration.ofMinutes(16));
		db.signIn(ConsoleRole.AUDITOR);
		assertEquals(ConsoleRole.AUDITOR, db.store.principal().role());
	}

	@Test
	void aDisabledAccountCannotConfirm() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.ADMINISTRATOR);
		db.store.users().setEnabled("auditor", false);
		StoreException disabled = assertThrows(StoreException.class,
				() -> db.store.users().authenticate("auditor", ConsoleDatabase.PASSWORD.toCharArray()));
		assertTrue(disabled.getMessage().contains("disabled"), disabled.getMessage());
	}
}
