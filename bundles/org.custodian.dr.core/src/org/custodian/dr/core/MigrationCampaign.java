package org.custodian.dr.core;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
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

    /**
     * Queries both PACS for the studies of the range and compares them: a line with the two inventories' sizes,
     * the comparison's findings and, last, the gate. A node that cannot be queried is a failure with the gate
     * closed, never an exception, so the console and the command line report it the same way.
     */
    public static List<Finding> check(DicomNetwork network, DicomNode oldPacs, DicomNode newPacs, String callingAe,
            LocalDate from, LocalDate to, Duration timeout) {
        List<Finding> findings = new ArrayList<>();
        try {
            List<StudySummary> before = network.findStudies(oldPacs, callingAe, from, to, timeout);
            List<StudySummary> after = network.findStudies(newPacs, callingAe, from, to, timeout);
            findings.add(Finding.info("inventory", "", "old PACS " + before.size() + " studies, new PACS "
                    + after.size() + " studies from " + from + " to " + to));
            findings.addAll(compare(before, after).findings());
        } catch (DicomExchangeException e) {
            findings.add(Finding.failure("inventory", e.node() == null ? "" : e.node().toString(), e.getMessage()));
            findings.add(Finding.failure("gate", "", "closed: the inventories could not be compared"));
        }
        return findings;
    }

    /** @return true when the last finding of {@link #check} says the gate is open */
    public static boolean gateOpen(List<Finding> checked) {
        return !checked.isEmpty() && checked.get(checked.size() - 1).severity() != Severity.FAILURE;
    }

    public InventoryDiff diff() {
        return diff;
    }

    /**
     * @return true when the migration may be signed off: the old PACS holds studies of the range and none is
     *         missing on the new one (an empty range shows nothing migrated, so it never opens the gate)
     */
    public boolean gateOpen() {
        return oldStudies() > 0 && diff.complete();
    }

    private int oldStudies() {
        return diff.common() + diff.missing().size();
    }

    /** @return the comparison's findings and the state of the gate */
    public List<Finding> findings() {
        List<Finding> f = new ArrayList<>(diff.findings("old PACS", "new PACS"));
        long held = diff.missing().size()
                + diff.countMismatches().stream().filter(InventoryDiff.CountMismatch::copyHasFewer).count();
        if (oldStudies() == 0) {
            f.add(Finding.failure("gate", "", "closed: the old PACS holds no study of the range, so nothing shows the "
                    + "migration complete; choose a range of dates with studies"));
            return f;
        }
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
        if (oldStudies() == 0) {
            throw new IllegalStateException("the migration cannot be signed off: the old PACS holds no study of the "
                    + "range, so nothing shows it complete");
        }
        if (!gateOpen()) {
            throw new IllegalStateException("the migration cannot be signed off: " + diff.missing().size()
                    + " studies missing on the new PACS, "
                    + diff.countMismatches().stream().filter(InventoryDiff.CountMismatch::copyHasFewer).count()
                    + " with fewer objects");
        }
    }
}
