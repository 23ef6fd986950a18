package org.custodian.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.custodian.dicom.DicomNode;

/**
 * DCMTK's {@code dcmqrscp}, the OFFIS query/retrieve SCP, as a second real PACS implementation for the tests: a
 * free port on loopback, its database in the test's directory (filled with {@code dcmqridx}), and one peer, our
 * calling AE title at 127.0.0.1 with our storage SCP's port (the C-MOVE destination). Only that peer may open
 * associations, so an unregistered AE title is refused as at a real PACS. C-GET can be turned off to make a node
 * that offers only C-MOVE. Stopped by {@link #close()}.
 */
public final class DcmqrscpServer implements AutoCloseable {

    /** The called AE title of the started dcmqrscp. */
    public static final String AE_TITLE = "DCMQRSCP_TEST";
    private static final long START_TIMEOUT_MILLIS = 20_000;

    private final Process process;
    private final Path directory;
    private final Path database;
    private final Path log;
    private final int port;

    private DcmqrscpServer(Process process, Path directory, Path database, Path log, int port) {
        this.process = process;
        this.directory = directory;
        this.database = database;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts dcmqrscp and waits until it listens. It forks a process per association, which ends with the
     * association; {@link #close()} stops the listener.
     *
     * @param directory      an empty directory the caller owns
     * @param callingAeTitle our AE title, the one peer allowed
     * @param movePort       the port our storage SCP listens on for C-MOVE
     * @param allowGet       false for a node that answers C-MOVE but not C-GET
     * @param files          DICOM files to hold, indexed with dcmqridx before the start
     */
    public static DcmqrscpServer start(Path directory, String callingAeTitle, int movePort, boolean allowGet,
            Path... files) {
        Path executable = Tools.find("dcmqrscp", "dcmtk");
        int port = OrthancServer.freePorts(1)[0];
        Path database = directory.resolve("db");
        Path config = directory.resolve("dcmqrscp.cfg");
        Path log = directory.resolve("dcmqrscp.log");
        try {
            Files.createDirectories(database);
            List<String> index = new ArrayList<>(List.of(database.toString()));
            for (Path f : files) {
                Path copy = database.resolve(f.getFileName().toString());
                Files.copy(f, copy);
                index.add(copy.toString());
            }
            Files.writeString(config, configuration(port, callingAeTitle, movePort, database), StandardCharsets.UTF_8);
            if (files.length > 0) {
                Tools.run(directory, "dcmtk", "dcmqridx", index.toArray(String[]::new));
            }
        } catch (IOException e) {
            return fail("cannot prepare dcmqrscp in " + directory + ": " + e, e);
        }
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-c", config.toString()));
        if (!allowGet) {
            command.add("--disable-get");
        }
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            return fail("cannot start " + executable + ": " + e, e);
        }
        DcmqrscpServer server = new DcmqrscpServer(process, directory, database, log, port);
        server.awaitPort();
        return server;
    }

    private void awaitPort() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (true) {
            if (!process.isAlive()) {
                fail("dcmqrscp exited with code " + process.exitValue() + " before listening on " + port + "\n"
                        + logTail());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                close();
                fail("dcmqrscp did not listen on 127.0.0.1:" + port + " within 20 s\n" + logTail());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                fail("interrupted while waiting for dcmqrscp");
            }
        }
    }

    /** @return {@link #AE_TITLE} at 127.0.0.1 on its port */
    public DicomNode node() {
        return new DicomNode(AE_TITLE, "127.0.0.1", port);
    }

    public Path database() {
        return database;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no dcmqrscp log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String configuration(int port, String callingAeTitle, int movePort, Path database) {
        // HostTable: our AE title where our storage SCP listens, the one peer of the AE table (DCMTK's dcmqrcnf.txt);
        // dcmqrscp matches a peer by the name its address resolves to, so loopback is written 'localhost'
        return """
                NetworkTCPPort  = %1$d
                MaxPDUSize      = 16384
                MaxAssociations = 8

                HostTable BEGIN
                custodian = (%2$s, localhost, %3$d)
                HostTable END

                VendorTable BEGIN
                VendorTable END

                AETable BEGIN
                %4$s %5$s RW (100, 64mb) custodian
                AETable END
                """.formatted(port, callingAeTitle, movePort, AE_TITLE, database);
    }
}
