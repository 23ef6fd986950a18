package org.custodian.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's stunnel in front of a test server's HTTP port, on loopback: HTTPS with the {@link TlsCertificate}, as a
 * trust's reverse proxy puts TLS in front of a PACS's DICOMweb. (Debian's Orthanc 1.10 resets every HTTPS request
 * after the handshake, so its own TLS cannot be used.) Stopped by {@link #close()}.
 */
public final class TlsProxy implements AutoCloseable {
    private final Process process;
    private final int port;

    private TlsProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static TlsProxy start(Path dir, TlsCertificate certificate, int httpPort) {
        Path stunnel = Tools.find("stunnel4", "stunnel4");
        int port = OrthancServer.freePorts(1)[0];
        Path config = dir.resolve("stunnel.conf");
        try {
            Files.writeString(config, """
                    foreground = yes
                    pid =
                    [dicomweb]
                    accept = 127.0.0.1:%d
                    connect = 127.0.0.1:%d
                    cert = %s
                    """.formatted(port, httpPort, certificate.server()), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(List.of(stunnel.toString(), config.toString())).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stunnel.log").toFile()).start();
            TlsProxy proxy = new TlsProxy(p, port);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                try (Socket probe = new Socket()) {
                    probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                    return proxy;
                } catch (IOException notYet) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        proxy.close();
                        return fail("stunnel did not listen on 127.0.0.1:" + port + ": "
                                + Files.readString(dir.resolve("stunnel.log")));
                    }
                    Thread.sleep(100);
                }
            }
        } catch (IOException e) {
            return fail("cannot start stunnel: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while starting stunnel");
        }
    }

    /** The same path as {@code url} (the server's), through the proxy over HTTPS. */
    public URI https(URI url) {
        return URI.create("https://127.0.0.1:" + port + url.getRawPath());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
