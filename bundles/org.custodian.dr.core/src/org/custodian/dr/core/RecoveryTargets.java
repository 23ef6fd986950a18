package org.custodian.dr.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;

/**
 * What a run achieved against its plan's targets, as every view shows it: the grids, the charts, the board report
 * and the command line. A figure the run did not measure is null, never 0 (0 minutes would read as the best
 * recovery possible), and a missed target is named ("RTO 142 &gt; 120 min") wherever the run's result or verdict
 * is shown, so no view calls such a run plainly a success or a pass.
 */
public final class RecoveryTargets {
    private RecoveryTargets() {
    }

    /** @return the RPO the run measured in minutes, or null if it measured none */
    public static Integer rpo(TestRun run) {
        return run.isSetRpoAchievedMinutes() ? run.getRpoAchievedMinutes() : null;
    }

    /**
     * @return the RTO the run measured in minutes, or null if it measured none. A measured RTO is rounded up and so
     *         at least 1; runs stored before the figure could be unset kept 0 for "not measured".
     */
    public static Integer rto(TestRun run) {
        return run.isSetRtoAchievedMinutes() && run.getRtoAchievedMinutes() > 0 ? run.getRtoAchievedMinutes() : null;
    }

    /** @return the plan the run belongs to, or null for a run outside any plan */
    public static DrPlan plan(TestRun run) {
        return run.eContainer() instanceof DrPlan p ? p : null;
    }

    /** The run's targets missed, each as "RPO 328 &gt; 240 min"; empty when met, unmeasured or without target. */
    public static List<String> missed(DrPlan plan, TestRun run) {
        List<String> missed = new ArrayList<>();
        if (plan == null) {
            return missed;
        }
        Integer rpo = rpo(run);
        if (rpo != null && plan.getRpoMinutes() > 0 && rpo > plan.getRpoMinutes()) {
            missed.add("RPO " + rpo + " > " + plan.getRpoMinutes() + " min");
        }
        Integer rto = rto(run);
        if (rto != null && plan.getRtoMinutes() > 0 && rto > plan.getRtoMinutes()) {
            missed.add("RTO " + rto + " > " + plan.getRtoMinutes() + " min");
        }
        return missed;
    }

    /** {@link #missed(DrPlan, TestRun)} against the run's own plan. */
    public static List<String> missed(TestRun run) {
        return missed(plan(run), run);
    }

    /** @return the missed targets joined ("RPO 328 &gt; 240 min; RTO 142 &gt; 120 min"), or null when none was missed */
    public static String missedText(TestRun run) {
        List<String> missed = missed(run);
        return missed.isEmpty() ? null : String.join("; ", missed);
    }

    /** @return the run's result as shown: "SUCCESS", or "SUCCESS, target missed" when a target was missed */
    public static String result(TestRun run) {
        return result(run, String::valueOf);
    }

    /** {@link #result(TestRun)} with the result named by {@code name} (the console's "Success"). */
    public static String result(TestRun run, Function<Object, String> name) {
        String result = name.apply(run.getResult());
        return missed(run).isEmpty() ? result : result + ", target missed";
    }

    /**
     * @return the operator's verdict as shown: "PASS", with ", target missed" and " (justified)" where they apply,
     *         so a justified pass of a failed run never reads as a plain pass; null before a verdict
     */
    public static String verdict(TestRun run) {
        return verdict(run, String::valueOf);
    }

    /** {@link #verdict(TestRun)} with the verdict named by {@code name} (the console's "Pass"). */
    public static String verdict(TestRun run, Function<Object, String> name) {
        Verdict v = run.getOperatorVerdict();
        if (v == null || v == Verdict.NONE) {
            return null;
        }
        String text = name.apply(v);
        if (v == Verdict.PASS && !missed(run).isEmpty()) {
            text += ", target missed";
        }
        if (run.getVerdictJustification() != null && !run.getVerdictJustification().isBlank()) {
            text += " (justified)";
        }
        return text;
    }

    /** @return the figure in minutes for a table cell, or "not measured" */
    public static String minutes(Integer figure) {
        return figure == null ? "not measured" : figure + " min";
    }
}
