package org.custodian.dr.core;

import java.util.ArrayList;
import java.util.List;

import org.custodian.dicom.StudySummary;

/**
 * A PACS migration (provider change) checked like a DR copy: the old PACS is the reference, the new one the
 * copy. The sign-off gate stays closed while any study of the old PACS is missing on the new one or has fewer
 * objects there; studies only on the new PACS are listed for review but do not hold the gate.
 */
public final class MigrationCampaign {

    private final InventoryDiff diff;

    private MigrationCampaign(InventoryDiff diff) {
        this.diff = diff;
    }

    public static MigrationCampaign compare(List<StudySummary> oldPacs, List<StudySummary> newPacs) {
        return new MigrationCampaign(InventoryComparison.compare(oldPacs, newPacs));
    }

    public InventoryDiff diff() {
        return diff;
    }

    /** @return true when the migration may be signed off: nothing of the old PACS is missing on the new one */
    public boolean gateOpen() {
        return diff.complete();
    }

    /** @return the comparison's findings and the state of the gate */
    public List<Finding> findings() {
        List<Finding> f = new ArrayList<>(diff.findings("old PACS", "new PACS"));
        long held = diff.missing().size()
                + diff.countMismatches().stream().filter(InventoryDiff.CountMismatch::copyHasFewer).count();
        f.add(gateOpen() ? Finding.info("gate", "", "open: all " + diff.common() + " studies of the old PACS are on the new one")
                : Finding.failure("gate", "", "closed: " + held + " studies of the old PACS are missing or incomplete on the new one"));
        return f;
    }

    /**
     * Signs the migration off, which only an open gate allows.
     *
     * @throws IllegalStateException naming what holds the gate, when it is closed
     */
    public void requireGateOpen() {
        if (!gateOpen()) {
            throw new IllegalStateException("the migration cannot be signed off: " + diff.missing().size()
                    + " studies missing on the new PACS, "
                    + diff.countMismatches().stream().filter(InventoryDiff.CountMismatch::copyHasFewer).count()
                    + " with fewer objects");
        }
    }
}
