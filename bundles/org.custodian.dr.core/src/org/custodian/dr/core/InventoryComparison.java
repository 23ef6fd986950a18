package org.custodian.dr.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.custodian.dicom.StudySummary;

/**
 * Compares two inventories (study-level C-FIND results) in memory: one hash map over the copy, one pass over
 * the reference, so 100,000 studies a side take well under a second (docs/PERFORMANCE.md).
 */
public final class InventoryComparison {
    private InventoryComparison() {
    }

    /**
     * @param reference the inventory that must be complete (primary, old PACS)
     * @param copy      the inventory that must hold it (DR, new PACS)
     * @return the comparison; lists ordered by study date then UID, so reports are stable
     */
    public static InventoryDiff compare(List<StudySummary> reference, List<StudySummary> copy) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(copy, "copy");
        Map<String, StudySummary> byUid = new HashMap<>(copy.size() * 2);
        TreeMap<LocalDate, int[]> days = new TreeMap<>();
        for (StudySummary s : copy) {
            byUid.put(s.studyInstanceUid(), s); // a node listing one study twice counts once
        }
        List<StudySummary> missing = new ArrayList<>();
        List<InventoryDiff.CountMismatch> mismatches = new ArrayList<>();
        Map<String, StudySummary> seen = new HashMap<>(reference.size() * 2);
        for (StudySummary r : reference) {
            if (seen.putIfAbsent(r.studyInstanceUid(), r) != null) {
                continue;
            }
            days.computeIfAbsent(day(r), d -> new int[2])[0]++;
            StudySummary c = byUid.get(r.studyInstanceUid());
            if (c == null) {
                missing.add(r);
            } else if (differs(r.numberOfSeries(), c.numberOfSeries())
                    || differs(r.numberOfInstances(), c.numberOfInstances())) {
                mismatches.add(new InventoryDiff.CountMismatch(r, c));
            }
        }
        List<StudySummary> extra = new ArrayList<>();
        for (StudySummary c : byUid.values()) {
            days.computeIfAbsent(day(c), d -> new int[2])[1]++;
            if (!seen.containsKey(c.studyInstanceUid())) {
                extra.add(c);
            }
        }
        Comparator<StudySummary> order = Comparator.comparing(InventoryComparison::day)
                .thenComparing(StudySummary::studyInstanceUid);
        missing.sort(order);
        extra.sort(order);
        mismatches.sort(Comparator.comparing(InventoryDiff.CountMismatch::reference, order));
        TreeMap<LocalDate, InventoryDiff.DayCount> counts = new TreeMap<>();
        days.forEach((d, c) -> counts.put(d, new InventoryDiff.DayCount(c[0], c[1])));
        return new InventoryDiff(counts, List.copyOf(missing), List.copyOf(extra), List.copyOf(mismatches),
                seen.size() - missing.size());
    }

    private static LocalDate day(StudySummary s) {
        return s.studyDate() == null ? LocalDate.MIN : s.studyDate();
    }

    private static boolean differs(Integer a, Integer b) {
        return a != null && b != null && !a.equals(b);
    }
}
