package org.custodian.dr.core;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.DicomNode;
import org.custodian.model.VerificationLevel;

/**
 * What to verify: a primary and a DR node (each reached by its own retrieve method) over a range of study dates, how
 * deep ({@link VerificationLevel}), and the plan's targets to judge the achieved RPO and RTO against (0 = no
 * target).
 *
 * @param primary          the primary node (the reference)
 * @param dr               the DR node (the copy)
 * @param callingAeTitle   our AE title, registered at both DICOM nodes (find and retrieve)
 * @param from             first study date
 * @param to               last study date
 * @param level            how deep the verification goes
 * @param sample           at level SAMPLE, how many studies to retrieve from both nodes and compare
 * @param seed             chooses the sample; the same seed picks the same studies from the same inventory
 * @param timeout          the longest one exchange (echo, find, one study's retrieve) may take
 * @param workDir          where retrieved objects are written (a folder per node and study), and where a FULL
 *                         verification keeps its progress so that it resumes after a crash
 * @param rpoTargetMinutes the plan's RPO target, 0 for none
 * @param rtoTargetMinutes the plan's RTO target, 0 for none
 * @param associations     studies retrieved at once at level FULL (each pair of retrieves on associations of its
 *                         own), 1 or more; bounds the load on the nodes
 */
public record DrCheck(ArchiveEndpoint primary, ArchiveEndpoint dr, String callingAeTitle, LocalDate from,
        LocalDate to, VerificationLevel level, int sample, long seed, Duration timeout, Path workDir,
        int rpoTargetMinutes, int rtoTargetMinutes, int associations) {

    /** Our AE title when none is configured. */
    public static final String DEFAULT_CALLING_AE = "CUSTODIAN";
    /** Studies sampled at level SAMPLE when the plan names no number. */
    public static final int DEFAULT_SAMPLE = 5;

    public DrCheck {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(dr, "dr");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(workDir, "workDir");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
        if (sample < 0) {
            throw new IllegalArgumentException("sample must not be negative, got " + sample);
        }
        if (associations < 1 || associations > 32) {
            throw new IllegalArgumentException("associations must be 1 to 32, got " + associations);
        }
    }

    /**
     * Two C-GET nodes, the level from the sample: {@code sample} studies retrieved (SAMPLE), or the inventory only
     * when it is 0 (INVENTORY).
     */
    public DrCheck(DicomNode primary, DicomNode dr, String callingAeTitle, LocalDate from, LocalDate to, int sample,
            long seed, Duration timeout, Path workDir, int rpoTargetMinutes, int rtoTargetMinutes) {
        this(ArchiveEndpoint.cGet(primary), ArchiveEndpoint.cGet(dr), callingAeTitle, from, to,
                sample == 0 ? VerificationLevel.INVENTORY : VerificationLevel.SAMPLE, sample, seed, timeout, workDir,
                rpoTargetMinutes, rtoTargetMinutes, 1);
    }

    /** @return true if the level retrieves and compares objects */
    public boolean retrieves() {
        return level == VerificationLevel.SAMPLE || level == VerificationLevel.FULL;
    }
}
