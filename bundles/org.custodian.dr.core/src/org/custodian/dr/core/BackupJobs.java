package org.custodian.dr.core;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.custodian.model.BackupJob;
import org.custodian.model.BackupJobStatus;
import org.custodian.model.BackupPolicy;
import org.custodian.model.ModelFactory;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * Proof that backups ran: the jobs of a backup system's report export (CSV, columns named through
 * {@link BackupJobColumns}) kept under their backup policies, and each policy judged by them: its last job failed
 * or did not run, no successful job within its frequency (with half a period's grace), or no job at all.
 */
public final class BackupJobs {
    private BackupJobs() {
    }

    /** What an import did: records read, jobs added, jobs already kept, and each bad record with its position. */
    public record ImportResult(int read, int added, int alreadyKept, List<String> errors) {
        public ImportResult {
            errors = List.copyOf(errors);
        }
    }

    /** The policies whose jobs changed are returned in {@code changed}, to be saved by the caller. */
    public static ImportResult read(Path file, List<BackupPolicy> policies, List<String> savedColumns, ZoneId zone,
            Set<BackupPolicy> changed) throws IOException {
        Map<String, String> mapping = BackupJobColumns.mapping(savedColumns);
        int read = 0;
        int added = 0;
        int kept = 0;
        List<String> errors = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (BackupPolicy p : policies) {
            for (BackupJob j : p.getJobs()) {
                known.add(key(p, j.getJobName(), j.getStarted()));
            }
        }
        boolean[] typeLine = new boolean[1];
        try (InputStream in = skipTypeLine(Files.newInputStream(file), typeLine);
                CsvTable table = CsvTable.read(in, file.getFileName().toString(), List.of(BackupJobColumns.JOB,
                        BackupJobColumns.STARTED, BackupJobColumns.STATUS), mapping)) {
            boolean byColumn = mapping.containsKey(BackupJobColumns.POLICY)
                    || table.header().stream().anyMatch(h -> h.equalsIgnoreCase(BackupJobColumns.POLICY));
            for (CsvRow row : table) {
                read++;
                try {
                    String job = row.required(BackupJobColumns.JOB);
                    String policyName = byColumn && row.has(BackupJobColumns.POLICY) && row.get(BackupJobColumns.POLICY)
                            != null ? row.get(BackupJobColumns.POLICY) : job;
                    BackupPolicy policy = policies.stream().filter(p -> policyName.equalsIgnoreCase(strip(p.getName())))
                            .findFirst().orElseThrow(() -> row.error(byColumn ? BackupJobColumns.POLICY
                                    : BackupJobColumns.JOB, "no backup policy is named \"" + policyName
                                            + "\"; record it, or name the policy column (policy=COLUMN)"));
                    Instant started = row.instant(BackupJobColumns.STARTED, zone);
                    if (started == null) {
                        throw row.error(BackupJobColumns.STARTED, "the start time is empty");
                    }
                    BackupJobStatus status = status(row);
                    Instant finished = row.has(BackupJobColumns.FINISHED) ? row.instant(BackupJobColumns.FINISHED, zone)
                            : null;
                    if (!known.add(key(policy, job, Date.from(started)))) {
                        kept++; // the same job of the same policy at the same time: a report exported again
                        continue;
                    }
                    BackupJob j = ModelFactory.eINSTANCE.createBackupJob();
                    j.setJobName(job);
                    j.setStarted(Date.from(started));
                    j.setFinished(finished == null ? null : Date.from(finished));
                    j.setStatus(status);
                    if (row.has(BackupJobColumns.BYTES) && row.get(BackupJobColumns.BYTES) != null) {
                        try {
                            j.setBytes(Long.parseLong(row.get(BackupJobColumns.BYTES).strip().replace(",", "")));
                        } catch (NumberFormatException e) {
                            throw row.error(BackupJobColumns.BYTES, "\"" + row.get(BackupJobColumns.BYTES)
                                    + "\" is not a number of bytes");
                        }
                    }
                    j.setMessage(row.has(BackupJobColumns.MESSAGE) ? row.get(BackupJobColumns.MESSAGE) : null);
                    j.setSource(row.source() + " line " + (row.line() + (typeLine[0] ? 1 : 0)));
                    policy.getJobs().add(j);
                    changed.add(policy);
                    added++;
                } catch (RecordException e) {
                    // positions in the file as it is (the skipped type line counted), columns by the file's headings
                    String column = e.column() == null ? null : mapping.getOrDefault(e.column(), e.column());
                    errors.add(new RecordException(e.source(), e.line() + (typeLine[0] ? 1 : 0), column, e.reason())
                            .getMessage());
                }
            }
        }
        return new ImportResult(read, added, kept, errors);
    }

    /** Windows PowerShell's Export-Csv writes a "#TYPE ..." line before the header unless told not to. */
    private static InputStream skipTypeLine(InputStream raw, boolean[] skipped) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(4096);
        byte[] head = in.readNBytes(8);
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (start.startsWith("#TYPE")) {
            in.reset();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                // the type line
            }
            skipped[0] = true;
            return in;
        }
        in.reset();
        return in;
    }

    private static BackupJobStatus status(CsvRow row) {
        String v = row.required(BackupJobColumns.STATUS).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "success", "succeeded", "successful", "completed", "complete", "ok", "0" -> BackupJobStatus.SUCCESS;
            case "warning", "warnings", "completed with warnings", "partial" -> BackupJobStatus.WARNING;
            case "failed", "failure", "error", "errors", "aborted", "cancelled", "canceled" -> BackupJobStatus.FAILED;
            case "missed", "skipped", "not run", "none", "did not run" -> BackupJobStatus.MISSED;
            default -> throw row.error(BackupJobColumns.STATUS, "\"" + row.get(BackupJobColumns.STATUS)
                    + "\" is not a job result (Success, Warning, Failed, Missed)");
        };
    }

    private static String key(BackupPolicy p, String job, Date started) {
        return p.getId() + "\u0000" + job + "\u0000" + (started == null ? "" : started.getTime());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * Each policy judged by its jobs: FAILURE when its last job failed or was missed, or no successful job came
     * within its frequency and half again (now, or between two successes over the last 30 days); WARNING when
     * no job is kept for it (no proof the backups ran) or a job failed before a later success; INFO otherwise.
     */
    public static List<Finding> check(List<BackupPolicy> policies, Instant now) {
        List<Finding> out = new ArrayList<>();
        for (BackupPolicy p : policies) {
            String name = p.getName();
            List<BackupJob> jobs = new ArrayList<>(p.getJobs());
            jobs.sort(Comparator.comparing(BackupJob::getStarted, Comparator.nullsFirst(Comparator.naturalOrder())));
            if (jobs.isEmpty()) {
                out.add(Finding.warning("backup", name, "no backup job is kept for the policy: no proof that its "
                        + "backups ran (import the backup system's report)"));
                continue;
            }
            BackupJob last = jobs.get(jobs.size() - 1);
            if (last.getStatus() == BackupJobStatus.FAILED || last.getStatus() == BackupJobStatus.MISSED) {
                out.add(Finding.failure("backup", name, "the last job (" + last.getJobName() + ", " + last.getStarted()
                        .toInstant() + ") " + (last.getStatus() == BackupJobStatus.FAILED ? "failed" : "did not run")
                        + (last.getMessage() == null ? "" : ": " + last.getMessage())));
            }
            Duration allowed = p.getFrequencyHours() > 0 ? Duration.ofMinutes(p.getFrequencyHours() * 90L) : null;
            List<Instant> successes = jobs.stream().filter(j -> j.getStatus() == BackupJobStatus.SUCCESS
                    || j.getStatus() == BackupJobStatus.WARNING).map(j -> j.getStarted().toInstant()).toList();
            if (successes.isEmpty()) {
                out.add(Finding.failure("backup", name, "none of its " + jobs.size() + " jobs succeeded"));
                continue;
            }
            Instant lastSuccess = successes.get(successes.size() - 1);
            List<String> gaps = new ArrayList<>();
            if (allowed != null) {
                Instant since = now.minus(Duration.ofDays(30));
                for (int i = 1; i < successes.size(); i++) {
                    if (successes.get(i).isAfter(since)
                            && Duration.between(successes.get(i - 1), successes.get(i)).compareTo(allowed) > 0) {
                        gaps.add(successes.get(i - 1) + " to " + successes.get(i));
                    }
                }
                if (Duration.between(lastSuccess, now).compareTo(allowed) > 0) {
                    gaps.add(lastSuccess + " to now");
                }
            }
            if (!gaps.isEmpty()) {
                out.add(Finding.failure("backup", name, "no successful job (every " + p.getFrequencyHours()
                        + " h expected) from " + String.join("; from ", gaps)));
            }
            long failed = jobs.stream().filter(j -> j.getStatus() == BackupJobStatus.FAILED
                    || j.getStatus() == BackupJobStatus.MISSED).count();
            if (failed > 0 && out.stream().noneMatch(f -> f.subject().equals(name) && f.severity() == Severity.FAILURE)) {
                out.add(Finding.warning("backup", name, failed + " of " + jobs.size() + " jobs failed or did not run; "
                        + "a later one succeeded"));
            }
            if (out.stream().noneMatch(f -> f.subject().equals(name))) {
                out.add(Finding.info("backup", name, jobs.size() + " jobs, the last successful at " + lastSuccess));
            }
        }
        return out;
    }
}
