package org.custodian.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.custodian.dicom.DicomNode;

/**
 * Debian's Orthanc, started on loopback as a real DICOM peer for the tests, and stopped again by
 * {@link #close()}.
 *
 * <p>The configuration is generated into the test's own directory: free DICOM and HTTP ports,
 * storage and index in that directory, no plugins, HTTP from loopback only, and one registered
 * modality (our calling AE title at 127.0.0.1) that may echo, store, find and get (C-GET). Start two
 * (in two directories) for a primary and a DR node; {@link #load} fills one with dcmtk's dcmsend. Unknown calling AE
 * titles are refused, also for C-ECHO, so the tests prove that the registration matters, as it does
 * at a real PACS. If Orthanc is not installed the test FAILS naming the package: a network test that
 * silently skips proves nothing.
 */
public final class OrthancServer implements AutoCloseable {

    /** Where Debian's {@code orthanc} package installs the server. */
    public static final Path EXECUTABLE = Path.of("/usr/sbin/Orthanc");
    /** The called AE title of the started Orthanc. */
    public static final String AE_TITLE = "ORTHANC_TEST";
    private static final long START_TIMEOUT_MILLIS = 30_000;
    private static final long STOP_TIMEOUT_SECONDS = 20;

    private final Process process;
    private final Path directory;
    private final Path log;
    private final int dicomPort;
    private final int httpPort;
    private final Thread shutdownHook;

    private OrthancServer(Process process, Path directory, Path log, int dicomPort, int httpPort) {
        this.process = process;
        this.directory = directory;
        this.log = log;
        this.dicomPort = dicomPort;
        this.httpPort = httpPort;
        this.shutdownHook = new Thread(this::stop, "stop Orthanc " + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts Orthanc and waits (at most 30 s) until its DICOM port accepts connections.
     *
     * @param directory      an empty directory the caller owns (configuration, storage, log)
     * @param callingAeTitle the AE title our side uses; registered as a known modality at 127.0.0.1
     * @return the running server
     */
    public static OrthancServer start(Path directory, String callingAeTitle) {
        if (!Files.isExecutable(EXECUTABLE)) {
            fail(EXECUTABLE + " does not exist or is not executable: install the Debian package 'orthanc' "
                    + "(apt-get install orthanc); the DICOM network tests need a real peer");
        }
        int[] ports = freePorts(2);
        int dicomPort = ports[0];
        int httpPort = ports[1];
        Path storage = directory.resolve("storage");
        Path config = directory.resolve("orthanc.json");
        Path log = directory.resolve("orthanc.log");
        try {
            Files.createDirectories(storage);
            Files.writeString(config, configuration(storage, dicomPort, httpPort, callingAeTitle), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("cannot write the Orthanc configuration in " + directory + ": " + e, e);
        }
        Process process;
        try {
            process = new ProcessBuilder(List.of(EXECUTABLE.toString(), config.toString()))
                    .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            return fail("cannot start " + EXECUTABLE + ": " + e, e);
        }
        OrthancServer server = new OrthancServer(process, directory, log, dicomPort, httpPort);
        server.awaitDicomPort();
        return server;
    }

    private void awaitDicomPort() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (true) {
            if (!process.isAlive()) {
                int code = process.exitValue();
                close();
                fail("Orthanc exited with code " + code + " before accepting DICOM connections on port " + dicomPort
                        + "\n" + logTail());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), dicomPort), 500);
                return;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                close();
                fail("Orthanc did not accept DICOM connections on 127.0.0.1:" + dicomPort + " within "
                        + START_TIMEOUT_MILLIS / 1000 + " s\n" + logTail());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                fail("interrupted while waiting for Orthanc to start");
            }
        }
    }

    /**
     * Stores files into this Orthanc as a modality would, with dcmtk's {@code dcmsend} (calling AE title
     * {@code callingAeTitle}, which must be the one the server was started with), sending each file in its own
     * transfer syntax ({@code --decompress-never}) so that compressed objects stay compressed.
     */
    public void load(String callingAeTitle, Path... files) {
        List<String> args = new java.util.ArrayList<>(List.of("-aet", callingAeTitle, "-aec", AE_TITLE,
                "--decompress-never", "127.0.0.1", Integer.toString(dicomPort)));
        for (Path f : files) {
            args.add(f.toString());
        }
        Tools.run(directory, "dcmtk", "dcmsend", args.toArray(String[]::new));
    }

    /** @return the node to call: {@link #AE_TITLE} at 127.0.0.1 on the DICOM port */
    public DicomNode node() {
        return new DicomNode(AE_TITLE, "127.0.0.1", dicomPort);
    }

    public int dicomPort() {
        return dicomPort;
    }

    public int httpPort() {
        return httpPort;
    }

    /** @return the operating system process id, to check it is gone after {@link #close()} */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path directory() {
        return directory;
    }

    /** @return the last lines of Orthanc's log, for failure messages */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no Orthanc log: " + e + ")";
        }
    }

    /** Stops Orthanc: SIGTERM, wait up to 20 s for a clean shutdown, then kill it. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; nothing left to do
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Ports the kernel says are free now; all sockets are held open together so the ports differ. */
    private static int[] freePorts(int n) {
        ServerSocket[] sockets = new ServerSocket[n];
        int[] ports = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
        } catch (IOException e) {
            fail("cannot find a free TCP port on 127.0.0.1: " + e, e);
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // freeing a probe socket
                    }
                }
            }
        }
        return ports;
    }

    private static String configuration(Path storage, int dicomPort, int httpPort, String callingAeTitle) {
        return """
                {
                  "Name" : "CUSTODIAN-TEST",
                  "StorageDirectory" : %1$s,
                  "IndexDirectory" : %1$s,
                  "Plugins" : [ ],
                  "HttpServerEnabled" : true,
                  "HttpPort" : %3$d,
                  "RemoteAccessAllowed" : false,
                  "AuthenticationEnabled" : false,
                  "HttpThreadsCount" : 4,
                  "DicomServerEnabled" : true,
                  "DicomAet" : %4$s,
                  "DicomPort" : %2$d,
                  "DicomThreadsCount" : 2,
                  "DicomCheckCalledAet" : true,
                  "DicomAlwaysAllowEcho" : false,
                  "DicomAlwaysAllowStore" : false,
                  "DicomAlwaysAllowFind" : false,
                  "DicomAlwaysAllowGet" : false,
                  "DicomAlwaysAllowMove" : false,
                  "DicomCheckModalityHost" : true,
                  "DicomModalities" : {
                    "custodian" : { "AET" : %5$s, "Host" : "127.0.0.1", "Port" : 11112,
                                    "AllowEcho" : true, "AllowFind" : true, "AllowStore" : true,
                                    "AllowMove" : false, "AllowGet" : true }
                  },
                  "ConcurrentJobs" : 1,
                  "SaveJobs" : false,
                  "StableAge" : 5
                }
                """.formatted(json(storage.toString()), dicomPort, httpPort, json(AE_TITLE), json(callingAeTitle));
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
