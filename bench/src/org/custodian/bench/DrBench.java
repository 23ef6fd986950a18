package org.custodian.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.custodian.dicom.Dicom;
import org.custodian.dicom.StudySummary;
import org.custodian.dr.core.FileReport;
import org.custodian.dr.core.FileVerification;
import org.custodian.dr.core.InventoryComparison;
import org.custodian.dr.core.InventoryDiff;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The Backup &amp; DR figures of docs/PERFORMANCE.md ({@code ./dev bench dr}):
 * <ol>
 * <li>file-level verification of a restored folder against its manifest ({@link FileVerification}: SHA-256 and a
 * DICOM header parse per file, in parallel) next to plain {@code sha256sum} over the same files in the same run,
 * both from the page cache;</li>
 * <li>the in-memory inventory comparison of two synthetic inventories of 100,000 studies each.</li>
 * </ol>
 * Every figure is the median of {@code --reps} runs after one warm-up run.
 */
public final class DrBench {

    /** Results nobody reads, so that the JIT cannot drop the baseline's work. */
    static volatile long sink;

    private DrBench() {
    }

    public static void main(String[] args) throws Exception {
        int files = 400;
        int kib = 1024;
        int studies = 100_000;
        int reps = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--file-kib" -> kib = Integer.parseInt(args[++i]);
                case "--studies" -> studies = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("bench dr: options are --files N --file-kib K --studies N --reps R");
                    System.exit(2);
                }
            }
        }
        Path work = Files.createTempDirectory("custodian-bench-dr");
        try {
            StringBuilder md = new StringBuilder();
            md.append("### Backup & DR\n\n");
            fileVerification(md, work, files, kib, reps);
            inventory(md, studies, reps);
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

    private static void fileVerification(StringBuilder md, Path work, int count, int kib, int reps)
            throws IOException, InterruptedException {
        Path folder = Files.createDirectories(work.resolve("restored"));
        Bench.progress("writing " + count + " DICOM files of " + kib + " KiB to " + folder);
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "IM%06d.dcm", i);
            bytes += writeDicom(folder.resolve(name), i, kib * 1024, random);
            names.add(name);
        }
        Path manifest = work.resolve("manifest.sha256");
        Path list = work.resolve("files.txt");
        Files.write(list, names);
        // warm-up: the manifest itself (sha256sum), and one verification, so both read from the page cache
        double[] sums = new double[reps];
        double[] ours = new double[reps];
        double[] single = new double[reps];
        sha256sum(folder, list, manifest);
        verify(folder, manifest, Runtime.getRuntime().availableProcessors(), count);
        int cores = Runtime.getRuntime().availableProcessors();
        for (int r = 0; r < reps; r++) {
            Bench.progress("file verification, repetition " + (r + 1) + " of " + reps);
            sums[r] = sha256sum(folder, list, work.resolve("again.sha256"));
            ours[r] = verify(folder, manifest, cores, count);
            single[r] = verify(folder, manifest, 1, count);
        }
        double mib = bytes / (1024.0 * 1024.0);
        double sumRate = mib / Stats.median(sums);
        double ourRate = mib / Stats.median(ours);
        double oneRate = mib / Stats.median(single);
        md.append(String.format(Locale.ROOT, """
                #### File-level verification (%,d DICOM files of %d KiB, %s, from the page cache)

                | Measured | Median time | Throughput | vs sha256sum |
                |---|---|---|---|
                | `sha256sum` over the files (baseline, one process, one core) | %s | %.0f MiB/s | 1.00 |
                | `FileVerification.run` (SHA-256 + header parse, %d threads) | %s | %.0f MiB/s | %s |
                | `FileVerification.run` with 1 thread | %s | %.0f MiB/s | %s |

                Goal: at least 0.7 of sha256sum's speed. %s

                """, count, kib, Stats.mib(bytes), Stats.seconds(Stats.median(sums)), sumRate, cores,
                Stats.seconds(Stats.median(ours)), ourRate, Stats.ratio(ourRate / sumRate),
                Stats.seconds(Stats.median(single)), oneRate, Stats.ratio(oneRate / sumRate),
                ourRate / sumRate >= 0.7 ? "Met (" + Stats.ratio(ourRate / sumRate) + ")."
                        : "Not met (" + Stats.ratio(ourRate / sumRate) + ")."));
    }

    /** @return seconds */
    private static double sha256sum(Path folder, Path list, Path out) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sh", "-c", "xargs sha256sum < '" + list + "' > '" + out + "'")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("sha256sum failed or took over 10 minutes");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** @return seconds */
    private static double verify(Path folder, Path manifest, int threads, int expected) throws IOException {
        long t0 = System.nanoTime();
        FileReport r = new FileVerification(Dicom.reader()).run(folder, manifest, threads, new NullProgressMonitor());
        double s = (System.nanoTime() - t0) / 1e9;
        if (r.ok() != expected) {
            throw new IllegalStateException("the verification found problems in the benchmark's own files: "
                    + r.findings());
        }
        return s;
    }

    /**
     * A secondary capture image in explicit VR little endian with the given pixel data size: what a restored
     * archive folder holds, minus the variety.
     */
    static long writeDicom(Path file, int n, int pixelBytes, Random random) throws IOException {
        return writeDicom(file, n, pixelBytes, random, "2.25.2" + n, "BENCH" + n);
    }

    /** One object of the study {@code studyUid} of the patient {@code patientId}. */
    static long writeDicom(Path file, int n, int pixelBytes, Random random, String studyUid, String patientId)
            throws IOException {
        String sop = "2.25.1" + n;
        ByteBuffer meta = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        element(meta, 0x0002, 0x0001, "OB", new byte[] { 0, 1 });
        element(meta, 0x0002, 0x0002, "UI", uid("1.2.840.10008.5.1.4.1.1.7"));
        element(meta, 0x0002, 0x0003, "UI", uid(sop));
        element(meta, 0x0002, 0x0010, "UI", uid("1.2.840.10008.1.2.1"));
        int metaLength = meta.position();
        ByteBuffer ds = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        element(ds, 0x0008, 0x0016, "UI", uid("1.2.840.10008.5.1.4.1.1.7"));
        element(ds, 0x0008, 0x0018, "UI", uid(sop));
        element(ds, 0x0008, 0x0020, "DA", text("20240301"));
        element(ds, 0x0008, 0x0060, "CS", text("OT"));
        element(ds, 0x0010, 0x0020, "LO", text(patientId));
        element(ds, 0x0020, 0x000D, "UI", uid(studyUid));
        element(ds, 0x0020, 0x000E, "UI", uid("2.25.3" + n));
        int side = (int) Math.sqrt(pixelBytes);
        short rows = (short) (pixelBytes / side);
        element(ds, 0x0028, 0x0002, "US", shortValue(1));
        element(ds, 0x0028, 0x0004, "CS", text("MONOCHROME2"));
        element(ds, 0x0028, 0x0010, "US", shortValue(rows));
        element(ds, 0x0028, 0x0011, "US", shortValue(side));
        element(ds, 0x0028, 0x0100, "US", shortValue(8));
        element(ds, 0x0028, 0x0101, "US", shortValue(8));
        element(ds, 0x0028, 0x0102, "US", shortValue(7));
        element(ds, 0x0028, 0x0103, "US", shortValue(0));
        int pixels = rows * side;
        pixels += pixels & 1;
        ds.putShort((short) 0x7FE0).putShort((short) 0x0010).put("OB".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 0).putInt(pixels);
        byte[] data = new byte[pixels];
        random.nextBytes(data);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[128]);
            out.write("DICM".getBytes(StandardCharsets.US_ASCII));
            ByteBuffer group = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            group.putShort((short) 2).putShort((short) 0).put("UL".getBytes(StandardCharsets.US_ASCII)).putShort((short) 4)
                    .putInt(metaLength);
            out.write(group.array());
            out.write(meta.array(), 0, metaLength);
            out.write(ds.array(), 0, ds.position());
            out.write(data);
        }
        return Files.size(file);
    }

    private static byte[] uid(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1); // padded with NUL
    }

    private static byte[] text(String s) {
        return (s.length() % 2 == 0 ? s : s + " ").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] shortValue(int v) {
        return new byte[] { (byte) v, (byte) (v >> 8) };
    }

    private static void element(ByteBuffer b, int group, int element, String vr, byte[] value) {
        b.putShort((short) group).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB")) {
            b.putShort((short) 0).putInt(value.length);
        } else {
            b.putShort((short) value.length);
        }
        b.put(value);
    }

    private static void inventory(StringBuilder md, int n, int reps) {
        Bench.progress("building two inventories of " + n + " studies");
        Random random = new Random(11);
        List<StudySummary> primary = new ArrayList<>(n);
        List<StudySummary> dr = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < n; i++) {
            String uid = "2.25." + (1_000_000_000L + i) + random.nextInt(1000);
            LocalDate day = start.plusDays(i % 365);
            int series = 1 + random.nextInt(6);
            int instances = series * (1 + random.nextInt(200));
            StudySummary s = new StudySummary(uid, day, "101500", "P" + random.nextInt(n), "A" + i, "CT", null, series,
                    instances);
            primary.add(s);
            int roll = random.nextInt(1000);
            if (roll < 5) {
                continue; // 0.5 % missing on DR
            }
            dr.add(roll < 15 ? new StudySummary(uid, day, "101500", s.patientId(), s.accessionNumber(), "CT", null,
                    series, instances - 1) : s); // 1 % with an instance fewer
            if (roll >= 995) {
                dr.add(new StudySummary(uid + ".9", day, "120000", "X", "X", "MR", null, 1, 1)); // 0.5 % extra
            }
        }
        java.util.Collections.shuffle(dr, random); // a node answers in its own order
        InventoryComparison.compare(primary, dr); // warm-up
        double[] ms = new double[reps];
        InventoryDiff diff = null;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            diff = InventoryComparison.compare(primary, dr);
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        double[] hashing = new double[reps];
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            java.util.Set<String> uids = new java.util.HashSet<>(dr.size() * 2);
            dr.forEach(s -> uids.add(s.studyInstanceUid()));
            int found = 0;
            for (StudySummary s : primary) {
                found += uids.contains(s.studyInstanceUid()) ? 1 : 0;
            }
            hashing[r] = (System.nanoTime() - t0) / 1e6;
            sink += found; // keeps the lookups from being optimised away
        }
        md.append(String.format(Locale.ROOT, """
                #### Inventory comparison (%,d studies on the primary, %,d on DR, in memory)

                | Measured | Median time |
                |---|---|
                | `InventoryComparison.compare` (per-day counts, %,d missing, %,d extra, %,d count differences, sorted) | %s ms |
                | baseline: a HashSet of the DR UIDs and one lookup per primary study | %s ms |

                """, primary.size(), dr.size(), diff.missing().size(), diff.extra().size(), diff.countMismatches().size(),
                Stats.ms(Stats.median(ms)), Stats.ms(Stats.median(hashing))));
    }
}
