package org.custodian.store.tests.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.custodian.store.DatabaseConfig;
import org.custodian.store.StoreException;
import org.custodian.store.internal.StoreComponent;
import org.custodian.testing.PostgresServer;
import org.custodian.testing.TestCertificates;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS to the server, as a network's store is reached: the console takes the server only with a certificate its
 * trusted root signed, for the host it connects to, and still valid ({@code sslmode=verify-full}); every other is
 * refused in words. Certificates made by OpenSSL.
 */
class PostgresTlsTest {
	@TempDir
	Path dir;
	private PostgresServer server;
	private final StoreComponent store = new StoreComponent();

	@AfterEach
	void stop() {
		store.close();
		server.close();
	}

	private DatabaseConfig config(String database, Path root) {
		return DatabaseConfig.at(server.location(database) + "?sslrootcert=" + root, TestDatabases.USER,
				TestDatabases.PASSWORD.toCharArray(), TestDatabases.BOOT.toCharArray());
	}

	@Test
	void onlyAServerWithAValidCertificateOfItsRootForItsNameIsTaken() throws Exception {
		TestCertificates certs = TestCertificates.make(dir);
		server = PostgresServer.start(Files.createTempDirectory("custodian-pg-tls-"), PostgresServer.TEST_SETTINGS);
		server.useCertificate(certs.serverCert, certs.serverKey);
		String database = server.newDatabase(TestDatabases.USER, TestDatabases.PASSWORD.toCharArray());

		store.create(config(database, certs.root));
		try (Connection c = server.superuser("postgres"); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT bool_and(l.ssl) FROM pg_stat_ssl l JOIN pg_stat_activity a"
						+ " ON a.pid = l.pid WHERE a.usename = '" + TestDatabases.USER + "'")) {
			rs.next();
			assertTrue(rs.getBoolean(1), "every connection of the console is TLS");
		}
		store.close();

		StoreException stranger = assertThrows(StoreException.class, () -> store.open(config(database, certs.otherRoot)));
		assertTrue(stranger.getMessage().contains("not signed by the trusted root"), stranger.getMessage());

		server.useCertificate(certs.otherHostCert, certs.otherHostKey);
		StoreException name = assertThrows(StoreException.class, () -> store.open(config(database, certs.root)));
		assertTrue(name.getMessage().contains("does not name 127.0.0.1"), name.getMessage());
		assertTrue(!name.getMessage().contains("expired"), name.getMessage());

		server.useCertificate(certs.expiredCert, certs.expiredKey);
		StoreException expired = assertThrows(StoreException.class, () -> store.open(config(database, certs.root)));
		assertTrue(expired.getMessage().contains("expired or is not valid yet"), expired.getMessage());

		server.useCertificate(certs.serverCert, certs.serverKey);
		store.open(config(database, certs.root));
		assertEquals(TestDatabases.USER, store.user());
	}
}
