package org.custodian.dr.core;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import org.custodian.dicom.DicomNode;

/**
 * What to verify: a primary and a DR node over a range of study dates, how many studies to retrieve from the DR
 * node, and the plan's targets to judge the achieved RPO and RTO against (0 = no target).
 *
 * @param primary        the primary node (the reference)
 * @param dr             the DR node (the copy)
 * @param callingAeTitle our AE title, registered at both nodes (find and get)
 * @param from           first study date
 * @param to             last study date
 * @param sample         studies to retrieve from DR and check object by object (0 = inventory only)
 * @param seed           chooses the sample; the same seed picks the same studies from the same inventory
 * @param timeout        the longest one exchange (echo, find, one study's retrieve) may take
 * @param workDir        where retrieved objects are written (a folder per node and study)
 * @param rpoTargetMinutes the plan's RPO target, 0 for none
 * @param rtoTargetMinutes the plan's RTO target, 0 for none
 */
public record DrCheck(DicomNode primary, DicomNode dr, String callingAeTitle, LocalDate from, LocalDate to, int sample,
        long seed, Duration timeout, Path workDir, int rpoTargetMinutes, int rtoTargetMinutes) {

    /** Our AE title when none is configured. */
    public static final String DEFAULT_CALLING_AE = "CUSTODIAN";

    public DrCheck {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(dr, "dr");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(workDir, "workDir");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
        if (sample < 0) {
            throw new IllegalArgumentException("sample must not be negative, got " + sample);
        }
    }
}
