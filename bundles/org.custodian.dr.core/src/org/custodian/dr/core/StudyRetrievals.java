package org.custodian.dr.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudyArchive;
import org.custodian.dicom.StudySummary;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Retrieves studies from both nodes and compares them (levels SAMPLE and FULL), on as many pairs of associations at
 * once as the check allows. At level FULL each study's outcome is written to a {@link VerificationProgress} file as
 * soon as it is known, its retrieved files deleted, and a run started again over the same range resumes after the
 * last study it had finished, with that study's findings.
 */
final class StudyRetrievals {

    /** What the retrieves found: objects checked, and the DR retrieve times for the RTO. */
    static final class Outcome {
        int objectsChecked;
        int studiesChecked;
        int resumed;
        Duration drTime = Duration.ZERO;
        Duration firstDr;
        boolean allRetrieved = true;
    }

    private final StudyArchive primary;
    private final StudyArchive dr;
    private final DrCheck check;
    private final ObjectComparison comparison;

    StudyRetrievals(StudyArchive primary, StudyArchive dr, DrCheck check, ObjectComparison comparison) {
        this.primary = primary;
        this.dr = dr;
        this.check = check;
        this.comparison = comparison;
    }

    Outcome run(List<StudySummary> studies, List<Finding> findings, SubMonitor progress) {
        Outcome outcome = new Outcome();
        boolean full = check.level() == org.custodian.model.VerificationLevel.FULL;
        VerificationProgress saved = full ? VerificationProgress.open(check, findings) : null;
        List<StudySummary> todo = new ArrayList<>();
        for (StudySummary s : studies) {
            VerificationProgress.Done done = saved == null ? null : saved.done(s.studyInstanceUid());
            if (done != null) {
                findings.addAll(done.findings());
                outcome.objectsChecked += done.objects();
                outcome.studiesChecked++;
                outcome.resumed++;
                if (done.drMillis() < 0) {
                    outcome.allRetrieved = false;
                } else {
                    outcome.drTime = outcome.drTime.plusMillis(done.drMillis());
                }
                progress.worked(2);
            } else {
                todo.add(s);
            }
        }
        if (outcome.resumed > 0) {
            findings.add(Finding.info("resume", "", "resumed: " + outcome.resumed + " of " + studies.size()
                    + " studies had been checked by an earlier run over the same range"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(check.associations(), Math.max(1, todo.size())),
                Thread.ofVirtual().name("dr-retrieve-", 0).factory());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (StudySummary study : todo) {
                running.add(pool.submit(() -> {
                    if (progress.isCanceled()) {
                        return;
                    }
                    List<Finding> own = new ArrayList<>();
                    long[] drMillis = { -1 };
                    int objects = one(study, own, drMillis);
                    synchronized (outcome) {
                        findings.addAll(own);
                        outcome.objectsChecked += objects;
                        outcome.studiesChecked += drMillis[0] >= 0 ? 1 : 0;
                        if (drMillis[0] < 0) {
                            outcome.allRetrieved = false;
                        } else {
                            Duration d = Duration.ofMillis(drMillis[0]);
                            outcome.drTime = outcome.drTime.plus(d);
                            if (outcome.firstDr == null) {
                                outcome.firstDr = outcome.drTime;
                            }
                        }
                        if (saved != null) {
                            saved.record(study.studyInstanceUid(), objects, drMillis[0], own);
                        }
                        progress.subTask("Retrieved study " + study.studyInstanceUid());
                        progress.worked(2);
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    findings.add(Finding.failure("retrieve", "", "a retrieve failed unexpectedly: " + e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (saved != null) {
                saved.close();
            }
        }
        return outcome;
    }

    /** Retrieves one study from both nodes and compares; {@code drMillis[0]} stays -1 when DR did not deliver. */
    private int one(StudySummary study, List<Finding> findings, long[] drMillis) {
        RetrievedStudy fromDr = retrieve("DR", dr, study, findings);
        RetrievedStudy fromPrimary = retrieve("primary", primary, study, findings);
        try {
            if (fromDr == null) {
                return 0;
            }
            if (fromDr.files().isEmpty()) {
                // an empty answer is no recovery: it must neither time the RTO nor count as checked
                findings.add(Finding.failure("retrieve", study.studyInstanceUid(), "DR returned no object of the study"));
                return 0;
            }
            drMillis[0] = fromDr.elapsed().toMillis();
            return comparison.compare(study, fromDr, fromPrimary, findings);
        } finally {
            if (check.level() == org.custodian.model.VerificationLevel.FULL) {
                // a full-archive check keeps no copies: the disk holds only the studies in flight
                Folders.delete(check.workDir().resolve("DR").resolve(study.studyInstanceUid()));
                Folders.delete(check.workDir().resolve("primary").resolve(study.studyInstanceUid()));
            }
        }
    }

    private RetrievedStudy retrieve(String role, StudyArchive node, StudySummary study, List<Finding> findings) {
        Path folder = check.workDir().resolve(role).resolve(study.studyInstanceUid());
        try {
            Files.createDirectories(folder);
            return node.retrieveStudy(study, folder, check.timeout());
        } catch (DicomExchangeException e) {
            findings.add(Finding.failure("retrieve", study.studyInstanceUid(), "from " + role + ": "
                    + DiskRoom.explain(e.getMessage(), check.workDir())));
        } catch (IOException e) {
            findings.add(Finding.failure("retrieve", study.studyInstanceUid(), "cannot make a folder in "
                    + check.workDir() + ": " + DiskRoom.explain(String.valueOf(e.getMessage()), check.workDir())));
        }
        return null;
    }
}
