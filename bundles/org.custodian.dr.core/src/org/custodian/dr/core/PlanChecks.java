package org.custodian.dr.core;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.custodian.model.DrPlan;
import org.custodian.model.VerificationLevel;

/** The check of a registered plan: its nodes by their retrieve methods, its level, sample and targets. */
public final class PlanChecks {
    private PlanChecks() {
    }

    /**
     * @param level the level to verify at, or null for the plan's own
     * @param sample studies at level SAMPLE, or negative for the plan's own (0 in the plan: the default)
     * @throws IllegalArgumentException naming the plan's node that cannot be reached
     */
    public static DrCheck of(DrPlan plan, String callingAeTitle, LocalDate from, LocalDate to, VerificationLevel level,
            int sample, long seed, Duration timeout, Path workDir, int associations) {
        if (plan.getPrimary() == null || plan.getDr() == null) {
            throw new IllegalArgumentException("The plan '" + plan.getName() + "' has no "
                    + (plan.getPrimary() == null ? "primary" : "DR") + " node.");
        }
        VerificationLevel l = level != null ? level
                : plan.getVerificationLevel() == null ? VerificationLevel.SAMPLE : plan.getVerificationLevel();
        int n = sample >= 0 ? sample : plan.getSampleSize() > 0 ? plan.getSampleSize() : DrCheck.DEFAULT_SAMPLE;
        return new DrCheck(NodeEndpoints.endpoint(plan.getPrimary()), NodeEndpoints.endpoint(plan.getDr()),
                callingAeTitle, from, to, l, n, seed, timeout, workDir, plan.getRpoMinutes(), plan.getRtoMinutes(),
                associations);
    }
}
