package org.custodian.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real X.509 certificates for TLS tests, made with OpenSSL (Debian's {@code openssl}) in a folder of the test's:
 * a test root (CA), a server certificate it signed for 127.0.0.1 and localhost, one it signed for another host, one
 * that expired in 2020, and a second root that signed none of them. PEM files, unencrypted keys.
 */
public final class TestCertificates {
	public final Path root;
	public final Path otherRoot;
	public final Path serverCert;
	public final Path serverKey;
	public final Path otherHostCert;
	public final Path otherHostKey;
	public final Path expiredCert;
	public final Path expiredKey;

	private TestCertificates(Path dir) {
		root = dir.resolve("root.crt");
		otherRoot = dir.resolve("other-root.crt");
		serverCert = dir.resolve("server.crt");
		serverKey = dir.resolve("server.key");
		otherHostCert = dir.resolve("other-host.crt");
		otherHostKey = dir.resolve("other-host.key");
		expiredCert = dir.resolve("expired.crt");
		expiredKey = dir.resolve("expired.key");
	}

	/** Makes every certificate in {@code dir} (which must exist). */
	public static TestCertificates make(Path dir) {
		TestCertificates c = new TestCertificates(dir);
		try {
			ca(dir, "root", "Custodian test root");
			ca(dir, "other-root", "Someone else's root");
			Files.writeString(dir.resolve("loopback.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
			Files.writeString(dir.resolve("other.ext"), "subjectAltName=DNS:archive.example.org\n");
			request(dir, "server", "127.0.0.1");
			sign(dir, "server", "loopback.ext");
			request(dir, "other-host", "archive.example.org");
			sign(dir, "other-host", "other.ext");
			request(dir, "expired", "127.0.0.1");
			Files.writeString(dir.resolve("ca.cnf"), """
					[ ca ]
					default_ca = test
					[ test ]
					database = index.txt
					new_certs_dir = .
					serial = serial
					default_md = sha256
					policy = any
					[ any ]
					commonName = supplied
					""", StandardCharsets.US_ASCII);
			Files.writeString(dir.resolve("index.txt"), "");
			Files.writeString(dir.resolve("serial"), "1000\n");
			Tools.run(dir, "openssl", "openssl", "ca", "-batch", "-config", "ca.cnf", "-cert", "root.crt", "-keyfile",
					"root.key", "-in", "expired.csr", "-out", "expired.crt", "-startdate", "20200101000000Z",
					"-enddate", "20200201000000Z", "-extfile", "loopback.ext", "-notext");
		} catch (IOException e) {
			throw new AssertionError("cannot write the certificates' files in " + dir + ": " + e, e);
		}
		return c;
	}

	private static void ca(Path dir, String name, String subject) {
		Tools.run(dir, "openssl", "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key",
				"-out", name + ".crt", "-days", "30", "-subj", "/CN=" + subject);
	}

	private static void request(Path dir, String name, String host) {
		Tools.run(dir, "openssl", "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out",
				name + ".csr", "-subj", "/CN=" + host);
	}

	private static void sign(Path dir, String name, String extensions) {
		Tools.run(dir, "openssl", "openssl", "x509", "-req", "-in", name + ".csr", "-CA", "root.crt", "-CAkey",
				"root.key", "-CAcreateserial", "-out", name + ".crt", "-days", "30", "-extfile", extensions);
	}
}
