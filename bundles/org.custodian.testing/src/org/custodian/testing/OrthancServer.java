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
 * storage and index in that directory, no plugins unless DICOMweb is asked for ({@link Options}), HTTP from
 * loopback only, and one registered modality (our calling AE title at 127.0.0.1, at our C-MOVE port) that may
 * echo, store, find and get (C-GET), or what the options say. Start two
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
        return start(directory, callingAeTitle, Options.DEFAULT);
    }

    /**
     * What a test may change: the port our storage SCP listens on for C-MOVE (our AE title is registered there),
     * which requests our AE title may make, and the DICOMweb plugin (Debian's {@code orthanc-dicomweb}) with an
     * optional basic-authentication user.
     *
     * @param movePort  our storage SCP's port, the C-MOVE destination (0: 11112, moves not expected)
     * @param allowFind whether our AE title may C-FIND
     * @param allowGet  whether our AE title may C-GET
     * @param allowMove whether our AE title may C-MOVE
     * @param dicomWeb  whether to load the DICOMweb plugin at {@code /dicom-web}
     * @param webUser   a user for HTTP basic authentication (null: none asked)
     * @param webPassword the user's password
     */
    public record Options(int movePort, boolean allowFind, boolean allowGet, boolean allowMove, boolean dicomWeb,
            String webUser, String webPassword) {
        public static final Options DEFAULT = new Options(0, true, true, false, false, null, null);

        /** C-MOVE allowed to our storage SCP on {@code port}, C-GET refused: a node that offers only C-MOVE. */
        public static Options moveOnly(int port) {
            return new Options(port, true, false, true, false, null, null);
        }

        /** The DICOMweb plugin, with basic authentication when {@code user} is given. */
        public static Options dicomWeb(String user, String password) {
            return new Options(0, true, true, false, true, user, password);
        }
    }

    /** Where Debian's {@code orthanc-dicomweb} installs the DICOMweb plugin. */
    public static final Path DICOMWEB_PLUGIN = Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");

    /** Starts Orthanc with {@code options}; see {@link #start(Path, String)}. */
    public static OrthancServer start(Path directory, String callingAeTitle, Options options) {
        if (options.dicomWeb() && !Files.isReadable(DICOMWEB_PLUGIN)) {
            fail(DICOMWEB_PLUGIN + " does not exist: install the Debian package 'orthanc-dicomweb' "
                    + "(apt-get install orthanc-dicomweb); the DICOMweb tests need a real server");
        }
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
            Files.writeString(config, configuration(storage, dicomPort, httpPort, callingAeTitle, options),
                    StandardCharsets.UTF_8);
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
        server.awaitPort(dicomPort);
        if (options.dicomWeb()) {
            server.awaitPort(httpPort);
        }
        return server;
    }

    private void awaitPort(int port) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (true) {
            if (!process.isAlive()) {
                int code = process.exitValue();
                close();
                fail("Orthanc exited with code " + code + " before accepting connections on port " + port
                        + "\n" + logTail());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                close();
                fail("Orthanc did not accept connections on 127.0.0.1:" + port + " within "
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

    /** @return the DICOMweb plugin's base URL, http://127.0.0.1:PORT/dicom-web */
    public java.net.URI dicomWebUrl() {
        return java.net.URI.create("http://127.0.0.1:" + httpPort + "/dicom-web");
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
    public static int[] freePorts(int n) {
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

    private static String configuration(Path storage, int dicomPort, int httpPort, String callingAeTitle,
            Options o) {
        String plugins = o.dicomWeb() ? json(DICOMWEB_PLUGIN.toString()) : "";
        String users = o.webUser() == null ? "" : json(o.webUser()) + " : " + json(o.webPassword());
        return """
                {
                  "Name" : "CUSTODIAN-TEST",
                  "StorageDirectory" : %1$s,
                  "IndexDirectory" : %1$s,
                  "Plugins" : [ %6$s ],
                  "DicomWeb" : { "Enable" : %7$s, "Root" : "/dicom-web/", "EnableWado" : false },
                  "HttpServerEnabled" : true,
                  "HttpPort" : %3$d,
                  "RemoteAccessAllowed" : false,
                  "AuthenticationEnabled" : %8$s,
                  "RegisteredUsers" : { %9$s },
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
                    "custodian" : { "AET" : %5$s, "Host" : "127.0.0.1", "Port" : %10$d,
                                    "AllowEcho" : true, "AllowFind" : %11$s, "AllowStore" : true,
                                    "AllowMove" : %12$s, "AllowGet" : %13$s }
                  },
                  "ConcurrentJobs" : 1,
                  "SaveJobs" : false,
                  "DicomAssociationCloseDelay" : 0,
                  "StableAge" : 5
                }
                """.formatted(json(storage.toString()), dicomPort, httpPort, json(AE_TITLE), json(callingAeTitle), plugins,
                o.dicomWeb(), o.webUser() != null, users, o.movePort() == 0 ? 11112 : o.movePort(), o.allowFind(),
                o.allowMove(), o.allowGet());
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
