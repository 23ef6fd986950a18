package org.custodian.dr.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import org.custodian.app.ui.DataEvents;
import org.custodian.dicom.DicomNode;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.model.DrPlan;
import org.custodian.model.PacsNode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Runs a plan's DR verification as a cancellable Job and records the outcome as a test run of the plan. */
final class Verifications {
    /** Posted with a {@link Outcome} when a verification ends. */
    static final String DONE = "org/custodian/dr/verified";

    record Outcome(DrPlan plan, DrReport report, String error) {
    }

    private Verifications() {
    }

    /** @throws IllegalArgumentException naming the node whose DICOM address is missing or invalid */
    static DicomNode node(PacsNode n, String role) {
        if (n == null) {
            throw new IllegalArgumentException("the plan has no " + role + " node");
        }
        try {
            return new DicomNode(n.getAeTitle(), n.getHost(), n.getPort());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + role + " node '" + n.getName() + "' has no valid DICOM address: "
                    + e.getMessage());
        }
    }

    /**
     * @param stored the plan as stored when the run is recorded: the verification takes minutes, and a run recorded
     *               meanwhile (from another console, or the command line) must not be lost by saving the plan as it
     *               was when the verification started
     */
    /**
     * @param fullWork where a FULL verification keeps its progress (beside the database, per plan), so that one
     *                 stopped by a crash or a restart of the console resumes there; other levels use a temporary
     *                 folder
     */
    static Job start(DrPlan plan, java.util.function.Supplier<DrPlan> stored, LocalDate from, LocalDate to, int sample,
            RecoveryVerification verification, IEventBroker events, Path fullWork) {
        // the nodes are checked here, so a node that cannot be reached is said before any work starts
        org.custodian.dr.core.PlanChecks.of(plan, DrCheck.DEFAULT_CALLING_AE, from, to, null, sample, 0,
                Duration.ofSeconds(60), Path.of("."), 1);
        Job job = Job.create("Verifying DR: " + plan.getName(), (IProgressMonitor monitor) -> {
            Path work = null;
            DrReport report = null;
            String error = null;
            boolean full = plan.getVerificationLevel() == org.custodian.model.VerificationLevel.FULL;
            boolean keep = false;
            try {
                work = full ? Files.createDirectories(fullWork) : Files.createTempDirectory("custodian-dr");
                // a full verification goes over two associations at once: twice the throughput, a bounded load
                DrCheck check = org.custodian.dr.core.PlanChecks.of(plan, DrCheck.DEFAULT_CALLING_AE, from, to, null,
                        sample, System.nanoTime(), Duration.ofSeconds(60), work, full ? 2 : 1);
                report = verification.verify(check, monitor);
                // a full run stopped before its end keeps its progress, to resume when started again
                keep = full && report.cancelled();
                verification.record(stored.get(), report);
            } catch (IOException | RuntimeException | LinkageError e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
                keep = full;
            } finally {
                if (!keep) {
                    delete(work);
                }
            }
            events.post(DataEvents.CHANGED, "dr runs");
            events.post(DONE, new Outcome(plan, report, error));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Retrieved objects are patient images: they do not outlive the check. */
    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the temporary folder is left for the operating system to clear
        }
    }
}
