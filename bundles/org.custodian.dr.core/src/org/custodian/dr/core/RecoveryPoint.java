package org.custodian.dr.core;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.custodian.dicom.StudySummary;

/**
 * The recovery point achieved: how far the newest study on the DR node lags the newest on the primary. A DR
 * node that has everything up to the primary's newest study has lost nothing (zero); one whose newest study is
 * three hours older would lose (at least) those three hours of studies if the primary went now.
 */
public final class RecoveryPoint {
    private RecoveryPoint() {
    }

    /** @return the newest study date and time of an inventory, if any study has a date */
    public static Optional<LocalDateTime> newest(List<StudySummary> studies) {
        return studies.stream().filter(s -> s.studyDate() != null).map(RecoveryPoint::when)
                .max(LocalDateTime::compareTo);
    }

    /**
     * @return the lag of the copy behind the reference (never negative), or empty when either side has no
     *         dated study (the copy's lag is then unknown or total, which the caller reports)
     */
    public static Optional<Duration> lag(List<StudySummary> reference, List<StudySummary> copy) {
        Optional<LocalDateTime> r = newest(reference);
        Optional<LocalDateTime> c = newest(copy);
        if (r.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        Duration d = Duration.between(c.get(), r.get());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /** Study date and time; a missing or unreadable time counts as the start of the day. */
    static LocalDateTime when(StudySummary s) {
        return s.studyDate().atTime(time(s.studyTime()));
    }

    private static LocalTime time(String tm) {
        if (tm == null) {
            return LocalTime.MIDNIGHT;
        }
        String digits = tm.replace(":", "");
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            digits = digits.substring(0, dot);
        }
        digits = (digits + "000000").substring(0, 6);
        try {
            return LocalTime.parse(digits, DateTimeFormatter.ofPattern("HHmmss"));
        } catch (DateTimeParseException e) {
            return LocalTime.MIDNIGHT;
        }
    }
}
