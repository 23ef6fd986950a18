package org.custodian.store;

import java.nio.file.Path;

/**
 * The open database served to other consoles over TLS ({@link Store#serve}); they sign in with
 * {@code //host:port/folder} as the database location. Closing stops the server, not the database.
 */
public interface DatabaseServer extends AutoCloseable {

	/** What other consoles give as the database location: {@code //host:port/folder}. */
	String location();

	int port();

	@Override
	void close();

	/**
	 * How to serve.
	 *
	 * @param host               the address to listen on (127.0.0.1 for this computer only)
	 * @param keyStore           the server's PKCS12 or JKS key store (its certificate is what consoles trust)
	 * @param peerAuthentication true to accept only consoles that present a certificate the server trusts (the
	 *                           key store's, or the JVM trust store's)
	 */
	record Settings(String host, int port, Path keyStore, char[] keyStorePassword, boolean peerAuthentication) {
	}
}
