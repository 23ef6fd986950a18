package org.custodian.store.internal.derby;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;

import org.apache.derby.drda.NetworkServerControl;
import org.custodian.store.DatabaseServer;
import org.custodian.store.StoreException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Derby's network server (derbynet) serving the databases this process has booted, over TLS only, and the
 * client side (derbyclient) with which other consoles reach it. Derby takes its TLS settings from system
 * properties (derby.drda.sslMode, and the JSSE key and trust stores), so one process serves with one key store.
 */
public final class DerbyNetworkServer implements DatabaseServer {
	/** How long start-up may take before we give up (a connection tried 50 times, 200 ms apart). */
	private static final int PINGS = 50;

	/** The client's TLS mode: "basic" (server certificate) or "peerAuthentication" (client certificate too). */
	static final String CLIENT_SSL = "custodian.server.ssl";

	/**
	 * Derby's server object. It is run and stopped in this process (blockingStart on a thread of ours,
	 * directShutdown), because Derby's own start and shutdown commands talk to the server over the network, and
	 * over TLS its replies to them are not understood (Derby 10.17).
	 */
	private final Object server;
	private final Thread serving;
	private final String location;
	private final int port;

	private DerbyNetworkServer(Object server, Thread serving, String location, int port) {
		this.server = server;
		this.serving = serving;
		this.location = location;
		this.port = port;
	}

	/** Starts serving; returns once the server accepts connections. */
	public static DerbyNetworkServer start(Settings settings, Path database) {
		if (settings.keyStore() == null || !Files.isReadable(settings.keyStore())) {
			throw new StoreException("The server needs a key store it can read for TLS, not " + settings.keyStore()
					+ ".");
		}
		String keyStore = settings.keyStore().toAbsolutePath().toString();
		String type = keyStore.toLowerCase().endsWith(".jks") ? "JKS" : "PKCS12";
		System.setProperty("derby.drda.sslMode", settings.peerAuthentication() ? "peerAuthentication" : "basic");
		System.setProperty("javax.net.ssl.keyStore", keyStore);
		System.setProperty("javax.net.ssl.keyStoreType", type);
		System.setProperty("javax.net.ssl.keyStorePassword", new String(settings.keyStorePassword()));
		if (System.getProperty("javax.net.ssl.trustStore") == null) {
			// the server is stopped through a TLS connection to itself, and (peerAuthentication) accepts consoles
			// whose certificate is its own: it trusts the certificates of its key store
			Path trust = trustStoreOf(settings.keyStore(), type, settings.keyStorePassword());
			System.setProperty("javax.net.ssl.trustStore", trust.toString());
			System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
			System.setProperty("javax.net.ssl.trustStorePassword", TRUST_PASSWORD);
		}
		try {
			InetAddress address = InetAddress.getByName(settings.host());
			NetworkServerControl control = new NetworkServerControl(address, settings.port());
			java.lang.reflect.Field impl = NetworkServerControl.class.getDeclaredField("serverImpl");
			impl.setAccessible(true);
			Object server = impl.get(control);
			java.lang.reflect.Method blockingStart = server.getClass().getMethod("blockingStart", PrintWriter.class);
			Thread serving = new Thread(() -> {
				try {
					blockingStart.invoke(server, new PrintWriter(Writer.nullWriter()));
				} catch (ReflectiveOperationException e) {
					// the start-up wait below reports that nothing listens
				}
			}, "custodian-database-server");
			serving.setDaemon(true);
			serving.start();
			// listening is what "started" means here: Derby's own ping speaks TLS with settings of its own
			for (int i = 0;; i++) {
				try (java.net.Socket probe = new java.net.Socket()) {
					probe.connect(new java.net.InetSocketAddress(address, settings.port()), 1000);
					break;
				} catch (java.io.IOException notYet) {
					if (i >= PINGS) {
						throw new StoreException("The database server did not start on " + settings.host() + ":"
								+ settings.port() + ": " + notYet.getMessage(), notYet);
					}
					Thread.sleep(200);
				}
			}
			return new DerbyNetworkServer(server, serving, "//" + settings.host() + ":" + settings.port() + database,
					settings.port());
		} catch (StoreException e) {
			throw e;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Interrupted while the database server started.", e);
		} catch (Exception e) {
			throw new StoreException("The database server could not start on " + settings.host() + ":"
					+ settings.port() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public String location() {
		return location;
	}

	@Override
	public int port() {
		return port;
	}

	@Override
	public void close() {
		try {
			server.getClass().getMethod("directShutdown").invoke(server);
			serving.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ReflectiveOperationException e) {
			throw new StoreException("The database server did not stop cleanly: " + e.getMessage(), e);
		}
	}

	private static final String TRUST_PASSWORD = "certificates only";

	/**
	 * A trust store (a temporary file, removed when the process ends) holding the certificates of the key store's
	 * keys: Java trusts certificate entries, not the certificates of key entries.
	 */
	private static Path trustStoreOf(Path keyStore, String type, char[] password) {
		try {
			java.security.KeyStore keys = java.security.KeyStore.getInstance(type);
			try (var in = Files.newInputStream(keyStore)) {
				keys.load(in, password);
			}
			java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
			trust.load(null, null);
			for (String alias : java.util.Collections.list(keys.aliases())) {
				java.security.cert.Certificate c = keys.getCertificate(alias);
				if (c != null) {
					trust.setCertificateEntry(alias, c);
				}
			}
			Path file = Files.createTempFile("custodian-server-trust", ".p12");
			file.toFile().deleteOnExit();
			try (var out = Files.newOutputStream(file)) {
				trust.store(out, TRUST_PASSWORD.toCharArray());
			}
			return file;
		} catch (java.io.IOException | java.security.GeneralSecurityException e) {
			throw new StoreException("The key store " + keyStore + " could not be read (is the password right?): "
					+ e.getMessage(), e);
		}
	}

	/** The URL of a served database: always TLS. */
	static String clientUrl(String server, Path directory) {
		return "jdbc:derby://" + server + "/" + directory.toString().replace('\\', '/') + ";ssl="
				+ System.getProperty(CLIENT_SSL, "basic");
	}

	/**
	 * Derby's client driver, which lives in the derbyclient bundle (org.apache.derby.jdbc.ClientDriver, in derbytools,
	 * is only a name for it), in a package that bundle does not export: loaded through the bundle.
	 */
	static Driver clientDriver() {
		String name = "org.apache.derby.client.ClientAutoloadedDriver";
		try {
			Bundle self = FrameworkUtil.getBundle(DerbyNetworkServer.class);
			if (self != null && self.getBundleContext() != null) {
				for (Bundle b : self.getBundleContext().getBundles()) {
					if ("derbyclient".equals(b.getSymbolicName())) {
						return new ClientDriver((Driver) b.loadClass(name).getDeclaredConstructor().newInstance());
					}
				}
				throw new StoreException("The Derby client (derbyclient) is missing from this installation.");
			}
			return (Driver) Class.forName(name).getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException e) {
			throw new StoreException("The Derby client driver could not be loaded: " + e.getMessage(), e);
		}
	}

	/**
	 * The client driver with its refusals readable. Inside OSGi Derby's message code (derbyshared, a fragment of
	 * derby) cannot see the client's message texts (in derbyclient), so every refusal surfaces as a
	 * MissingResourceException without its SQLState. A server that cannot be reached is told apart by trying its
	 * port; one that answered and refused a connection to a database it serves refused the credentials (08004).
	 */
	private record ClientDriver(Driver client) implements Driver {
		@Override
		public java.sql.Connection connect(String url, java.util.Properties info) throws java.sql.SQLException {
			try {
				return client.connect(url, info);
			} catch (java.util.MissingResourceException e) {
				String hostPort = url.substring("jdbc:derby://".length(), url.indexOf('/', "jdbc:derby://".length()));
				int colon = hostPort.lastIndexOf(':');
				try (java.net.Socket probe = new java.net.Socket()) {
					probe.connect(new java.net.InetSocketAddress(hostPort.substring(0, colon),
							Integer.parseInt(hostPort.substring(colon + 1))), 5000);
				} catch (java.io.IOException | RuntimeException unreachable) {
					throw new java.sql.SQLException("The database server " + hostPort + " cannot be reached: "
							+ unreachable.getMessage(), "08001", e);
				}
				throw new java.sql.SQLException("The database server " + hostPort + " refused the user name or password",
						"08004", e);
			}
		}

		@Override
		public boolean acceptsURL(String url) throws java.sql.SQLException {
			return client.acceptsURL(url);
		}

		@Override
		public java.sql.DriverPropertyInfo[] getPropertyInfo(String url, java.util.Properties info)
				throws java.sql.SQLException {
			return client.getPropertyInfo(url, info);
		}

		@Override
		public int getMajorVersion() {
			return client.getMajorVersion();
		}

		@Override
		public int getMinorVersion() {
			return client.getMinorVersion();
		}

		@Override
		public boolean jdbcCompliant() {
			return client.jdbcCompliant();
		}

		@Override
		public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
			return client.getParentLogger();
		}
	}
}
