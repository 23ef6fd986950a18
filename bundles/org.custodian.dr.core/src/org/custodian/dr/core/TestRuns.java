package org.custodian.dr.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.custodian.model.DrPlan;
import org.custodian.model.ModelFactory;
import org.custodian.model.RunResult;
import org.custodian.model.Staff;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.store.EntityStore;

/**
 * Turns verification reports into {@link TestRun}s of a plan and records the operator's verdict and the second
 * person's sign-off, saving through the {@link EntityStore}.
 */
public final class TestRuns {

    private final EntityStore entities;

    public TestRuns(EntityStore entities) {
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    /** A new run (not yet added to a plan) from findings: failures become errors, warnings warnings. */
    public static TestRun fromFindings(TestOperation operation, Instant started, Duration duration, RunResult result,
            List<Finding> findings) {
        TestRun run = ModelFactory.eINSTANCE.createTestRun();
        run.setOperation(operation);
        run.setStarted(Date.from(started));
        run.setDurationSeconds(duration.toSeconds());
        run.setResult(result);
        run.setOperatorVerdict(Verdict.NONE);
        for (Finding f : findings) {
            switch (f.severity()) {
                case FAILURE -> run.getErrors().add(f.line());
                case WARNING -> run.getWarnings().add(f.line());
                case INFO -> {
                    // information stays in the report and the evidence, not in the run's lists
                }
            }
        }
        return run;
    }

    /**
     * A new run from a DR verification, with the RPO and RTO achieved in whole minutes, rounded up: a measured
     * RTO is therefore at least 1, and 0 (the model's default) means it was not measured.
     */
    public static TestRun fromReport(DrReport report) {
        TestRun run = fromFindings(TestOperation.TEST, report.started(), report.duration(), report.result(),
                report.findings());
        if (report.rpoAchieved() != null) {
            run.setRpoAchievedMinutes(minutesUp(report.rpoAchieved()));
        }
        if (report.rtoLast() != null) {
            run.setRtoAchievedMinutes(minutesUp(report.rtoLast()));
        }
        return run;
    }

    private static int minutesUp(Duration d) {
        long m = d.toMinutes() + (d.toSecondsPart() > 0 || d.toMillisPart() > 0 ? 1 : 0);
        return (int) Math.min(Integer.MAX_VALUE, m);
    }

    /** Adds the run to the plan and saves the plan (with all its runs). */
    public TestRun record(DrPlan plan, TestRun run) {
        plan.getRuns().add(run);
        entities.save(plan);
        return run;
    }

    /** The operator's own pass/fail mark and notes. */
    public void verdict(DrPlan plan, TestRun run, Staff operator, Verdict verdict, String notes) {
        requireRunOf(plan, run);
        run.setOperator(operator);
        run.setOperatorVerdict(Objects.requireNonNull(verdict, "verdict"));
        run.setNotes(notes);
        entities.save(plan);
    }

    /**
     * The second person's sign-off.
     *
     * @throws IllegalStateException if the operator has not given a verdict, or the signer is the operator
     */
    public void signOff(DrPlan plan, TestRun run, Staff signer, Instant when) {
        requireRunOf(plan, run);
        Objects.requireNonNull(signer, "signer");
        if (run.getOperatorVerdict() == null || run.getOperatorVerdict() == Verdict.NONE) {
            throw new IllegalStateException("the operator must give a verdict before the run is signed off");
        }
        if (run.getOperator() != null && (run.getOperator() == signer
                || Objects.equals(run.getOperator().getId(), signer.getId()))) {
            throw new IllegalStateException("the sign-off must be by a second person, not the operator");
        }
        run.setSignedOffBy(signer);
        run.setSignedOffAt(Date.from(when));
        entities.save(plan);
    }

    private static void requireRunOf(DrPlan plan, TestRun run) {
        if (!plan.getRuns().contains(run)) {
            throw new IllegalArgumentException("the run is not one of the plan '" + plan.getName() + "'");
        }
    }
}
