package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.custodian.dicom.StudySummary;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.InventoryComparison;
import org.custodian.dr.core.InventoryDiff;
import org.custodian.dr.core.MigrationCampaign;
import org.custodian.dr.core.RecoveryPoint;
import org.custodian.dr.core.Severity;
import org.junit.jupiter.api.Test;

/** Inventory comparison, RPO and the migration gate on inventories built in memory. */
class InventoryComparisonTest {

    static StudySummary study(String uid, String date, String time, Integer series, Integer instances) {
        return new StudySummary(uid, date == null ? null : LocalDate.parse(date), time, "P", null, "CT", null, series,
                instances);
    }

    @Test
    void missingExtraAndCountDifferencesAreFoundPerStudyAndCountedPerDay() {
        List<StudySummary> primary = List.of(study("1.1", "2024-03-01", null, 1, 10), study("1.2", "2024-03-01", null, 2, 20),
                study("1.3", "2024-03-02", null, 1, 5), study("1.4", "2024-03-02", null, 1, 5));
        List<StudySummary> dr = List.of(study("1.1", "2024-03-01", null, 1, 10), study("1.2", "2024-03-01", null, 2, 19),
                study("1.4", "2024-03-02", null, 1, 6), study("9.9", "2024-03-03", null, 1, 1));

        InventoryDiff diff = InventoryComparison.compare(primary, dr);

        assertEquals(List.of("1.3"), diff.missing().stream().map(StudySummary::studyInstanceUid).toList());
        assertEquals(List.of("9.9"), diff.extra().stream().map(StudySummary::studyInstanceUid).toList());
        assertEquals(2, diff.countMismatches().size());
        assertTrue(diff.countMismatches().get(0).copyHasFewer(), "1.2 has 19 of 20 instances on DR");
        assertFalse(diff.countMismatches().get(1).copyHasFewer(), "1.4 has more on DR, nothing lost");
        assertEquals(new InventoryDiff.DayCount(2, 2), diff.days().get(LocalDate.of(2024, 3, 1)));
        assertEquals(new InventoryDiff.DayCount(2, 1), diff.days().get(LocalDate.of(2024, 3, 2)));
        assertEquals(new InventoryDiff.DayCount(0, 1), diff.days().get(LocalDate.of(2024, 3, 3)));
        assertEquals(3, diff.common());
        assertFalse(diff.complete());

        List<Finding> f = diff.findings("primary", "DR");
        assertEquals(Severity.FAILURE, Findings.worst(f));
        assertTrue(f.stream().anyMatch(x -> x.check().equals("missing") && x.subject().equals("1.3")
                && x.severity() == Severity.FAILURE), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.check().equals("extra") && x.subject().equals("9.9")
                && x.severity() == Severity.WARNING), f.toString());
        assertEquals(2, Findings.exitCode(f));
    }

    @Test
    void countsANodeDoesNotReportAreNotDifferences() {
        InventoryDiff diff = InventoryComparison.compare(List.of(study("1.1", "2024-03-01", null, 1, 10)),
                List.of(study("1.1", "2024-03-01", null, null, null)));
        assertTrue(diff.countMismatches().isEmpty());
        assertTrue(diff.complete());
    }

    @Test
    void studiesWithoutADateAndDuplicatesAreCountedOnce() {
        InventoryDiff diff = InventoryComparison.compare(
                List.of(study("1.1", null, null, 1, 1), study("1.1", null, null, 1, 1)), List.of());
        assertEquals(1, diff.missing().size());
        assertEquals(new InventoryDiff.DayCount(1, 0), diff.days().get(LocalDate.MIN));
        assertTrue(diff.findings("primary", "DR").stream().anyMatch(f -> f.subject().equals("no date")));
    }

    @Test
    void recoveryPointIsTheLagOfTheNewestStudy() {
        List<StudySummary> primary = List.of(study("1", "2024-03-02", "101500", 1, 1), study("2", "2024-03-01", null, 1, 1));
        List<StudySummary> dr = List.of(study("2", "2024-03-02", "07:15:00.123", 1, 1));
        assertEquals(Duration.ofHours(3), RecoveryPoint.lag(primary, dr).orElseThrow());
        assertEquals(Duration.ZERO, RecoveryPoint.lag(dr, primary).orElseThrow(), "a copy ahead lags by nothing");
        assertTrue(RecoveryPoint.lag(primary, List.of()).isEmpty());
    }

    @Test
    void migrationGateStaysClosedWhileAStudyIsMissingOrIncomplete() {
        StudySummary a = study("1.1", "2024-03-01", null, 1, 10);
        MigrationCampaign missing = MigrationCampaign.compare(List.of(a, study("1.2", "2024-03-01", null, 1, 1)), List.of(a));
        assertFalse(missing.gateOpen());
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                missing::requireGateOpen);
        assertTrue(e.getMessage().contains("1 studies missing"), e.getMessage());

        MigrationCampaign fewer = MigrationCampaign.compare(List.of(a), List.of(study("1.1", "2024-03-01", null, 1, 9)));
        assertFalse(fewer.gateOpen());

        MigrationCampaign done = MigrationCampaign.compare(List.of(a), List.of(a, study("7", "2024-03-01", null, 1, 1)));
        assertTrue(done.gateOpen(), "a study only on the new PACS does not hold the gate");
        assertTrue(done.findings().stream().anyMatch(f -> f.check().equals("gate") && f.detail().startsWith("open")));

        // the gate as the console and the command line read it: the last finding of the list
        assertTrue(MigrationCampaign.gateOpen(done.findings()));
        assertFalse(MigrationCampaign.gateOpen(missing.findings()));
        assertFalse(MigrationCampaign.gateOpen(fewer.findings()));
        assertFalse(MigrationCampaign.gateOpen(List.of()), "nothing compared opens nothing");

        // a range in which the old PACS holds no study shows nothing migrated
        MigrationCampaign empty = MigrationCampaign.compare(List.of(), List.of(a));
        assertFalse(empty.gateOpen());
        assertFalse(MigrationCampaign.gateOpen(empty.findings()));
        assertTrue(empty.findings().get(empty.findings().size() - 1).detail().contains("holds no study"),
                empty.findings().toString());
    }
}
