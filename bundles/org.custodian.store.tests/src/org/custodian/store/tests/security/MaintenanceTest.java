package org.custodian.store.tests.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custodian.model.ConsoleRole;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.Site;
import org.custodian.store.AccessDeniedException;
import org.custodian.store.BackupVerification;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.StoreException;
import org.custodian.testing.TestDatabases;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online backup, its verification, restore into a new folder, and a new boot password, on real encrypted Derby. */
class MaintenanceTest {
	@TempDir
	Path dir;
	private ConsoleDatabase db;

	@AfterEach
	void close() {
		if (db != null) {
			db.store.close();
		}
	}

	private void addSite(String name) {
		Site site = ModelFactory.eINSTANCE.createSite();
		site.setName(name);
		db.store.entities().save(site);
	}

	@Test
	void anOnlineBackupVerifiesAgainstTheDatabaseAndRestoresIntoANewFolder() throws Exception {
		db = new ConsoleDatabase(Backend.DERBY, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.ADMINISTRATOR);
		addSite("Main");
		Path backup = db.store.maintenance().backup(dir.resolve("backups"));
		assertTrue(Files.isRegularFile(backup.resolve("service.properties")), backup.toString());

		BackupVerification same = db.store.maintenance().verify(backup, TestDatabases.BOOT.toCharArray());
		assertTrue(same.identical(), same.differences().toString());
		assertTrue(same.tables().size() > 20, "every table counted: " + same.tables());
		assertTrue(same.tables().stream().anyMatch(t -> t.table().equals("M_SITE") && t.backup() == 1));
		try (var left = Files.list(backup.getParent())) {
			assertEquals(List.of(backup.getFileName().toString()), left.map(p -> p.getFileName().toString()).toList(),
					"the scratch copy is removed");
		}

		addSite("Annexe");
		BackupVerification changed = db.store.maintenance().verify(backup, TestDatabases.BOOT.toCharArray());
		assertTrue(changed.differences().stream().anyMatch(t -> t.table().equals("M_SITE") && t.database() == 2
				&& t.backup() == 1), changed.differences().toString());
		db.store.close();

		Path restored = dir.resolve("restored");
		db.store.restore(backup, TestDatabases.config(restored));
		assertEquals(restored.toAbsolutePath(), db.store.location());
		List<Site> sites = db.store.entities().loadAll(ModelPackage.Literals.SITE);
		assertEquals(List.of("Main"), sites.stream().map(Site::getName).toList());
		assertEquals(ConsoleRole.ADMINISTRATOR, db.store.principal().role());
		db.store.close();
		// the restored copy knows the backup's users
		db.store.open(new DatabaseConfig(restored, "auditor", ConsoleDatabase.PASSWORD.toCharArray(),
				TestDatabases.BOOT.toCharArray()));
		db.store.close();

		StoreException occupied = assertThrows(StoreException.class,
				() -> db.store.restore(backup, TestDatabases.config(restored)));
		assertTrue(occupied.getMessage().contains("already exists"), occupied.getMessage());
	}

	@Test
	void onlyTheAdministratorAndTheItSecurityLeadBackUp() {
		db = new ConsoleDatabase(Backend.DERBY, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.IT_SECURITY_LEAD);
		Path backup = db.store.maintenance().backup(dir.resolve("backups"));
		assertTrue(Files.isDirectory(backup));
		AccessDeniedException boot = assertThrows(AccessDeniedException.class, () -> db.store.maintenance()
				.changeBootPassword(TestDatabases.BOOT.toCharArray(), "another boot password".toCharArray()));
		assertTrue(boot.getMessage().contains("may not change the boot password"), boot.getMessage());
		db.store.close();
		for (ConsoleRole role : List.of(ConsoleRole.IG_MANAGER, ConsoleRole.AUDITOR, ConsoleRole.CALDICOTT_GUARDIAN)) {
			db.signIn(role);
			AccessDeniedException e = assertThrows(AccessDeniedException.class,
					() -> db.store.maintenance().backup(dir.resolve("more")));
			assertTrue(e.getMessage().contains("may not back up the console's database"), e.getMessage());
			db.store.close();
		}
		assertFalse(Files.exists(dir.resolve("more")));
	}

	@Test
	void aNewBootPasswordReEncryptsTheDatabaseAndTheOldOneNoLongerOpensIt() {
		db = new ConsoleDatabase(Backend.DERBY, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.ADMINISTRATOR);
		addSite("Main");
		StoreException wrong = assertThrows(StoreException.class, () -> db.store.maintenance()
				.changeBootPassword("not the boot password".toCharArray(), "the next boot password".toCharArray()));
		assertTrue(wrong.getMessage().contains("current boot password is wrong"), wrong.getMessage());
		assertEquals(1, db.store.entities().loadAll(ModelPackage.Literals.SITE).size(), "still usable");

		db.store.maintenance().changeBootPassword(TestDatabases.BOOT.toCharArray(),
				"the next boot password".toCharArray());
		addSite("Annexe"); // the database is open again after the re-encryption
		db.store.close();

		StoreException old = assertThrows(StoreException.class, () -> db.signIn(ConsoleRole.ADMINISTRATOR));
		assertTrue(old.getMessage().contains("boot password is wrong"), old.getMessage());
		DatabaseConfig renewed = new DatabaseConfig(db.folder, "auditor", ConsoleDatabase.PASSWORD.toCharArray(),
				"the next boot password".toCharArray());
		// the guard follows the new boot password: a wrong user password is still counted and recorded
		assertThrows(StoreException.class, () -> db.store.open(new DatabaseConfig(db.folder, "auditor",
				"not my password at all".toCharArray(), "the next boot password".toCharArray())));
		db.store.open(renewed);
		assertEquals(2, db.store.entities().loadAll(ModelPackage.Literals.SITE).size());
		assertTrue(db.store.trail().newest(0, 10).stream().anyMatch(t -> t.action().equals("sign-in failed")));
		assertTrue(db.store.trail().newest(0, 10).stream().anyMatch(t -> t.action().equals("boot password changed")));
	}
}
