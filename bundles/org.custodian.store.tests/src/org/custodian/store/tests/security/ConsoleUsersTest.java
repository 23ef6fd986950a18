package org.custodian.store.tests.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.custodian.model.ConsoleRole;
import org.custodian.model.ConsoleUser;
import org.custodian.model.ModelFactory;
import org.custodian.model.Site;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.store.AccessDeniedException;
import org.custodian.store.AccessEvent;
import org.custodian.store.StoreException;
import org.custodian.store.TrailEntry;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;

/** Users, roles and passwords on the real encrypted database. */
@ParameterizedClass
@EnumSource(Backend.class)
class ConsoleUsersTest {
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
	void theCreatorIsTheAdministratorAndGivesRolesThatHoldAtSignIn() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.ADMINISTRATOR);
		assertEquals(ConsoleRole.ADMINISTRATOR, db.store.principal().role());
		List<ConsoleUser> users = db.store.users().list();
		assertEquals(5, users.size(), "administrator and four roles");
		db.store.close();

		db.signIn(ConsoleRole.CALDICOTT_GUARDIAN);
		assertEquals(ConsoleRole.CALDICOTT_GUARDIAN, db.store.principal().role());
		assertEquals("caldicott_guardian", db.store.principal().user());
		List<TrailEntry> trail = db.store.trail().newest(0, 50);
		assertTrue(trail.stream().anyMatch(e -> e.action().equals("console user created")
				&& e.subject().equals("auditor") && e.detail().equals("auditor")), trail.toString());
	}

	@Test
	void onlyTheAdministratorCreatesUsers() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		for (ConsoleRole role : List.of(ConsoleRole.CALDICOTT_GUARDIAN, ConsoleRole.IT_SECURITY_LEAD,
				ConsoleRole.IG_MANAGER, ConsoleRole.AUDITOR)) {
			db.signIn(role);
			AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> db.store.users()
					.create("intruder", "another long phrase".toCharArray(), ConsoleRole.ADMINISTRATOR, null));
			assertTrue(e.getMessage().contains("may not create console users")
					&& e.getMessage().contains("administrator"), e.getMessage());
			assertThrows(AccessDeniedException.class, () -> db.store.users().list());
			db.store.close();
		}
	}

	@Test
	void anAuditorChangesNothingEvenThroughTheStoreButViewsAreStillRecorded() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.AUDITOR);
		Site site = ModelFactory.eINSTANCE.createSite();
		site.setName("Main");
		AccessDeniedException save = assertThrows(AccessDeniedException.class, () -> db.store.entities().save(site));
		assertTrue(save.getMessage().contains("may look but not change anything"), save.getMessage());
		assertThrows(AccessDeniedException.class, () -> {
			long run = db.store.events().beginImport("x.xml", "test");
			db.store.events().commitBatch(run, List.of(new AccessEvent(Instant.parse("2026-03-01T10:00:00Z"),
					"110110", "R", 0, null, "u", "U", "10.0.0.1", "943", "A^B", "1.2", "AE", "")), List.of(), "1");
		});
		assertThrows(AccessDeniedException.class, () -> db.store.alerts().setting("x", "y"));
		// reading works, and looking is written to the console's own trail
		assertEquals(0, db.store.entities().loadAll(org.custodian.model.ModelPackage.Literals.SITE).size());
		long before = db.store.trail().count();
		db.store.trail().append(db.store.user(), "view timeline", "patient 943", "");
		assertEquals(before + 1, db.store.trail().count());
	}

	@Test
	void aLineManagerMustBeLinkedToStaffAndCannotReadTheConsoleTrail() {
		db = new ConsoleDatabase(backend, dir.resolve("db"));
		db.store.create(db.owner());
		Trust trust = ModelFactory.eINSTANCE.createTrust();
		trust.setName("Trust");
		Staff manager = ModelFactory.eINSTANCE.createStaff();
		manager.setStaffNumber("S100");
		trust.getStaff().add(manager);
		db.store.entities().save(trust);
		StoreException unlinked = assertThrows(StoreException.class, () -> db.store.users().create("manager",
				ConsoleDatabase.PASSWORD.toCharArray(), ConsoleRole.LINE_MANAGER, null));
		assertTrue(unlinked.getMessage().contains("staff number"), unlinked.getMessage());
		StoreException unknown = assertThrows(StoreException.class, () -> db.store.users().create("manager",
				ConsoleDatabase.PASSWORD.toCharArray(), ConsoleRole.LINE_MANAGER, "S999"));
		assertTrue(unknown.getMessage().contains("S999"), unknown.getMessage());
		db.store.users().create("manager", ConsoleDatabase.PASSWORD.toCharArray(), ConsoleRole.LINE_MANAGER, "S100");
		db.store.close();

		db.store.open(db.config("manager", ConsoleDatabase.PASSWORD));
		assertEquals(manager.getId(), db.store.principal().staffId());
		AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> db.store.trail().newest(0, 10));
		assertTrue(e.getMessage().startsWith("manager (line manager) may not read the console's own trail"),
				e.getMessage());
	}

	@Test
	void passwordsFollowThePolicyOnCreationAndChange() {
		db = new ConsoleDatabase(backend, dir.resolve("db"));
		StoreException weakFirst = assertThrows(StoreException.class,
				() -> db.store.create(db.config("admin", "short")));
		assertTrue(weakFirst.getMessage().contains("at least 12 characters"), weakFirst.getMessage());
		db.store.create(db.owner());
		for (String[] bad : new String[][] { { "too short", "at least 12" }, { "aaaabbbbaaaabbbb", "different" },
				{ "my name is alice ok", "user name" }, { "password1234567", "\"password\"" } }) {
			StoreException e = assertThrows(StoreException.class, () -> db.store.users().create("alice",
					bad[0].toCharArray(), ConsoleRole.AUDITOR, null));
			assertTrue(e.getMessage().contains(bad[1]), bad[0] + ": " + e.getMessage());
		}
		StoreException badName = assertThrows(StoreException.class, () -> db.store.users().create("x'; drop",
				ConsoleDatabase.PASSWORD.toCharArray(), ConsoleRole.AUDITOR, null));
		assertTrue(badName.getMessage().contains("user name"), badName.getMessage());

		// change own password: the current one is checked, the new one follows the policy, and then it works
		char[] current = TestDatabases.PASSWORD.toCharArray();
		assertThrows(StoreException.class, () -> db.store.users().changeOwnPassword("not the password".toCharArray(),
				"a brand new phrase".toCharArray()));
		StoreException weak = assertThrows(StoreException.class,
				() -> db.store.users().changeOwnPassword(current, "tiny".toCharArray()));
		assertTrue(weak.getMessage().contains("at least 12"), weak.getMessage());
		db.store.users().changeOwnPassword(current, "a brand new phrase".toCharArray());
		db.store.entities().counts(); // connections after the change use the new password
		db.store.close();
		StoreException old = assertThrows(StoreException.class, () -> db.store.open(db.owner()));
		assertTrue(old.getMessage().contains("user name or password is wrong"), old.getMessage());
		db.store.open(db.config(TestDatabases.USER, "a brand new phrase"));
		List<TrailEntry> trail = db.store.trail().newest(0, 20);
		assertTrue(trail.stream().anyMatch(t -> t.action().equals("password changed")), trail.toString());
		assertTrue(trail.stream().anyMatch(t -> t.action().equals("password change refused")), trail.toString());
	}

	@Test
	void aDisabledUserCannotSignIn() {
		db = new ConsoleDatabase(backend, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.ADMINISTRATOR);
		db.store.users().setEnabled("auditor", false);
		db.store.close();
		StoreException e = assertThrows(StoreException.class, () -> db.signIn(ConsoleRole.AUDITOR));
		assertTrue(e.getMessage().contains("disabled"), e.getMessage());
		assertTrue(!db.store.isOpen());
	}
}
