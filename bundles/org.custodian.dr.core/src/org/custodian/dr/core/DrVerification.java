package org.custodian.dr.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.custodian.dicom.DataSetDigest;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.custodian.dicom.EchoResult;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudySummary;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Verifies a DR node against its primary, study by study: C-ECHO to both, study-level inventories over the date
 * range compared, RPO achieved, and a sample of studies retrieved from both nodes and compared object by object
 * (parses, pixel data present, data set SHA-256 equal to the primary's copy), with the RTO measured as the time
 * the DR retrieves took. Plain class over the DICOM interfaces; the service and the command line share it.
 */
public final class DrVerification {

    private final DicomNetwork network;
    private final DicomObjectReader reader;

    public DrVerification(DicomNetwork network, DicomObjectReader reader) {
        this.network = Objects.requireNonNull(network, "network");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Runs every check of {@code check}; cancellable between steps and between sampled studies. */
    public DrReport run(DrCheck check, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + check.dr() + " against " + check.primary(),
                4 + check.sample() * 2);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<Finding> findings = new ArrayList<>();
        Run run = new Run(check, findings);

        boolean reachable = echo(check.primary(), check, findings) & echo(check.dr(), check, findings);
        progress.worked(2);
        if (!reachable || progress.isCanceled()) {
            return run.report(started, t0, progress.isCanceled());
        }
        List<StudySummary> primary = find("primary", check.primary(), check, findings);
        List<StudySummary> dr = primary == null ? null : find("DR", check.dr(), check, findings);
        progress.worked(2);
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
        List<StudySummary> sample = sample(primary, dr, check.sample(), check.seed());
        Duration drTime = Duration.ZERO;
        boolean allRetrieved = true;
        for (StudySummary study : sample) {
            if (progress.isCanceled()) {
                return run.report(started, t0, true);
            }
            progress.subTask("Retrieving study " + study.studyInstanceUid());
            RetrievedStudy fromDr = retrieve("DR", check.dr(), study, check, findings);
            progress.worked(1);
            RetrievedStudy fromPrimary = retrieve("primary", check.primary(), study, check, findings);
            progress.worked(1);
            if (fromDr == null) {
                allRetrieved = false;
                continue;
            }
            if (fromDr.files().isEmpty()) {
                // an empty answer is no recovery: it must neither time the RTO nor count as checked
                findings.add(Finding.failure("retrieve", study.studyInstanceUid(), "DR returned no object of the study"));
                allRetrieved = false;
                continue;
            }
            drTime = drTime.plus(fromDr.elapsed());
            if (run.rtoFirst == null) {
                run.rtoFirst = drTime;
            }
            run.objectsChecked += compareObjects(study, fromDr, fromPrimary, findings);
        }
        if (!sample.isEmpty()) {
            recoveryTime(run, allRetrieved ? drTime : null, sample.size());
        }
        if (check.sample() == 0) {
            findings.add(Finding.nothingVerified("inventory only (sample 0): no study was retrieved from DR, so "
                    + "neither the copies nor the recovery time were checked"));
        } else if (run.objectsChecked == 0) {
            findings.add(Finding.nothingVerified("no object was retrieved from DR and compared with the primary's"
                    + (sample.isEmpty() ? ": no study of the range is on both nodes" : "")));
        }
        return run.report(started, t0, false);
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

        Run(DrCheck check, List<Finding> findings) {
            this.check = check;
            this.findings = findings;
        }

        DrReport report(Instant started, long t0, boolean cancelled) {
            if (cancelled) {
                findings.add(Finding.warning("run", "", "cancelled before the end; the checks above are complete"));
            }
            return new DrReport(check, started, Duration.ofNanos(System.nanoTime() - t0), diff, rpo, rtoFirst,
                    rtoLast, objectsChecked, findings, cancelled);
        }
    }

    private boolean echo(DicomNode node, DrCheck check, List<Finding> findings) {
        EchoResult r = network.echo(node, check.callingAeTitle(), check.timeout());
        findings.add(r.success()
                ? Finding.info("echo", node.toString(), "answered in " + r.roundTrip().toMillis() + " ms")
                : Finding.failure("echo", node.toString(), r.message()));
        return r.success();
    }

    private List<StudySummary> find(String role, DicomNode node, DrCheck check, List<Finding> findings) {
        try {
            return network.findStudies(node, check.callingAeTitle(), check.from(), check.to(), check.timeout());
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

    private RetrievedStudy retrieve(String role, DicomNode node, StudySummary study, DrCheck check,
            List<Finding> findings) {
        try {
            Path folder = Files.createDirectories(check.workDir().resolve(role).resolve(study.studyInstanceUid()));
            return network.retrieveStudy(node, check.callingAeTitle(), study, folder, check.timeout());
        } catch (DicomExchangeException e) {
            findings.add(Finding.failure("retrieve", study.studyInstanceUid(), "from " + role + ": " + e.getMessage()));
        } catch (IOException e) {
            findings.add(Finding.failure("retrieve", study.studyInstanceUid(), "cannot make a folder in "
                    + check.workDir() + ": " + e.getMessage()));
        }
        return null;
    }

    /** @return how many DR objects were checked */
    private int compareObjects(StudySummary study, RetrievedStudy dr, RetrievedStudy primary, List<Finding> findings) {
        Map<String, Path> primaryFiles = new HashMap<>();
        if (primary != null) {
            primary.files().forEach(f -> primaryFiles.put(f.getFileName().toString(), f));
        }
        Set<String> drNames = dr.files().stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        int bad = 0;
        for (Path f : dr.files()) {
            String sop = f.getFileName().toString();
            DicomHeader h;
            try {
                h = reader.read(f);
            } catch (DicomReadException e) {
                findings.add(Finding.failure("object", sop, "DR copy does not parse: " + e.reason()));
                bad++;
                continue;
            }
            Path p = primaryFiles.get(sop);
            if (p == null) {
                if (primary != null) {
                    findings.add(Finding.warning("object", sop, "on DR only, in study " + study.studyInstanceUid()));
                }
                continue;
            }
            try {
                if (!h.hasPixelData() && reader.read(p).hasPixelData()) {
                    findings.add(Finding.failure("object", sop, "DR copy has no pixel data; the primary's has"));
                    bad++;
                    continue;
                }
                String a = DataSetDigest.sha256(p);
                String b = DataSetDigest.sha256(f);
                if (!a.equals(b)) {
                    findings.add(Finding.failure("object", sop, "DR copy differs from the primary's (data set SHA-256 "
                            + b.substring(0, 12) + "... on DR, " + a.substring(0, 12) + "... on primary)"));
                    bad++;
                }
            } catch (DicomReadException e) {
                findings.add(Finding.warning("object", sop, "primary copy cannot be read to compare: " + e.reason()));
            }
        }
        for (String sop : primaryFiles.keySet()) {
            if (!drNames.contains(sop)) {
                findings.add(Finding.failure("object", sop, "on primary, not retrieved from DR (study "
                        + study.studyInstanceUid() + ")"));
                bad++;
            }
        }
        findings.add(bad == 0 ? Finding.info("study", study.studyInstanceUid(), dr.files().size()
                + " objects retrieved from DR in " + dr.elapsed().toMillis() + " ms, all equal to the primary's")
                : Finding.failure("study", study.studyInstanceUid(), bad + " of the study's objects failed"));
        return dr.files().size();
    }
}
