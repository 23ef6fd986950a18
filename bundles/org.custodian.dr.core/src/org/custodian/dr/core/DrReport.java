package org.custodian.dr.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.custodian.model.RunResult;

/**
 * The outcome of one DR verification: every finding, and the figures a test run records.
 *
 * @param check             what was verified
 * @param started           when the verification started
 * @param duration          how long it took
 * @param diff              the inventory comparison, null if an inventory could not be read
 * @param rpoAchieved       lag of DR behind primary, null if unknown
 * @param rtoFirst          time until the first sampled study was retrieved from DR, null if none was
 * @param rtoLast           time until the last sampled study was retrieved from DR, null if not all were
 * @param objectsChecked    objects retrieved from DR and checked
 * @param findings          everything found, in the order the checks ran
 * @param cancelled         true if the user stopped it before the end
 * @param readiness         the readiness check made before the run ({@link Readiness})
 * @param studiesChecked    studies compared at the run's level (counts, presence or retrieve)
 */
public record DrReport(DrCheck check, Instant started, Duration duration, InventoryDiff diff, Duration rpoAchieved,
        Duration rtoFirst, Duration rtoLast, int objectsChecked, List<Finding> findings, boolean cancelled,
        List<Finding> readiness, int studiesChecked) {

    public DrReport {
        findings = List.copyOf(findings);
        readiness = List.copyOf(readiness);
    }

    /** A report without a readiness check. */
    public DrReport(DrCheck check, Instant started, Duration duration, InventoryDiff diff, Duration rpoAchieved,
            Duration rtoFirst, Duration rtoLast, int objectsChecked, List<Finding> findings, boolean cancelled) {
        this(check, started, duration, diff, rpoAchieved, rtoFirst, rtoLast, objectsChecked, findings, cancelled,
                List.of(), 0);
    }

    /** @return the test-run result: CANCELLED, or from the findings (ERRORS, UNVERIFIED, WARNINGS, SUCCESS) */
    public RunResult result() {
        return cancelled ? RunResult.CANCELLED : Findings.result(findings);
    }

    /** @return true if the run checked nothing it could report as recovered (see {@link Finding#nothingVerified}) */
    public boolean nothingVerified() {
        return Findings.nothingVerified(findings);
    }
}
