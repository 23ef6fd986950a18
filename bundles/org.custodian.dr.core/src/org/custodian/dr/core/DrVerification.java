package org.custodian.dr.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.EchoResult;
import org.custodian.dicom.StudyArchive;
import org.custodian.dicom.StudyArchives;
import org.custodian.dicom.StudySummary;
import org.custodian.model.VerificationLevel;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Verifies a DR node against its primary, at the check's level: a readiness check first (kept with the run), C-ECHO
 * (or a DICOMweb query) to both, study-level inventories over the date range compared and the RPO achieved; then
 * the object counts (COUNT), every object looked for on DR (PRESENCE), or studies retrieved from both nodes and
 * compared object by object (SAMPLE, FULL: parses, pixel data present, data set SHA-256 equal to the primary's
 * copy), with the RTO measured as the time the DR retrieves took. Each node is reached by its own method (C-GET,
 * C-MOVE or DICOMweb). Plain class over the DICOM interfaces; the service and the command line share it.
 */
public final class DrVerification {

    private final DicomNetwork network;
    private final DicomObjectReader reader;

    public DrVerification(DicomNetwork network, DicomObjectReader reader) {
        this.network = Objects.requireNonNull(network, "network");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The node as the check reaches it. */
    public StudyArchive archive(ArchiveEndpoint endpoint, String callingAeTitle) {
        return StudyArchives.open(endpoint, callingAeTitle, network, reader);
    }

    /** The readiness check alone, to show before a run ({@link Readiness}). */
    public Readiness.Report readiness(DrCheck check) {
        return Readiness.check(archive(check.primary(), check.callingAeTitle()),
                archive(check.dr(), check.callingAeTitle()), check, e -> archive(e, check.callingAeTitle()));
    }

    /** Runs every check of {@code check}; cancellable between steps and between studies. */
    public DrReport run(DrCheck check, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + check.dr() + " against " + check.primary(),
                100);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        Run run = new Run(check, findings);
        StudyArchive primaryNode = archive(check.primary(), check.callingAeTitle());
        StudyArchive drNode = archive(check.dr(), check.callingAeTitle());

        progress.subTask("Checking readiness");
        run.readiness = Readiness.check(primaryNode, drNode, check, e -> archive(e, check.callingAeTitle())).findings();
        progress.worked(10);
        if (progress.isCanceled()) {
            return run.report(started, t0, true);
        }
        boolean reachable = echo("primary", primaryNode, check, findings) & echo("DR", drNode, check, findings);
        progress.worked(5);
        if (!reachable || progress.isCanceled()) {
            return run.report(started, t0, progress.isCanceled());
        }
        List<StudySummary> primary = find("primary", primaryNode, check, findings);
        List<StudySummary> dr = primary == null ? null : find("DR", drNode, check, findings);
        progress.worked(15);
        if (primary == null || dr == null || progress.isCanceled()) {
            return run.report(started, t0, progress.isCanceled());
        }
        findings.add(Finding.info("inventory", "", "primary " + primary.size() + " studies, DR " + dr.size()
                + " studies from " + check.from() + " to " + check.to()));
        run.diff = InventoryComparison.compare(primary, dr);
        findings.addAll(run.diff.findings("primary", "DR"));
        recoveryPoint(run, primary, dr);

        if (run.diff.common() + run.diff.missing().size() == 0) {
            // nothing wrong found because there was nothing to look at: never a success
            findings.add(Finding.nothingVerified("the primary holds no study from " + check.from() + " to "
                    + check.to() + ": no study was compared, retrieved or timed; choose a range with studies"));
            return run.report(started, t0, false);
        }
        List<StudySummary[]> both = onBoth(primary, dr);
        SubMonitor rest = progress.split(70).setWorkRemaining(Math.max(1, both.size() * 2));
        switch (check.level()) {
            case INVENTORY -> findings.add(Finding.nothingVerified("inventory only: no study was retrieved from DR, "
                    + "so neither the copies nor the recovery time were checked"));
            case COUNT -> {
                run.studiesChecked = PresenceCheck.counts(both, primaryNode, drNode, check, findings, rest);
                findings.add(Finding.nothingVerified("level COUNT: the object counts were compared, but no study "
                        + "was retrieved from DR, so neither the copies nor the recovery time were checked"));
            }
            case PRESENCE -> {
                run.studiesChecked = PresenceCheck.presence(both, primaryNode, drNode, check, findings, rest);
                findings.add(Finding.nothingVerified("level PRESENCE: every object was looked for on DR, but none "
                        + "was retrieved, so neither the copies nor the recovery time were checked"));
            }
            case SAMPLE, FULL -> retrieveAndCompare(run, primaryNode, drNode, primary, dr, rest);
        }
        return run.report(started, t0, progress.isCanceled());
    }

    private void retrieveAndCompare(Run run, StudyArchive primaryNode, StudyArchive drNode, List<StudySummary> primary,
            List<StudySummary> dr, SubMonitor progress) {
        DrCheck check = run.check;
        List<StudySummary> studies = check.level() == VerificationLevel.FULL ? sample(primary, dr, Integer.MAX_VALUE, 0)
                : sample(primary, dr, check.sample(), check.seed());
        StudyRetrievals.Outcome o = new StudyRetrievals(primaryNode, drNode, check, new ObjectComparison(reader))
                .run(studies, run.findings, progress);
        run.objectsChecked = o.objectsChecked;
        run.studiesChecked = o.studiesChecked;
        run.rtoFirst = o.firstDr;
        if (!studies.isEmpty() && !progress.isCanceled()) {
            if (run.rtoFirst == null && o.objectsChecked > 0) {
                run.rtoFirst = o.drTime;
            }
            recoveryTime(run, o.allRetrieved ? o.drTime : null, studies.size());
        }
        if (check.sample() == 0 && check.level() == VerificationLevel.SAMPLE) {
            run.findings.add(Finding.nothingVerified("inventory only (sample 0): no study was retrieved from DR, so "
                    + "neither the copies nor the recovery time were checked"));
        } else if (run.objectsChecked == 0) {
            run.findings.add(Finding.nothingVerified("no object was retrieved from DR and compared with the primary's"
                    + (studies.isEmpty() ? ": no study of the range is on both nodes" : "")));
        }
    }

    /** Pairs of the same study as each node lists it, in the primary's order. */
    static List<StudySummary[]> onBoth(List<StudySummary> primary, List<StudySummary> dr) {
        Map<String, StudySummary> onDr = new HashMap<>();
        dr.forEach(s -> onDr.putIfAbsent(s.studyInstanceUid(), s));
        List<StudySummary[]> both = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (StudySummary p : primary) {
            StudySummary d = onDr.get(p.studyInstanceUid());
            if (d != null && seen.add(p.studyInstanceUid())) {
                both.add(new StudySummary[] { p, d });
            }
        }
        return both;
    }

    /** The mutable state of one run, turned into an immutable report at the end. */
    private static final class Run {
        final DrCheck check;
        final List<Finding> findings;
        InventoryDiff diff;
        Duration rpo;
        Duration rtoFirst;
        Duration rtoLast;
        int objectsChecked;
        int studiesChecked;
        List<Finding> readiness = List.of();

        Run(DrCheck check, List<Finding> findings) {
            this.check = check;
            this.findings = findings;
        }

        DrReport report(Instant started, long t0, boolean cancelled) {
            if (cancelled) {
                findings.add(Finding.warning("run", "", "cancelled before the end; the checks above are complete"));
            }
            synchronized (findings) {
                return new DrReport(check, started, Duration.ofNanos(System.nanoTime() - t0), diff, rpo, rtoFirst,
                        rtoLast, objectsChecked, findings, cancelled, readiness, studiesChecked);
            }
        }
    }

    private static boolean echo(String role, StudyArchive node, DrCheck check, List<Finding> findings) {
        EchoResult r = node.echo(check.timeout());
        ArchiveEndpoint e = node.endpoint();
        String subject = e.dimse() != null ? e.dimse().toString() : String.valueOf(e.webUrl());
        findings.add(r.success()
                ? Finding.info("echo", subject, role + " answered in " + r.roundTrip().toMillis() + " ms ("
                        + node.endpoint().describe() + ")")
                : Finding.failure("echo", subject, r.message()));
        return r.success();
    }

    private static List<StudySummary> find(String role, StudyArchive node, DrCheck check, List<Finding> findings) {
        try {
            return node.findStudies(check.from(), check.to(), check.timeout());
        } catch (DicomExchangeException e) {
            findings.add(Finding.failure("inventory", node.toString(), "cannot list the " + role
                    + " node's studies: " + e.getMessage()));
            return null;
        }
    }

    private void recoveryPoint(Run run, List<StudySummary> primary, List<StudySummary> dr) {
        run.rpo = RecoveryPoint.lag(primary, dr).orElse(null);
        if (run.rpo == null) {
            if (!primary.isEmpty()) {
                run.findings.add(Finding.failure("rpo", "", "the DR node holds no dated study of the range: "
                        + "every primary study of the range would be lost"));
            }
            return;
        }
        long minutes = run.rpo.toMinutes();
        String text = "newest DR study is " + minutes + " min behind the newest primary study";
        int target = run.check.rpoTargetMinutes();
        if (target > 0 && minutes > target) {
            run.findings.add(Finding.failure("rpo", "", text + ", above the target of " + target + " min"));
        } else {
            run.findings.add(Finding.info("rpo", "", text + (target > 0 ? " (target " + target + " min)" : "")));
        }
    }

    private void recoveryTime(Run run, Duration total, int studies) {
        if (total == null) {
            run.findings.add(Finding.failure("rto", "", "not every sampled study could be retrieved from DR"));
            return;
        }
        run.rtoLast = total;
        String text = "first sampled study back after " + run.rtoFirst.toMillis() + " ms, all " + studies
                + " after " + total.toMillis() + " ms";
        int target = run.check.rtoTargetMinutes();
        if (target > 0 && total.compareTo(Duration.ofMinutes(target)) > 0) {
            run.findings.add(Finding.failure("rto", "", text + ", above the target of " + target + " min"));
        } else {
            run.findings.add(Finding.info("rto", "", text + (target > 0 ? " (target " + target + " min)" : "")));
        }
    }

    /** Studies on both sides, shuffled by the seed, the first {@code n}. */
    static List<StudySummary> sample(List<StudySummary> primary, List<StudySummary> dr, int n, long seed) {
        if (n <= 0) {
            return List.of();
        }
        Set<String> onDr = dr.stream().map(StudySummary::studyInstanceUid).collect(Collectors.toSet());
        List<StudySummary> both = new ArrayList<>(primary.stream()
                .filter(s -> onDr.contains(s.studyInstanceUid())).distinct().toList());
        both.sort(java.util.Comparator.comparing(StudySummary::studyInstanceUid));
        Collections.shuffle(both, new Random(seed));
        return both.subList(0, Math.min(n, both.size()));
    }
}
