package org.custodian.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.custodian.dicom.DicomNode;

/**
 * Debian's Orthanc for the retrieve benchmark, on loopback with free ports: C-GET and C-MOVE allowed to our AE title
 * (the move destination at our storage port), the DICOMweb plugin at /dicom-web, no authentication. The tests have
 * their own fixture (testing.OrthancServer); this one runs without JUnit on the benchmark's plain class path.
 */
final class BenchOrthanc implements AutoCloseable {
    static final String AE = "BENCH_ORTHANC";
    private final Process process;
    final int dicomPort;
    final int httpPort;

    private BenchOrthanc(Process process, int dicomPort, int httpPort) {
        this.process = process;
        this.dicomPort = dicomPort;
        this.httpPort = httpPort;
    }

    static int[] freePorts(int n) throws IOException {
        ServerSocket[] s = new ServerSocket[n];
        int[] ports = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                s[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = s[i].getLocalPort();
            }
        } finally {
            for (ServerSocket x : s) {
                if (x != null) {
                    x.close();
                }
            }
        }
        return ports;
    }

    static BenchOrthanc start(Path dir, String callingAe, int movePort) throws IOException, InterruptedException {
        int[] ports = freePorts(2);
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Path config = dir.resolve("orthanc.json");
        Files.writeString(config, """
                { "Name" : "BENCH", "StorageDirectory" : "%1$s", "IndexDirectory" : "%1$s",
                  "Plugins" : [ "/usr/share/orthanc/plugins/libOrthancDicomWeb.so" ],
                  "DicomWeb" : { "Enable" : true, "Root" : "/dicom-web/" },
                  "HttpPort" : %3$d, "RemoteAccessAllowed" : false, "AuthenticationEnabled" : false,
                  "DicomAet" : "%4$s", "DicomPort" : %2$d, "DicomCheckCalledAet" : true,
                  "DicomAssociationCloseDelay" : 0, "StorageCompression" : false,
                  "DicomModalities" : { "us" : { "AET" : "%5$s", "Host" : "127.0.0.1", "Port" : %6$d,
                      "AllowEcho" : true, "AllowFind" : true, "AllowStore" : true, "AllowMove" : true,
                      "AllowGet" : true } } }
                """.formatted(storage, ports[0], ports[1], AE, callingAe, movePort));
        Process p = new ProcessBuilder("/usr/sbin/Orthanc", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("orthanc.log").toFile()).start();
        BenchOrthanc o = new BenchOrthanc(p, ports[0], ports[1]);
        for (int port : ports) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try (Socket probe = new Socket()) {
                    probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                    break;
                } catch (IOException notYet) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        o.close();
                        throw new IOException("Orthanc did not start (see " + dir.resolve("orthanc.log") + ")");
                    }
                    Thread.sleep(100);
                }
            }
        }
        return o;
    }

    DicomNode node() {
        return new DicomNode(AE, "127.0.0.1", dicomPort);
    }

    /** Stores the files with dcmtk's dcmsend, as a modality would. */
    void load(String callingAe, List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("dcmsend", "-aet", callingAe, "-aec", AE, "127.0.0.1",
                Integer.toString(dicomPort)));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("dcmsend failed");
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
