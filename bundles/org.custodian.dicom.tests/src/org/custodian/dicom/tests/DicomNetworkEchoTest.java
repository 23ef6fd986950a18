package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.custodian.dicom.Dicom;
import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.EchoResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.custodian.testing.OrthancServer;

/**
 * C-ECHO against a real Orthanc on loopback, and the ways it can fail: wrong called AE title,
 * unregistered calling AE title, nothing listening, and a peer that accepts the connection but
 * never answers. Failures must come back as results with a message, within the timeout.
 */
class DicomNetworkEchoTest {

    static final String CALLING_AE = "CUSTODIAN";
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** What "within the timeout" may overrun by: scheduling on a loaded 2-core build machine. */
    static final Duration MARGIN = Duration.ofSeconds(1);

    @TempDir
    static Path dir;
    static OrthancServer orthanc;

    private final DicomNetwork network = Dicom.network();

    @BeforeAll
    static void startOrthanc() {
        orthanc = OrthancServer.start(dir, CALLING_AE);
    }

    @AfterAll
    static void stopOrthanc() {
        if (orthanc != null) {
            long pid = orthanc.pid();
            orthanc.close();
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                    "Orthanc (pid " + pid + ") is still running after close()");
        }
    }

    @Test
    void echoSucceedsAgainstOrthanc() {
        EchoResult result = network.echo(orthanc.node(), CALLING_AE, TIMEOUT);

        assertTrue(result.success(), result.message() + "\n" + orthanc.logTail());
        assertEquals(orthanc.node(), result.node());
        assertTrue(result.roundTrip().compareTo(Duration.ZERO) > 0, "positive round trip: " + result.roundTrip());
        assertTrue(result.roundTrip().compareTo(TIMEOUT) < 0, "round trip within the timeout: " + result.roundTrip());
        assertTrue(result.message().contains("succeeded"), result.message());
    }

    @Test
    void repeatedEchoesStaySuccessful() {
        for (int i = 0; i < 3; i++) {
            EchoResult result = network.echo(orthanc.node(), CALLING_AE, TIMEOUT);
            assertTrue(result.success(), "echo " + i + ": " + result.message());
        }
    }

    @Test
    void wrongCalledAeTitleIsRejected() {
        DicomNode wrong = new DicomNode("NOT_ORTHANC", "127.0.0.1", orthanc.dicomPort());
        EchoResult result = timed(() -> network.echo(wrong, CALLING_AE, TIMEOUT), TIMEOUT);

        assertFalse(result.success());
        assertTrue(result.message().contains("called AE title"), result.message());
        assertTrue(result.message().contains("NOT_ORTHANC"), result.message());
    }

    @Test
    void unregisteredCallingAeTitleIsRejected() {
        EchoResult result = timed(() -> network.echo(orthanc.node(), "STRANGER", TIMEOUT), TIMEOUT);

        assertFalse(result.success());
        assertTrue(result.message().contains("calling AE title"), result.message());
    }

    @Test
    void closedPortFailsQuickly() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        DicomNode nobody = new DicomNode("NOBODY", "127.0.0.1", port);
        EchoResult result = timed(() -> network.echo(nobody, CALLING_AE, TIMEOUT), TIMEOUT);

        assertFalse(result.success());
        assertTrue(result.message().contains("refused"), result.message());
    }

    @Test
    void silentPeerTimesOutAndTheConnectionIsClosed() throws Exception {
        Duration shortTimeout = Duration.ofMillis(1500);
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Long> peerSawClose = CompletableFuture.supplyAsync(() -> {
                try (Socket s = silent.accept(); InputStream in = s.getInputStream()) {
                    long start = System.nanoTime();
                    while (in.read() >= 0) {
                        // swallow the A-ASSOCIATE-RQ, never answer
                    }
                    return System.nanoTime() - start;
                } catch (IOException e) {
                    return -1L;
                }
            });
            DicomNode node = new DicomNode("SILENT", "127.0.0.1", silent.getLocalPort());

            EchoResult result = timed(() -> network.echo(node, CALLING_AE, shortTimeout), shortTimeout);

            assertFalse(result.success());
            assertTrue(result.message().contains("no answer"), result.message());
            assertTrue(result.roundTrip().compareTo(shortTimeout) >= 0, "gave up at the timeout: " + result.roundTrip());
            // the abandoned exchange must not linger: its socket is closed soon after the timeout
            long open = peerSawClose.get(5, TimeUnit.SECONDS);
            assertTrue(open >= 0, "the peer saw an error instead of a close");
        }
    }

    @Test
    void invalidArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> network.echo(orthanc.node(), "A_CALLING_AE_TITLE_TOO_LONG", TIMEOUT));
        assertThrows(IllegalArgumentException.class, () -> network.echo(orthanc.node(), CALLING_AE, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> network.echo(null, CALLING_AE, TIMEOUT));
    }

    /** Runs an echo and checks it returned within the timeout plus {@link #MARGIN}. */
    private static EchoResult timed(java.util.function.Supplier<EchoResult> echo, Duration timeout) {
        long start = System.nanoTime();
        EchoResult result = echo.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(elapsed.compareTo(timeout.plus(MARGIN)) < 0,
                "returned after " + elapsed.toMillis() + " ms, timeout " + timeout.toMillis() + " ms: " + result.message());
        return result;
    }
}
