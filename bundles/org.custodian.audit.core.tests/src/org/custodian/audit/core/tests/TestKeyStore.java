package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A PKCS12 key store with a self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
final class TestKeyStore {
	private TestKeyStore() {
	}

	static Path create(Path dir, char[] password) throws IOException, InterruptedException {
		Path keystore = dir.resolve("receiver.p12");
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		String pass = new String(password);
		Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "syslog", "-keyalg", "EC",
				"-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2",
				"-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", pass, "-keypass", pass))
				.redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes());
		assertEquals(0, p.waitFor(), output);
		return keystore;
	}
}
