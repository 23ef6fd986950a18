package org.custodian.dr.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;

import org.custodian.model.DrPlan;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;

/**
 * Where a DR plan stands: its last test, its last successful test, and when the next is due (the last successful
 * test plus the plan's test frequency). A plan never successfully tested is due at once.
 *
 * @param plan           the plan
 * @param lastRun        the most recent run, if any
 * @param lastSuccess    the most recent run that {@link #passed}
 * @param nextDue        when the next test is due, null if the plan sets no frequency
 * @param overdue        true if the next test is due before {@code now}
 */
public record PlanStatus(DrPlan plan, TestRun lastRun, TestRun lastSuccess, Instant nextDue, boolean overdue) {

    public static PlanStatus of(DrPlan plan, Instant now) {
        TestRun last = plan.getRuns().stream().filter(r -> r.getStarted() != null)
                .max(Comparator.comparing(TestRun::getStarted)).orElse(null);
        TestRun success = plan.getRuns().stream().filter(r -> r.getStarted() != null).filter(PlanStatus::passed)
                .max(Comparator.comparing(TestRun::getStarted)).orElse(null);
        Instant due = null;
        if (plan.getTestFrequencyDays() > 0) {
            due = success == null ? now
                    : success.getStarted().toInstant().plus(plan.getTestFrequencyDays(), ChronoUnit.DAYS);
        }
        return new PlanStatus(plan, last, success, due, due != null && !due.isAfter(now));
    }

    /**
     * A run counts as a successful test if the automation passed it, it met its plan's targets and the operator
     * did not fail it. A run that verified nothing (UNVERIFIED), or that a justified Pass accepted despite its
     * errors, keeps the plan due: the justification explains a run, it does not make it a test that worked.
     */
    public static boolean passed(TestRun r) {
        return (r.getResult() == RunResult.SUCCESS || r.getResult() == RunResult.WARNINGS)
                && r.getOperatorVerdict() != org.custodian.model.Verdict.FAIL && RecoveryTargets.missed(r).isEmpty();
    }

    public Optional<Date> lastSuccessDate() {
        return Optional.ofNullable(lastSuccess).map(TestRun::getStarted);
    }
}
