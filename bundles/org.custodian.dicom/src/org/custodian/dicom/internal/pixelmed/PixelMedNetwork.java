package org.custodian.dicom.internal.pixelmed;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.EchoResult;

import com.pixelmed.network.VerificationSOPClassSCU;

/**
 * {@link DicomNetwork} on PixelMed. Registered as a Declarative Services component
 * ({@code OSGI-INF/org.custodian.dicom.network.xml}); stateless and thread safe.
 *
 * <p>PixelMed opens its socket with {@code new Socket(host, port)} and sets no read timeout, so a
 * silent peer or a firewall that drops packets would block it for minutes or for ever. Each
 * exchange therefore runs on its own virtual thread (virtual threads are daemon threads) and the
 * caller waits at most the timeout. On time-out the virtual thread is interrupted; socket
 * operations of a virtual thread are interruptible (JDK 21, JEP 444), so the interrupt closes the
 * socket and the thread ends instead of lingering.
 */
public final class PixelMedNetwork implements DicomNetwork {

    /** Public no-argument constructor for Declarative Services and {@code Dicom.network()}. */
    public PixelMedNetwork() {
    }

    @Override
    public EchoResult echo(DicomNode remote, String callingAeTitle, Duration timeout) {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(timeout, "timeout");
        DicomNode.validateAeTitle(callingAeTitle);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("C-ECHO timeout must be positive, got " + timeout);
        }

        CompletableFuture<Void> outcome = new CompletableFuture<>();
        long start = System.nanoTime();
        Thread worker = Thread.ofVirtual().name("C-ECHO " + remote).unstarted(() -> {
            try {
                new VerificationSOPClassSCU(remote.host(), remote.port(), remote.aeTitle(), callingAeTitle, false);
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        });
        worker.start();
        try {
            outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            Duration roundTrip = since(start);
            return new EchoResult(remote, true, roundTrip, "C-ECHO to " + remote + " succeeded in "
                    + roundTrip.toMillis() + " ms");
        } catch (TimeoutException e) {
            worker.interrupt();
            return new EchoResult(remote, false, since(start), "no answer from " + remote + " within "
                    + timeout.toMillis() + " ms (host down, port filtered, or not a DICOM service?)");
        } catch (ExecutionException e) {
            return new EchoResult(remote, false, since(start), "C-ECHO to " + remote + " failed: "
                    + describe(e.getCause(), remote));
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return new EchoResult(remote, false, since(start), "C-ECHO to " + remote + " was interrupted");
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Turns PixelMed's and the JDK's exceptions into what an administrator needs to know. */
    static String describe(Throwable e, DicomNode remote) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host '" + remote.host() + "'";
            }
            if (t instanceof ConnectException) {
                return "connection refused by " + remote.host() + ":" + remote.port()
                        + " (nothing listening on that port?)";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host " + remote.host();
            }
        }
        // PixelMed reports socket failures as DicomNetworkException with the JDK exception only in the text
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("UnknownHostException")) {
            return "unknown host '" + remote.host() + "'";
        }
        if (message.contains("NoRouteToHostException")) {
            return "no route to host " + remote.host();
        }
        if (message.contains("Connection refused")) {
            return "connection refused by " + remote.host() + ":" + remote.port() + " (nothing listening on that port?)";
        }
        if (message.contains("A-ASSOCIATE-RJ")) {
            String detail = message.substring(message.indexOf("A-ASSOCIATE-RJ"));
            if (detail.contains("called AE Title not recognized")) {
                return "association rejected: the node does not know the called AE title '" + remote.aeTitle()
                        + "' (" + detail + ")";
            }
            if (detail.contains("calling AE Title not recognized")) {
                return "association rejected: the node does not accept our calling AE title (" + detail + ")";
            }
            return "association rejected (" + detail + ")";
        }
        if (e instanceof SocketException) {
            return "connection lost: " + message;
        }
        return message;
    }
}
