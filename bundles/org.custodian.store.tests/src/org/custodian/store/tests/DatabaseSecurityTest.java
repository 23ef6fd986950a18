package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.custodian.store.AccessEvent;
import org.custodian.store.EventFilter;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.internal.StoreComponent;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.migrations.MigrationRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.custodian.testing.TestDatabases;

/** The database is encrypted at rest, refuses wrong secrets, and migrates from empty. */
class DatabaseSecurityTest {
	/** A patient identifier and name that must never be readable in the database's files. */
	static final String PATIENT_ID = "9434765919";
	static final String PATIENT_NAME = "QUIXOTE^ZEBEDEE";

	@TempDir
	Path dir;
	private final StoreComponent store = new StoreComponent();

	@AfterEach
	void close() {
		store.close();
	}

	private static AccessEvent event() {
		return new AccessEvent(Instant.parse("2026-03-01T10:15:30Z"), "110104", "R", 0, null, "drwho", "Dr Who",
				"10.0.0.7", PATIENT_ID, PATIENT_NAME, "1.2.3.4", "PACS_MAIN", "viewed 12 instances");
	}

	@Test
	void noPatientIdentifierIsReadableInAnyDatabaseFile() throws IOException {
		Path db = dir.resolve("db");
		store.create(TestDatabases.config(db));
		long run = store.events().beginImport("test", "unit");
		store.events().commitBatch(run, List.of(event()), List.of(), "1");
		store.close();

		assertFalse(filesContaining(db, PATIENT_ID).size() + filesContaining(db, PATIENT_NAME).size() > 0,
				"patient identifiers readable in " + filesContaining(db, PATIENT_ID) + filesContaining(db, PATIENT_NAME));
	}

	@Test
	void theScanWouldFindIdentifiersInAnUnencryptedDatabase() throws Exception {
		// Proves the scan above can fail: the same value in a plain Derby database is found.
		Path plain = dir.resolve("plain");
		Properties p = new Properties();
		p.setProperty("create", "true");
		try (Connection c = DerbyDatabase.embeddedDriver().connect("jdbc:derby:" + plain, p);
				Statement s = c.createStatement()) {
			s.execute("CREATE TABLE T (V VARCHAR(40))");
			s.execute("INSERT INTO T VALUES ('" + PATIENT_ID + "')");
		}
		shutdown(plain);
		assertFalse(filesContaining(plain, PATIENT_ID).isEmpty(), "the scan found nothing in a plain database");
	}

	@Test
	void wrongBootPasswordIsRefused() {
		Path db = dir.resolve("db");
		store.create(TestDatabases.config(db));
		store.close();
		StoreException e = assertThrows(StoreException.class,
				() -> store.open(TestDatabases.config(db, TestDatabases.PASSWORD, "not the boot password")));
		assertTrue(e.getMessage().contains("boot password is wrong"), e.getMessage());
		assertFalse(store.isOpen());
		store.open(TestDatabases.config(db));
		assertTrue(store.isOpen());
	}

	@Test
	void wrongUserPasswordIsRefused() {
		Path db = dir.resolve("db");
		store.create(TestDatabases.config(db));
		store.close();
		StoreException e = assertThrows(StoreException.class,
				() -> store.open(TestDatabases.config(db, "guess", TestDatabases.BOOT)));
		assertTrue(e.getMessage().contains("user name or password is wrong"), e.getMessage());
	}

	@Test
	void shortBootPasswordIsRefusedBeforeAnythingIsCreated() {
		Path db = dir.resolve("db");
		assertThrows(StoreException.class,
				() -> store.create(TestDatabases.config(db, TestDatabases.PASSWORD, "short")));
		assertFalse(store.exists(db));
	}

	@Test
	void migrationsRunFromEmptyAndOnlyOnce() throws Exception {
		Path db = dir.resolve("db");
		store.create(TestDatabases.config(db));
		MigrationRunner runner = new MigrationRunner(store.connections());
		assertEquals(MigrationRunner.latestVersion(), runner.currentVersion());
		assertEquals(0, runner.migrate(), "a second run must apply nothing");
		try (Connection c = store.connections().connection()) {
			try (ResultSet rs = c.getMetaData().getTables(null, null, "ACCESS_EVENT", null)) {
				assertTrue(rs.next(), "ACCESS_EVENT table missing after migration");
			}
			c.rollback();
		}
		store.close();
		store.open(TestDatabases.config(db));
		assertEquals(0, store.events().count(EventFilter.ALL));
	}

	@Test
	void storeIsADeclarativeService() throws Exception {
		var context = FrameworkUtil.getBundle(Store.class).getBundleContext();
		assertNotNull(context, "expected to run inside OSGi");
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context, Store.class, null);
		tracker.open();
		try {
			Store service = tracker.waitForService(20_000);
			assertNotNull(service, "Store service not registered by Declarative Services");
			assertFalse(service.isOpen());
		} finally {
			tracker.close();
		}
	}

	private static void shutdown(Path db) {
		Properties p = new Properties();
		p.setProperty("shutdown", "true");
		try (Connection c = DerbyDatabase.embeddedDriver().connect("jdbc:derby:" + db, p)) {
			// never reached: Derby reports a shutdown as an exception
		} catch (java.sql.SQLException expected) {
			assertEquals("08006", expected.getSQLState());
		}
	}

	/** Files under root whose bytes contain the text in UTF-8 or UTF-16 (Derby stores strings either way). */
	static List<Path> filesContaining(Path root, String text) throws IOException {
		byte[][] needles = { text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
				text.getBytes(StandardCharsets.UTF_16LE) };
		List<Path> hits = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				byte[] content = Files.readAllBytes(f);
				for (byte[] n : needles) {
					if (indexOf(content, n) >= 0) {
						hits.add(f);
						break;
					}
				}
			}
		}
		return hits;
	}

	private static int indexOf(byte[] hay, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= hay.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (hay[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
