package org.custodian.dr.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
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
 * person's sign-off, saving through the {@link EntityStore}: the rules of both (a Pass the evidence does not
 * support needs a justification; the signer is not the operator). Who is signed in, passwords and the console
 * trail are the {@link RecoveryVerification} service's business.
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
     * A new run from a DR verification, with the RPO and RTO achieved in whole minutes, rounded up (a measured RTO
     * is therefore at least 1). A figure the verification could not measure stays unset, never 0.
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
        run.setVerificationLevel(report.check().level());
        run.setStudiesChecked(report.studiesChecked());
        for (Finding f : report.readiness()) {
            run.getReadiness().add(f.severity() + " " + f.line());
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

    /**
     * What stands against a Pass of the run: its errors, that it verified nothing, was cancelled, or missed a
     * target of its plan. Empty when the evidence alone shows a pass.
     */
    public static List<String> passObjections(DrPlan plan, TestRun run) {
        List<String> against = new ArrayList<>();
        RunResult result = run.getResult();
        if (result == RunResult.ERRORS || !run.getErrors().isEmpty()) {
            against.add("it ended with " + run.getErrors().size() + " error(s)"
                    + (run.getErrors().isEmpty() ? "" : ", first: " + run.getErrors().get(0)));
        }
        if (result == RunResult.UNVERIFIED) {
            against.add("it verified nothing");
        }
        if (result == RunResult.CANCELLED) {
            against.add("it was cancelled before the end");
        }
        for (String missed : RecoveryTargets.missed(plan, run)) {
            against.add("it missed a target: " + missed);
        }
        return against;
    }

    /**
     * The operator's verdict, given by the signed-in console user: a Pass that the evidence does not support
     * ({@link #passObjections}) needs a written justification, which is kept with the run. A run once signed off
     * keeps its verdict.
     *
     * @param user          the signed-in console user, who is the operator
     * @param operatorStaff the staff record of that user, or null when none is linked
     * @throws IllegalStateException saying why the verdict is refused
     */
    public void verdict(DrPlan plan, TestRun run, String user, Staff operatorStaff, Verdict verdict, String notes,
            String justification, Instant when) {
        requireRunOf(plan, run);
        Objects.requireNonNull(user, "user");
        if (verdict != Verdict.PASS && verdict != Verdict.FAIL) {
            throw new IllegalArgumentException("the verdict is Pass or Fail, not " + verdict);
        }
        if (signedOff(run)) {
            throw new IllegalStateException("the run is signed off by " + signer(run)
                    + ": its verdict can no longer change; record a new test run instead");
        }
        String why = blankToNull(justification);
        List<String> against = passObjections(plan, run);
        if (verdict == Verdict.PASS && !against.isEmpty() && why == null) {
            throw new IllegalStateException("a Pass of this run needs a written justification, since "
                    + String.join("; ", against));
        }
        run.setOperatorUser(user);
        run.setOperator(operatorStaff);
        run.setOperatorVerdict(verdict);
        run.setNotes(blankToNull(notes));
        run.setVerdictJustification(why);
        run.setVerdictAt(Date.from(when));
        entities.save(plan);
    }

    /**
     * The second person's sign-off, by a console user whose password has been checked (the caller's business).
     *
     * @param signer      the console user who signs
     * @param signerStaff their staff record, or null when none is linked
     * @throws IllegalStateException if the operator has not given a verdict, the run is signed off already, or the
     *                               signer is the operator
     */
    public void signOff(DrPlan plan, TestRun run, String signer, Staff signerStaff, Instant when) {
        requireRunOf(plan, run);
        requireSignable(run, signer, signerStaff);
        run.setSignedOffUser(signer);
        run.setSignedOffBy(signerStaff);
        run.setSignedOffAt(Date.from(when));
        entities.save(plan);
    }

    /**
     * The checks of {@link #signOff} that need no password, so that a sign-off bound to fail is refused before a
     * password is tried.
     */
    public static void requireSignable(TestRun run, String signer, Staff signerStaff) {
        Objects.requireNonNull(signer, "signer");
        if (run.getOperatorVerdict() == null || run.getOperatorVerdict() == Verdict.NONE) {
            throw new IllegalStateException("the operator must give a verdict before the run is signed off");
        }
        if (signedOff(run)) {
            throw new IllegalStateException("the run is signed off already, by " + signer(run));
        }
        boolean sameUser = run.getOperatorUser() != null && run.getOperatorUser().equalsIgnoreCase(signer);
        boolean sameStaff = run.getOperator() != null && signerStaff != null
                && (run.getOperator() == signerStaff || Objects.equals(run.getOperator().getId(), signerStaff.getId()));
        if (sameUser || sameStaff) {
            throw new IllegalStateException("the sign-off must be by a second person, not the operator ("
                    + operator(run) + ")");
        }
    }

    /** @return true if someone signed the run off (a console user, or a person recorded before sign-in checks) */
    public static boolean signedOff(TestRun run) {
        return run.getSignedOffUser() != null || run.getSignedOffBy() != null;
    }

    /** @return who signed the run off: the console user, with their name where a staff record is linked */
    public static String signer(TestRun run) {
        return person(run.getSignedOffUser(), run.getSignedOffBy());
    }

    /** @return who gave the verdict: the console user, with their name where a staff record is linked */
    public static String operator(TestRun run) {
        return person(run.getOperatorUser(), run.getOperator());
    }

    private static String person(String user, Staff staff) {
        String name = staff == null ? null : blankToNull((staff.getGivenName() == null ? "" : staff.getGivenName() + " ")
                + (staff.getFamilyName() == null ? "" : staff.getFamilyName()));
        if (user == null) {
            return name;
        }
        return name == null ? user : name + " (" + user + ")";
    }

    /**
     * A run of the plan named on the command line: "last" (the newest), its id, or the start of its id when that
     * names one run only.
     *
     * @throws IllegalArgumentException when no run or more than one matches
     */
    public static TestRun find(DrPlan plan, String ref) {
        List<TestRun> runs = plan.getRuns().stream().filter(r -> r.getStarted() != null)
                .sorted(Comparator.comparing(TestRun::getStarted)).toList();
        if ("last".equalsIgnoreCase(ref)) {
            if (runs.isEmpty()) {
                throw new IllegalArgumentException("the plan '" + plan.getName() + "' has no test run yet");
            }
            return runs.get(runs.size() - 1);
        }
        for (TestRun r : plan.getRuns()) {
            if (ref.equalsIgnoreCase(r.getId())) {
                return r;
            }
        }
        List<TestRun> prefixed = plan.getRuns().stream()
                .filter(r -> r.getId() != null && r.getId().toLowerCase(Locale.ROOT).startsWith(ref.toLowerCase(Locale.ROOT)))
                .toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        throw new IllegalArgumentException(prefixed.isEmpty() ? "the plan '" + plan.getName() + "' has no test run " + ref
                : prefixed.size() + " test runs of the plan '" + plan.getName() + "' start with " + ref
                        + "; give more of the id");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireRunOf(DrPlan plan, TestRun run) {
        if (!plan.getRuns().contains(run)) {
            throw new IllegalArgumentException("the run is not one of the plan '" + plan.getName() + "'");
        }
    }
}
