package org.custodian.store.tests.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.custodian.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * The test fixture itself: a real PostgreSQL server made in a temporary folder, listening on 127.0.0.1 only,
 * running as an unprivileged user, asking for passwords, and gone once closed.
 */
class PostgresServerTest {

	@Test
	void aServerStartsOnLoopbackAsAnUnprivilegedUserAndStopsWhenClosed() throws Exception {
		Path folder = Files.createTempDirectory("custodian-pg-fixture-");
		PostgresServer server = PostgresServer.start(folder, PostgresServer.TEST_SETTINGS);
		int port = server.port();
		try (Connection c = server.superuser("postgres"); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("SHOW listen_addresses")) {
				rs.next();
				assertEquals("127.0.0.1", rs.getString(1));
			}
			try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
				rs.next();
				assertTrue(rs.getInt(1) >= 150000, "PostgreSQL 15 or newer: " + rs.getInt(1));
			}
			// the data folder belongs to whoever runs the server: never root
			assertNotEquals("root", Files.getOwner(server.dataDirectory()).getName());
		}
		SQLException wrong = assertThrows(SQLException.class,
				() -> server.connect("postgres", PostgresServer.SUPERUSER, "not the password".toCharArray()).close());
		assertEquals("28P01", wrong.getSQLState(), "the server asks for the password: " + wrong.getMessage());

		server.close();
		assertFalse(server.running());
		assertFalse(Files.exists(folder), "the cluster's folder is removed");
		try (Socket probe = new Socket()) {
			assertThrows(java.io.IOException.class,
					() -> probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000));
		}
	}
}
