package org.custodian.dr.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.EvidenceFile;
import org.custodian.model.ModelPackage;
import org.custodian.model.Staff;
import org.custodian.model.TestRun;
import org.custodian.store.Principal;
import org.custodian.store.Store;

/**
 * What the verdict and the sign-off of a run share: the plan as stored now (within its trust, so saving it keeps
 * its place and the runs recorded meanwhile), the run, the staff record of a console user, and the words the
 * console trail records about the run and its evidence.
 */
final class RunClosing {
    private final Store store;

    RunClosing(Store store) {
        this.store = store;
    }

    /** @throws IllegalArgumentException when the plan is no longer stored */
    DrPlan stored(DrPlan plan) {
        return new DrRegisters(store.entities()).load().plans().stream()
                .filter(p -> p.getId() != null && p.getId().equals(plan.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plan '" + plan.getName()
                        + "' is no longer stored (removed meanwhile?)"));
    }

    /** @throws IllegalArgumentException when no run, or more than one, of the plan matches */
    TestRun run(DrPlan stored, String runId) {
        return TestRuns.find(stored, runId);
    }

    /** The staff record linked to the console user, or null. */
    Staff staff(Principal who) {
        return who.staffId() == null ? null : store.entities().load(ModelPackage.Literals.STAFF, who.staffId());
    }

    static String subject(DrPlan plan, TestRun run) {
        return "plan '" + plan.getName() + "', run " + run.getId()
                + (run.getStarted() == null ? "" : " of " + run.getStarted().toInstant());
    }

    /** The run's result and each evidence file with its SHA-256, so the trail entry names what was judged. */
    static String evidence(TestRun run) {
        List<String> files = new ArrayList<>();
        for (EvidenceFile e : run.getEvidence()) {
            files.add(e.getName() + " SHA-256 " + e.getSha256());
        }
        return "result " + run.getResult() + " (" + run.getErrors().size() + " errors, " + run.getWarnings().size()
                + " warnings); " + (files.isEmpty() ? "no evidence file" : "evidence " + String.join(", ", files));
    }
}
