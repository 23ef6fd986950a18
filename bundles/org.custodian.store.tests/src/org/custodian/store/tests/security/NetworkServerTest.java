package org.custodian.store.tests.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.List;
import java.util.Properties;

import org.custodian.model.ConsoleRole;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.Site;
import org.custodian.store.AccessDeniedException;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.DatabaseServer;
import org.custodian.store.StoreException;
import org.custodian.store.internal.StoreComponent;
import org.custodian.testing.TestDatabases;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Two consoles share one database: the first serves it with Derby's network server over TLS on 127.0.0.1, the
 * second signs in with //host:port/folder, reads and writes, and the same roles and sign-in limits apply.
 */
class NetworkServerTest {
	@TempDir
	Path dir;

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		}
	}

	private static Path keyStore(Path dir, String password) throws Exception {
		Path keystore = dir.resolve("server.p12");
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "custodian", "-keyalg",
				"EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity",
				"2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password, "-keypass",
				password)).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes());
		assertEquals(0, p.waitFor(), output);
		return keystore;
	}

	@Test
	void aSecondConsoleSignsInOverTlsReadsAndWritesUnderItsRole() throws Exception {
		ConsoleDatabase db = new ConsoleDatabase(Backend.DERBY, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.ADMINISTRATOR);
		StoreComponent other = new StoreComponent();
		int port = freePort();
		DatabaseServer server = db.store.serve(new DatabaseServer.Settings("127.0.0.1", port,
				keyStore(dir, "key store password"), "key store password".toCharArray(), false));
		try {
			assertEquals("//127.0.0.1:" + port + db.folder.toAbsolutePath(), server.location());

			// the Caldicott guardian's console, through the server
			other.open(DatabaseConfig.at(server.location(), "caldicott_guardian",
					ConsoleDatabase.PASSWORD.toCharArray(), TestDatabases.BOOT.toCharArray()));
			assertEquals(ConsoleRole.CALDICOTT_GUARDIAN, other.principal().role());
			Site site = ModelFactory.eINSTANCE.createSite();
			site.setName("Written over the network");
			other.entities().save(site);
			List<Site> seenHere = db.store.entities().loadAll(ModelPackage.Literals.SITE);
			assertEquals(List.of("Written over the network"), seenHere.stream().map(Site::getName).toList());
			assertThrows(AccessDeniedException.class, () -> other.users().list());
			other.close();

			// failed sign-ins over the network are counted and recorded like local ones
			StoreException wrong = assertThrows(StoreException.class, () -> other.open(DatabaseConfig.at(
					server.location(), "auditor", "not my password at all".toCharArray(),
					TestDatabases.BOOT.toCharArray())));
			assertTrue(wrong.getMessage().contains("user name or password is wrong"), wrong.getMessage());
			assertTrue(db.store.trail().newest(0, 5).stream().anyMatch(
					t -> t.action().equals("sign-in failed") && t.user().equals("auditor")));
			StoreException boot = assertThrows(StoreException.class, () -> other.open(DatabaseConfig.at(
					server.location(), "auditor", ConsoleDatabase.PASSWORD.toCharArray(),
					"not the boot password".toCharArray())));
			assertTrue(boot.getMessage().contains("boot password is wrong"), boot.getMessage());

			// the server speaks TLS only: a plain connection is refused
			Driver client = clientDriver();
			Properties credentials = new Properties();
			credentials.setProperty("user", TestDatabases.USER);
			credentials.setProperty("password", TestDatabases.PASSWORD);
			// (inside OSGi Derby's client cannot read its own message texts, so the refusal may come as another
			// exception than SQLException; what matters is that no connection is made)
			assertThrows(Exception.class, () -> client.connect("jdbc:derby://127.0.0.1:" + port + "/"
					+ db.folder.toAbsolutePath(), credentials).close());
		} finally {
			other.close();
			server.close();
		}
		// stopped: nothing listens on the port any more (Derby's listener thread lets go of it a moment after
		// close returns, so the port is tried for a bounded time)
		assertTrue(portFreesWithin(port, 10_000), "the server still holds port " + port + " 10 s after closing");
		// and the serving console's database is still open and usable
		assertEquals(1, db.store.entities().loadAll(ModelPackage.Literals.SITE).size());
		db.store.close();
	}

	@Test
	void onlyTheAdministratorServes() throws Exception {
		ConsoleDatabase db = new ConsoleDatabase(Backend.DERBY, dir.resolve("db")).withEveryRole();
		db.signIn(ConsoleRole.IT_SECURITY_LEAD);
		try {
			AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> db.store.serve(
					new DatabaseServer.Settings("127.0.0.1", freePort(), dir.resolve("none.p12"), new char[0], false)));
			assertTrue(e.getMessage().contains("may not change the boot password and serve the database"),
					e.getMessage());
		} finally {
			db.store.close();
		}
	}

	private static Driver clientDriver() throws Exception {
		for (Bundle b : FrameworkUtil.getBundle(NetworkServerTest.class).getBundleContext().getBundles()) {
			if ("derbyclient".equals(b.getSymbolicName())) {
				return (Driver) b.loadClass("org.apache.derby.client.ClientAutoloadedDriver").getDeclaredConstructor()
						.newInstance();
			}
		}
		throw new AssertionError("derbyclient is not in the test runtime");
	}

	private static boolean portFreesWithin(int port, long millis) throws InterruptedException {
		long end = System.nanoTime() + millis * 1_000_000;
		do {
			try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return again.getLocalPort() == port;
			} catch (java.io.IOException stillBound) {
				Thread.sleep(100);
			}
		} while (System.nanoTime() < end);
		return false;
	}
}
