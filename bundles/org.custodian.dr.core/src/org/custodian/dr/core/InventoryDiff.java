package org.custodian.dr.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.custodian.dicom.StudySummary;

/**
 * What two nodes hold over one date range, compared study by study.
 *
 * @param days           per study date (null dates under {@link LocalDate#MIN}), the study count on each side
 * @param missing        studies the reference (primary, old PACS) has and the copy (DR, new PACS) lacks
 * @param extra          studies the copy has and the reference lacks
 * @param countMismatches studies on both sides whose series or instance counts differ, where both report them
 * @param common         number of studies on both sides
 */
public record InventoryDiff(SortedMap<LocalDate, DayCount> days, List<StudySummary> missing, List<StudySummary> extra,
        List<CountMismatch> countMismatches, int common) {

    /** Study counts of one day on each side. */
    public record DayCount(int reference, int copy) {
    }

    /** A study whose series or instance counts differ between the two sides. */
    public record CountMismatch(StudySummary reference, StudySummary copy) {
        /** @return true if the copy has fewer series or instances than the reference: objects are missing */
        public boolean copyHasFewer() {
            return less(copy.numberOfSeries(), reference.numberOfSeries())
                    || less(copy.numberOfInstances(), reference.numberOfInstances());
        }

        private static boolean less(Integer a, Integer b) {
            return a != null && b != null && a < b;
        }
    }

    /** @return true when the copy lacks nothing the reference has: no missing study, no study with fewer objects */
    public boolean complete() {
        return missing.isEmpty() && countMismatches.stream().noneMatch(CountMismatch::copyHasFewer);
    }

    /**
     * @param copyName      what the copy is called in the findings ("DR", "new PACS")
     * @param referenceName what the reference is called ("primary", "old PACS")
     * @return one finding per day (info, or warning when the counts differ), per missing study (failure), per
     *         extra study (warning) and per count mismatch (failure if the copy has fewer objects, else warning)
     */
    public List<Finding> findings(String referenceName, String copyName) {
        List<Finding> f = new ArrayList<>();
        days.forEach((day, c) -> {
            String d = day.equals(LocalDate.MIN) ? "no date" : day.toString();
            String text = referenceName + " " + c.reference() + ", " + copyName + " " + c.copy() + " studies";
            f.add(c.reference() == c.copy() ? Finding.info("day", d, text) : Finding.warning("day", d, text));
        });
        for (StudySummary s : missing) {
            f.add(Finding.failure("missing", s.studyInstanceUid(), "on " + referenceName + ", not on " + copyName
                    + describe(s)));
        }
        for (StudySummary s : extra) {
            f.add(Finding.warning("extra", s.studyInstanceUid(), "on " + copyName + ", not on " + referenceName
                    + describe(s)));
        }
        for (CountMismatch m : countMismatches) {
            String text = "series " + m.reference().numberOfSeries() + " on " + referenceName + ", "
                    + m.copy().numberOfSeries() + " on " + copyName + "; instances "
                    + m.reference().numberOfInstances() + " on " + referenceName + ", "
                    + m.copy().numberOfInstances() + " on " + copyName;
            f.add(m.copyHasFewer() ? Finding.failure("counts", m.reference().studyInstanceUid(), text)
                    : Finding.warning("counts", m.reference().studyInstanceUid(), text));
        }
        return f;
    }

    private static String describe(StudySummary s) {
        return " (study date " + (s.studyDate() == null ? "none" : s.studyDate()) + ", modalities "
                + (s.modalities() == null ? "not reported" : s.modalities()) + ", instances "
                + (s.numberOfInstances() == null ? "not reported" : s.numberOfInstances()) + ")";
    }
}
