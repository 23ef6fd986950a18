package org.custodian.dr.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress of a FULL verification, kept in its work folder so that a run stopped by a crash or a restart of the
 * console resumes where it was: one line per finished study with its findings, written and flushed when the study
 * is done. The file belongs to one pair of nodes, range and level (its first line says which); a different check
 * starts afresh. A line cut short by the crash is ignored, and that study is checked again.
 */
final class VerificationProgress implements AutoCloseable {

    /** A study an earlier run finished. */
    record Done(int objects, long drMillis, List<Finding> findings) {
    }

    static final String FILE = "full-verification-progress.tsv";

    private final Map<String, Done> done;
    private final BufferedWriter out;

    private VerificationProgress(Map<String, Done> done, BufferedWriter out) {
        this.done = done;
        this.out = out;
    }

    static VerificationProgress open(DrCheck check, List<Finding> findings) {
        Path file = check.workDir().resolve(FILE);
        String identity = "check\t" + check.primary().describe() + "\t" + check.dr().describe() + "\t" + check.from()
                + "\t" + check.to();
        Map<String, Done> done = new HashMap<>();
        try {
            Files.createDirectories(check.workDir());
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(identity)) {
                    for (String line : lines.subList(1, lines.size())) {
                        parse(line, done);
                    }
                } else {
                    Files.delete(file); // another check's progress
                }
            }
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (done.isEmpty() && Files.size(file) == 0) {
                out.write(identity);
                out.newLine();
                out.flush();
            }
            return new VerificationProgress(done, out);
        } catch (IOException e) {
            findings.add(Finding.warning("resume", file.toString(), "progress cannot be kept, so a crash would "
                    + "start the verification again: " + e.getMessage()));
            return new VerificationProgress(done, null);
        }
    }

    Done done(String studyUid) {
        return done.get(studyUid);
    }

    synchronized void record(String studyUid, int objects, long drMillis, List<Finding> findings) {
        if (out == null) {
            return;
        }
        StringBuilder b = new StringBuilder("study\t").append(clean(studyUid)).append('\t').append(objects).append('\t')
                .append(drMillis);
        for (Finding f : findings) {
            b.append('\t').append(f.severity().name()).append('\u001f').append(clean(f.check())).append('\u001f')
                    .append(clean(f.subject())).append('\u001f').append(clean(f.detail()));
        }
        b.append("\tend");
        try {
            out.write(b.toString());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            // the run goes on; only the resume point is lost
        }
    }

    private static void parse(String line, Map<String, Done> done) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 5 || !cells[0].equals("study") || !cells[cells.length - 1].equals("end")) {
            return; // cut short by the crash: check that study again
        }
        try {
            List<Finding> findings = new ArrayList<>();
            for (int i = 4; i < cells.length - 1; i++) {
                String[] f = cells[i].split("\u001f", -1);
                findings.add(new Finding(Severity.valueOf(f[0]), f[1], f[2], f[3]));
            }
            done.put(cells[1], new Done(Integer.parseInt(cells[2]), Long.parseLong(cells[3]), findings));
        } catch (RuntimeException malformed) {
            // a damaged line: that study is checked again
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('\u001f', ' ');
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the progress was flushed line by line
            }
        }
    }
}
