package org.custodian.dr.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Checks a restored backup folder against a manifest: every listed file must exist with the listed SHA-256, and
 * every file that looks like DICOM must parse. Files are checked in parallel (one task per file on a pool of
 * {@code threads}, a few files per thread in flight at a time); progress and cancellation are handled on the
 * calling thread, which collects the results as they complete.
 */
public final class FileVerification {

    private static final int BUFFER = 1 << 20;

    private final DicomObjectReader reader;

    public FileVerification(DicomObjectReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The outcome for one file. */
    private record Checked(long bytes, Finding problem) {
    }

    /**
     * @param folder   the restored folder
     * @param manifest the manifest ({@link Manifest})
     * @param threads  files checked at once, at least 1
     * @throws IOException if the manifest cannot be read
     */
    public FileReport run(Path folder, Path manifestFile, int threads, IProgressMonitor monitor) throws IOException {
        long t0 = System.nanoTime();
        Manifest manifest = Manifest.read(manifestFile);
        List<Finding> findings = new ArrayList<>(manifest.problems());
        List<Manifest.Entry> entries = manifest.entries();
        SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + entries.size() + " files in " + folder,
                entries.size() + 1);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "verify files");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Checked> done = new ExecutorCompletionService<>(pool);
        Set<Path> listed = new HashSet<>();
        for (Manifest.Entry e : entries) {
            listed.add(folder.resolve(e.path()).normalize());
        }
        // a bounded number of files in flight, so a manifest of millions of files does not queue millions of tasks
        Iterator<Manifest.Entry> next = entries.iterator();
        int window = Math.max(1, threads) * 4;
        int inFlight = 0;
        int checked = 0;
        int ok = 0;
        long bytes = 0;
        boolean cancelled = false;
        try {
            for (; inFlight < window && next.hasNext(); inFlight++) {
                submit(done, folder, next.next());
            }
            while (inFlight > 0) {
                if (progress.isCanceled()) {
                    cancelled = true;
                    break;
                }
                Checked c;
                try {
                    c = done.take().get();
                } catch (ExecutionException e) {
                    c = new Checked(0, Finding.failure("file", "", "check failed: " + e.getCause()));
                }
                inFlight--;
                if (next.hasNext()) {
                    submit(done, folder, next.next());
                    inFlight++;
                }
                checked++;
                bytes += c.bytes();
                if (c.problem() == null) {
                    ok++;
                } else {
                    findings.add(c.problem());
                }
                progress.worked(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        } finally {
            pool.shutdownNow();
        }
        if (!cancelled) {
            unlisted(folder, manifestFile, listed, findings);
            if (entries.isEmpty()) {
                findings.add(Finding.nothingVerified("the manifest lists no file: nothing of the restore was checked"));
            }
        } else {
            findings.add(Finding.warning("run", "", "cancelled after " + checked + " of " + entries.size() + " files"));
        }
        progress.worked(1);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        findings.add(Finding.info("summary", folder.toString(), checked + " of " + entries.size() + " files checked, "
                + ok + " good, " + bytes + " bytes in " + took.toMillis() + " ms"));
        return new FileReport(entries.size(), checked, ok, bytes, took, findings, cancelled);
    }

    private void submit(ExecutorCompletionService<Checked> done, Path folder, Manifest.Entry e) {
        Path file = folder.resolve(e.path()).normalize();
        done.submit(() -> check(file, e));
    }

    private Checked check(Path file, Manifest.Entry entry) {
        String subject = entry.path();
        long size;
        String sha;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            size = 0;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                for (int n; (n = ch.read(buffer)) >= 0;) {
                    size += n;
                    buffer.flip();
                    digest.update(buffer);
                    buffer.clear();
                }
            }
            sha = HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            return new Checked(0, Finding.failure("file", subject, "missing (manifest line " + entry.line() + ")"));
        } catch (IOException e) {
            return new Checked(0, Finding.failure("file", subject, "cannot be read: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        if (!sha.equals(entry.sha256())) {
            return new Checked(size, Finding.failure("file", subject, "SHA-256 " + sha + " differs from the manifest's "
                    + entry.sha256() + " (line " + entry.line() + ")"));
        }
        if (reader.isDicom(file)) {
            try {
                reader.read(file);
            } catch (DicomReadException e) {
                return new Checked(size, Finding.failure("file", subject, "checksum matches but the DICOM header "
                        + "does not parse: " + e.reason()));
            }
        }
        return new Checked(size, null);
    }

    /** Files in the folder that the manifest does not list: restored from somewhere else, or a manifest gap. */
    private static void unlisted(Path folder, Path manifestFile, Set<Path> listed, List<Finding> findings)
            throws IOException {
        Path manifestPath = manifestFile.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).map(Path::normalize)
                    .filter(p -> !listed.contains(p) && !p.toAbsolutePath().normalize().equals(manifestPath))
                    .sorted().forEach(p -> findings.add(Finding.warning("file", folder.relativize(p).toString(),
                            "in the folder, not in the manifest")));
        }
    }
}
