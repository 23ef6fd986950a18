package org.custodian.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1 made by openssl for a test's HTTPS server, and the TLS context of a
 * client that trusts it (as a trust's console trusts its internal CA).
 *
 * @param server PEM with the private key and the certificate, as Orthanc's SslCertificate wants it
 * @param certificate PEM with the certificate alone
 */
public record TlsCertificate(Path server, Path certificate) {

    public static TlsCertificate make(Path dir) throws IOException {
        Path key = dir.resolve("key.pem");
        Path cert = dir.resolve("cert.pem");
        Tools.run(dir, "openssl", "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
                "-out", cert.toString(), "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost");
        Path both = dir.resolve("server.pem");
        Files.writeString(both, Files.readString(key) + Files.readString(cert));
        return new TlsCertificate(both, cert);
    }

    /** A client context that trusts this certificate only. */
    public SSLContext trustingClient() throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            Certificate c = CertificateFactory.getInstance("X.509").generateCertificate(in);
            trust.setCertificateEntry("test-server", c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}
