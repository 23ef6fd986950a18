package org.custodian.dicom.internal.pixelmed;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomNode;

import com.pixelmed.dicom.StoredFilePathStrategy;
import com.pixelmed.network.AnyExplicitStorePresentationContextSelectionPolicy;
import com.pixelmed.network.ReceivedObjectHandler;
import com.pixelmed.network.StorageSOPClassSCP;

/**
 * Our storage SCP for one C-MOVE: listens on the move port, takes each association the node opens (called AE title
 * ours), stores every object as the node sends it (any explicit transfer syntax, compressed ones included) into the
 * retrieve's folder named by its SOP Instance UID, and closes its port when the retrieve ends.
 *
 * <p>PixelMed's own dispatcher listens on every interface; this one listens on loopback only when the node is on
 * this machine, so a check against a local node opens nothing to the network.
 */
final class MoveReceiver implements AutoCloseable {

    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final ServerSocket server;
    private final Thread acceptor;
    private final Set<Thread> associations = ConcurrentHashMap.newKeySet();
    private final List<Path> files = new ArrayList<>();
    private volatile String failure;

    private MoveReceiver(ServerSocket server, String aeTitle, Path folder) {
        this.server = server;
        this.acceptor = Thread.ofPlatform().daemon().name("C-MOVE SCP " + server.getLocalPort()).unstarted(
                () -> accept(aeTitle, folder.toFile()));
        acceptor.start();
    }

    static MoveReceiver open(DicomNode remote, String aeTitle, int port, Path folder) throws DicomExchangeException {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(bindAddress(remote), port), 16);
            return new MoveReceiver(server, aeTitle, folder);
        } catch (IOException e) {
            throw new DicomExchangeException(remote, "C-MOVE from " + remote + ": our storage SCP cannot listen on port "
                    + port + " (" + e.getMessage() + "; is another program using it?)", false, e);
        }
    }

    private static InetAddress bindAddress(DicomNode remote) {
        try {
            InetAddress address = InetAddress.getByName(remote.host());
            if (address.isLoopbackAddress()) {
                return InetAddress.getLoopbackAddress();
            }
        } catch (UnknownHostException e) {
            // the move itself will say so
        }
        return null; // every interface: a node elsewhere must reach us
    }

    private void accept(String aeTitle, File folder) {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException closed) {
                return;
            }
            Thread t = Thread.ofPlatform().daemon().name("C-STORE SCP " + socket.getRemoteSocketAddress()).unstarted(
                    () -> {
                        try {
                            new StorageSOPClassSCP(socket, aeTitle, 16384, 65536, 0, folder,
                                    StoredFilePathStrategy.BYSOPINSTANCEUIDINSINGLEFOLDER, new ReceivedObjectHandler() {
                                        @Override
                                        public void sendReceivedObjectIndication(String fileName, String syntax,
                                                String callingAe) {
                                            synchronized (files) {
                                                files.add(Path.of(fileName));
                                                files.notifyAll();
                                            }
                                        }
                                    }, null, null, null, null, new AnyExplicitStorePresentationContextSelectionPolicy())
                                    .run();
                        } catch (Exception e) {
                            failure = "our storage SCP failed while receiving: " + e.getMessage();
                        } finally {
                            associations.remove(Thread.currentThread());
                            synchronized (files) {
                                files.notifyAll();
                            }
                        }
                    });
            associations.add(t);
            t.start();
        }
    }

    /**
     * Waits, after the node's final C-MOVE answer, until the objects it stored have arrived: as many as the study
     * has when the node reported its count, else until its storage associations have ended; at most {@code limit}.
     */
    void awaitStored(Integer expected, Duration limit) {
        long deadline = System.nanoTime() + Math.max(0, limit.toNanos());
        synchronized (files) {
            int seen = files.size();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                if (files.size() != seen) {
                    seen = files.size();
                    quietSince = System.nanoTime();
                }
                // some nodes hold their storage association open after the move: half a second without a new
                // object, after the final answer, ends the wait as well
                boolean quiet = seen > 0 && System.nanoTime() - quietSince > QUIET.toNanos();
                boolean done = expected != null ? seen >= expected : associations.isEmpty() || quiet;
                if (done) {
                    return;
                }
                try {
                    files.wait(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    List<Path> files() {
        synchronized (files) {
            return List.copyOf(files);
        }
    }

    String failure() {
        return failure;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing our own listening socket
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the node releases its storage association after the move: it gets a moment for that, off the retrieve's
        // time, and is then cut
        List<Thread> left = List.copyOf(associations);
        if (!left.isEmpty()) {
            Thread.ofVirtual().name("C-STORE SCP reaper " + server.getLocalPort()).start(() -> {
                long deadline = System.nanoTime() + GRACE.toNanos();
                for (Thread t : left) {
                    try {
                        t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                    } catch (InterruptedException e) {
                        break;
                    }
                }
                left.forEach(Thread::interrupt);
            });
        }
    }
}
