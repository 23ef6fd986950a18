package org.custodian.store.tests.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.custodian.store.AccessEvent;
import org.custodian.store.BatchResult;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.EventFilter;
import org.custodian.store.StoreException;
import org.custodian.store.internal.StoreComponent;
import org.custodian.testing.PostgresServer;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of a PostgreSQL store, on a server of the test's own: the server goes away in the middle of an import
 * (nothing committed is lost, the rerun adds only the rest), a location that would go without TLS, a wrong
 * password, a server that is not there.
 */
class PostgresFaultsTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private PostgresServer server;
	private final StoreComponent store = new StoreComponent();
	private DatabaseConfig config;

	@BeforeEach
	void start() throws Exception {
		// durable, as a real server is: the tests' usual settings would lose the last commits to a crash
		server = PostgresServer.start(Files.createTempDirectory("custodian-pg-faults-"), List.of("max_connections=50"));
		String name = server.newDatabase(TestDatabases.USER, TestDatabases.PASSWORD.toCharArray());
		config = DatabaseConfig.at(server.location(name) + "?sslmode=disable", TestDatabases.USER,
				TestDatabases.PASSWORD.toCharArray(), TestDatabases.BOOT.toCharArray());
		store.create(TestDatabases.as(config, TestDatabases.USER, TestDatabases.PASSWORD));
	}

	@AfterEach
	void stop() {
		store.close();
		server.close();
	}

	private static List<AccessEvent> events(int from, int to) {
		List<AccessEvent> events = new ArrayList<>();
		for (int n = from; n < to; n++) {
			events.add(new AccessEvent(T0.plusSeconds(60L * n), "110110", "R", 0, null, "user" + n % 3, null, null,
					"P" + n % 7, null, null, "PACS", "viewed " + n));
		}
		return events;
	}

	@Test
	void theServerGoingAwayMidImportLosesNothingCommittedAndTheRerunAddsOnlyTheRest() {
		long run = store.events().beginImport("audit.xml", "DICOM");
		store.events().commitBatch(run, events(0, 100), List.of(), "message 100");
		server.crash();
		StoreException lost = assertThrows(StoreException.class,
				() -> store.events().commitBatch(run, events(100, 200), List.of(), "message 200"));
		assertTrue(lost.getMessage().contains("message 200") && lost.getMessage().contains("earlier batches are kept"),
				lost.getMessage());
		server.startAgain();
		// the pool's connections died with the server: the store finds new ones
		assertEquals(new BatchResult(100, 100, 0), store.events().commitBatch(run, events(0, 200), List.of(), "end"));
		assertEquals(200, store.events().count(EventFilter.ALL));
		assertEquals(200, store.events().importRun(run).imported());
	}

	@Test
	void aWrongPasswordAServerThatIsNotThereAndAPlainConnectionAreRefusedInWords() {
		store.close();
		StoreException wrong = assertThrows(StoreException.class,
				() -> store.open(TestDatabases.as(config, TestDatabases.USER, "not the password at all")));
		assertTrue(wrong.getMessage().contains("user name or password is wrong"), wrong.getMessage());

		StoreException plain = assertThrows(StoreException.class, () -> store.open(DatabaseConfig.at(
				config.postgres().replace("127.0.0.1", "archive.example.nhs.uk"), TestDatabases.USER,
				TestDatabases.PASSWORD.toCharArray(), TestDatabases.BOOT.toCharArray())));
		assertTrue(plain.getMessage().contains("verify-full"), plain.getMessage());
		StoreException require = assertThrows(StoreException.class, () -> store.open(DatabaseConfig.at(
				config.postgres().replace("sslmode=disable", "sslmode=require"), TestDatabases.USER,
				TestDatabases.PASSWORD.toCharArray(), TestDatabases.BOOT.toCharArray())));
		assertTrue(require.getMessage().contains("verify-full"), require.getMessage());

		server.crash();
		StoreException away = assertThrows(StoreException.class,
				() -> store.open(TestDatabases.as(config, TestDatabases.USER, TestDatabases.PASSWORD)));
		assertTrue(away.getMessage().contains("could not be reached"), away.getMessage());
		server.startAgain();
		store.open(TestDatabases.as(config, TestDatabases.USER, TestDatabases.PASSWORD));
		assertTrue(store.isOpen());
	}
}
