package org.custodian.dr.core;

import java.util.List;

import org.custodian.model.RunResult;

/** The overall result of a list of findings, one rule for every check. */
public final class Findings {
    private Findings() {
    }

    /** @return the worst severity present, INFO when there is nothing worse (or nothing at all) */
    public static Severity worst(List<Finding> findings) {
        Severity worst = Severity.INFO;
        for (Finding f : findings) {
            if (f.severity().compareTo(worst) > 0) {
                worst = f.severity();
            }
        }
        return worst;
    }

    /**
     * @return the test-run result: ERRORS if anything failed, UNVERIFIED if the run says it verified nothing,
     *         WARNINGS if anything is to review, else SUCCESS
     */
    public static RunResult result(List<Finding> findings) {
        return switch (worst(findings)) {
            case FAILURE -> RunResult.ERRORS;
            case WARNING -> nothingVerified(findings) ? RunResult.UNVERIFIED : RunResult.WARNINGS;
            case INFO -> RunResult.SUCCESS;
        };
    }

    /** @return true if a finding says the run verified nothing ({@link Finding#nothingVerified}) */
    public static boolean nothingVerified(List<Finding> findings) {
        return findings.stream().anyMatch(f -> Finding.UNVERIFIED.equals(f.check()));
    }

    /** @return the scheduler exit code: 0 all well, 1 warnings (nothing verified among them), 2 failures */
    public static int exitCode(List<Finding> findings) {
        return worst(findings).ordinal();
    }

    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
