package org.custodian.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.DataSetDigest;
import org.custodian.dicom.Dicom;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudyArchive;
import org.custodian.dicom.StudyArchives;
import org.custodian.dicom.StudySummary;
import org.custodian.dicom.WebCredentials;
import org.custodian.dr.core.InventoryComparison;
import org.custodian.dr.core.InventoryDiff;

import com.sun.net.httpserver.HttpServer;

/**
 * The Backup &amp; DR figures over the network ({@code ./dev bench dr-network}):
 * <ol>
 * <li>the inventory comparison of 1,000,000 studies: two QIDO-RS servers on loopback answer generated pages of
 * DICOM JSON (the DR one lacks 0.5 % of the studies), read by {@code StudyArchive.findStudies} and compared by
 * {@code InventoryComparison}; the baseline in the same run fetches the same pages with java.net.http and only
 * reads their bytes;</li>
 * <li>retrieve throughput from a real Orthanc on loopback (C-GET, C-MOVE to our storage SCP, WADO-RS), each
 * retrieve followed by the data set SHA-256 of every object as the verification computes it, against
 * {@code sha256sum} over the same files in the same run.</li>
 * </ol>
 * Figures are medians of {@code --reps} runs after a warm-up.
 */
public final class DrNetworkBench {
    private DrNetworkBench() {
    }

    static final String AE = "BENCH_US";

    public static void main(String[] args) throws Exception {
        int studies = 1_000_000;
        int files = 200;
        int kib = 512;
        int reps = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--studies" -> studies = Integer.parseInt(args[++i]);
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--file-kib" -> kib = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("bench dr-network: options are --studies N --files N --file-kib K --reps R");
                    System.exit(2);
                }
            }
        }
        Path work = Files.createTempDirectory("custodian-bench-drnet");
        try {
            StringBuilder md = new StringBuilder("### Backup & DR over the network\n\n");
            inventory(md, studies, reps);
            retrieve(md, work, files, kib, reps);
            md.append(String.format(Locale.ROOT, "%nRun %s UTC on %d cores (%s), Java %s; load average %.2f at the end.%n",
                    ZonedDateTime.now(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                    Runtime.getRuntime().availableProcessors(), Bench.cpuModel(),
                    System.getProperty("java.runtime.version"),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            System.out.print(md);
        } finally {
            FreshDatabase.delete(work);
        }
    }

    // ---- inventory of a million studies -------------------------------------------------------------------

    /** A QIDO-RS server answering generated pages: study i of n, on DR without every 200th. */
    private static HttpServer qido(int n, boolean dr) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "qido");
            t.setDaemon(true); // the benchmark ends when its work does
            return t;
        }));
        server.createContext("/dicom-web/studies", exchange -> {
            Map<String, String> q = new HashMap<>();
            String query = exchange.getRequestURI().getRawQuery();
            for (String kv : query == null ? new String[0] : query.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    q.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
            int limit = Integer.parseInt(q.getOrDefault("limit", "1000"));
            byte[] body = page(n, dr, offset, limit).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/dicom+json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** The page of matches from {@code offset}: on DR the indexes are those not divisible by 200. */
    static String page(int n, boolean dr, int offset, int limit) {
        StringBuilder b = new StringBuilder(limit * 420).append('[');
        int emitted = 0;
        // DR lists its studies in its own order of index, skipping the lost ones; offsets count what it lists
        int index = dr ? offset + offset / 199 : offset;
        LocalDate start = LocalDate.of(2024, 1, 1);
        while (emitted < limit && index < n) {
            if (dr && index % 200 == 0) {
                index++;
                continue;
            }
            if (emitted > 0) {
                b.append(',');
            }
            String day = start.plusDays(index % 365).toString().replace("-", "");
            int instances = 1 + index % 300;
            b.append("{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"2.25.").append(1_000_000_000L + index)
                    .append("\"]},\"00080020\":{\"vr\":\"DA\",\"Value\":[\"").append(day)
                    .append("\"]},\"00080030\":{\"vr\":\"TM\",\"Value\":[\"101500\"]},\"00100020\":{\"vr\":\"LO\",")
                    .append("\"Value\":[\"P").append(index % 400_000).append("\"]},\"00080050\":{\"vr\":\"SH\",")
                    .append("\"Value\":[\"A").append(index).append("\"]},\"00080061\":{\"vr\":\"CS\",\"Value\":")
                    .append("[\"CT\"]},\"00201206\":{\"vr\":\"IS\",\"Value\":[").append(1 + index % 5)
                    .append("]},\"00201208\":{\"vr\":\"IS\",\"Value\":[").append(instances).append("]}}");
            emitted++;
            index++;
        }
        return b.append(']').toString();
    }

    private static void inventory(StringBuilder md, int n, int reps) throws Exception {
        HttpServer primary = qido(n, false);
        HttpServer dr = qido(n, true);
        try {
            URI p = URI.create("http://127.0.0.1:" + primary.getAddress().getPort() + "/dicom-web");
            URI d = URI.create("http://127.0.0.1:" + dr.getAddress().getPort() + "/dicom-web");
            StudyArchive pa = web(p);
            StudyArchive da = web(d);
            LocalDate from = LocalDate.of(2024, 1, 1);
            LocalDate to = LocalDate.of(2024, 12, 31);
            Duration timeout = Duration.ofMinutes(10);
            double[] ours = new double[reps + 1];
            double[] raw = new double[reps + 1];
            double[] compare = new double[reps + 1];
            InventoryDiff diff = null;
            int listed = 0;
            for (int r = 0; r <= reps; r++) { // repetition 0 is the warm-up
                Bench.progress("inventory of " + n + " studies, repetition " + r + " of " + reps);
                raw[r] = rawPages(p, n, timeout) + rawPages(d, n, timeout);
                long t0 = System.nanoTime();
                List<StudySummary> a = pa.findStudies(from, to, timeout);
                List<StudySummary> b = da.findStudies(from, to, timeout);
                long t1 = System.nanoTime();
                diff = InventoryComparison.compare(a, b);
                long t2 = System.nanoTime();
                ours[r] = (t2 - t0) / 1e9;
                compare[r] = (t2 - t1) / 1e9;
                listed = a.size() + b.size();
            }
            double o = Stats.median(java.util.Arrays.copyOfRange(ours, 1, reps + 1));
            double w = Stats.median(java.util.Arrays.copyOfRange(raw, 1, reps + 1));
            double c = Stats.median(java.util.Arrays.copyOfRange(compare, 1, reps + 1));
            md.append(String.format(Locale.ROOT, """
                    #### Inventory comparison of %,d studies (QIDO-RS on loopback, generated answers, pages of 1,000)

                    | Measured | Median time | Studies/s | vs baseline |
                    |---|---|---|---|
                    | baseline: the same pages of both nodes fetched with java.net.http, bytes read and dropped | %s | %,.0f | 1.00 |
                    | `StudyArchive.findStudies` on both nodes (DICOM JSON read) + `InventoryComparison.compare` | %s | %,.0f | %s |
                    | of which `InventoryComparison.compare` (%,d missing found) | %s | | |

                    """, n, Stats.seconds(w), listed / w, Stats.seconds(o), listed / o, Stats.ratio(o / w),
                    diff.missing().size(), Stats.seconds(c)));
        } finally {
            primary.stop(0);
            dr.stop(0);
        }
    }

    private static StudyArchive web(URI url) {
        return StudyArchives.open(ArchiveEndpoint.dicomWeb(url, WebCredentials.NONE, null), AE, Dicom.network(),
                Dicom.reader());
    }

    /** @return seconds to fetch every page of a node and read its bytes */
    private static double rawPages(URI base, int n, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        byte[] buffer = new byte[1 << 16];
        for (int offset = 0; offset < n; offset += 1000) {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/studies?StudyDate="
                    + "20240101-20241231&limit=1000&offset=" + offset)).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                while (in.read(buffer) >= 0) {
                    // read and dropped
                }
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    // ---- retrieve throughput ----------------------------------------------------------------------------

    private static void retrieve(StringBuilder md, Path work, int count, int kib, int reps) throws Exception {
        Path source = Files.createDirectories(work.resolve("source"));
        Bench.progress("writing one study of " + count + " DICOM files of " + kib + " KiB");
        Random random = new Random(3);
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long bytes = 0;
        String study = "2.25.77001";
        for (int i = 0; i < count; i++) {
            Path f = source.resolve(String.format(Locale.ROOT, "IM%05d.dcm", i));
            bytes += DrBench.writeDicom(f, 900_000 + i, kib * 1024, random, study, "BENCHP");
            files.add(f);
            names.add(f.getFileName().toString());
        }
        Path list = work.resolve("files.txt");
        Files.write(list, names);
        int movePort = BenchOrthanc.freePorts(1)[0];
        try (BenchOrthanc orthanc = BenchOrthanc.start(Files.createDirectories(work.resolve("orthanc")), AE, movePort)) {
            Bench.progress("loading them into Orthanc with dcmsend");
            orthanc.load(AE, files);
            StudySummary summary = new StudySummary(study, null, null, null, null, null, null, 1, count);
            Map<String, StudyArchive> methods = new java.util.LinkedHashMap<>();
            methods.put("C-GET", StudyArchives.open(ArchiveEndpoint.cGet(orthanc.node()), AE, Dicom.network(),
                    Dicom.reader()));
            methods.put("C-MOVE to our storage SCP", StudyArchives.open(ArchiveEndpoint.cMove(orthanc.node(), movePort),
                    AE, Dicom.network(), Dicom.reader()));
            methods.put("WADO-RS", web(URI.create("http://127.0.0.1:" + orthanc.httpPort + "/dicom-web")));
            double[] sums = new double[reps];
            Map<String, double[]> times = new java.util.LinkedHashMap<>();
            methods.keySet().forEach(k -> times.put(k, new double[reps]));
            sha256sum(source, list); // warm-up: the files in the page cache
            for (var m : methods.entrySet()) {
                once(m.getValue(), summary, work.resolve("warm-" + m.getKey().length()), count);
            }
            for (int r = 0; r < reps; r++) {
                Bench.progress("retrieve, repetition " + (r + 1) + " of " + reps);
                sums[r] = sha256sum(source, list);
                for (var m : methods.entrySet()) {
                    times.get(m.getKey())[r] = once(m.getValue(), summary, work.resolve("r" + r + "-" + m.getKey()
                            .length()), count);
                }
            }
            double mib = bytes / (1024.0 * 1024.0);
            double base = mib / Stats.median(sums);
            md.append(String.format(Locale.ROOT, """
                    #### Retrieve throughput (one study of %,d objects of %d KiB, %s, from Orthanc on loopback)

                    Each retrieve writes every object to disk and then computes its data set SHA-256, as a verification
                    does before comparing.

                    | Measured | Median time | Throughput | vs sha256sum |
                    |---|---|---|---|
                    | `sha256sum` over the same files (baseline, from the page cache) | %s | %.0f MiB/s | 1.00 |
                    """, count, kib, Stats.mib(bytes), Stats.seconds(Stats.median(sums)), base));
            for (var t : times.entrySet()) {
                double rate = mib / Stats.median(t.getValue());
                md.append(String.format(Locale.ROOT, "| %s + data set SHA-256 | %s | %.0f MiB/s | %s |%n", t.getKey(),
                        Stats.seconds(Stats.median(t.getValue())), rate, Stats.ratio(rate / base)));
            }
            md.append('\n');
        }
    }

    /** @return seconds for one retrieve of the study and the digest of each object */
    private static double once(StudyArchive archive, StudySummary study, Path folder, int expected) throws Exception {
        Files.createDirectories(folder);
        long t0 = System.nanoTime();
        RetrievedStudy got = archive.retrieveStudy(study, folder, Duration.ofMinutes(10));
        for (Path f : got.files()) {
            DrBench.sink += DataSetDigest.sha256(f).length();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (got.files().size() != expected) {
            throw new IllegalStateException(archive.endpoint().describe() + " brought back " + got.files().size()
                    + " of " + expected + " objects");
        }
        FreshDatabase.delete(folder);
        return s;
    }

    private static double sha256sum(Path folder, Path list) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sh", "-c", "xargs sha256sum < '" + list + "'").directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("sha256sum failed");
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
