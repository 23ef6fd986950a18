package org.custodian.audit.core.receive;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/** The TLS server socket every receiver of the console listens with: TLS 1.2 or 1.3 only, key from a key store. */
final class TlsServerSockets {
	private TlsServerSockets() {
	}

	/**
	 * An unbound TLS server socket holding the key store's key. The password is wiped once read.
	 *
	 * @throws IOException naming the key store when it cannot be read or holds no usable key
	 */
	static ServerSocket create(Path keystore, char[] keystorePassword) throws IOException {
		char[] password = keystorePassword == null ? new char[0] : keystorePassword;
		try {
			KeyStore keys = KeyStore.getInstance(keystore.toFile(), password);
			KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			kmf.init(keys, password);
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(kmf.getKeyManagers(), null, null);
			SSLServerSocket socket = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
			// RFC 5425 (syslog) and IHE ATNA's secure node require TLS 1.2 or later; the same for MLLP over TLS
			socket.setEnabledProtocols(Arrays.stream(socket.getSupportedProtocols())
					.filter(p -> p.equals("TLSv1.2") || p.equals("TLSv1.3")).toArray(String[]::new));
			return socket;
		} catch (GeneralSecurityException | IOException e) {
			throw new IOException("the key store " + keystore + " cannot be used: " + e.getMessage(), e);
		} finally {
			Arrays.fill(password, '\0');
		}
	}
}
