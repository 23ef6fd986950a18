package org.custodian.dicom;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One study as a node reports it to a study-level C-FIND. The counts and lists are what the node says; a node
 * that does not compute them (they are optional return keys) leaves them null, and callers must not take a
 * null for zero.
 *
 * @param studyInstanceUid   Study Instance UID, never null
 * @param studyDate          Study Date, null if the node returns none or an invalid one
 * @param studyTime          Study Time as returned, or null
 * @param patientId          Patient ID, or null
 * @param accessionNumber    Accession Number, or null
 * @param modalities         Modalities in Study, joined with a backslash, or null
 * @param sopClasses         SOP Classes in Study, joined with a backslash, or null
 * @param numberOfSeries     Number of Study Related Series, or null when not reported
 * @param numberOfInstances  Number of Study Related Instances, or null when not reported
 */
public record StudySummary(String studyInstanceUid, LocalDate studyDate, String studyTime, String patientId,
        String accessionNumber, String modalities, String sopClasses, Integer numberOfSeries,
        Integer numberOfInstances) {

    /** @throws NullPointerException if the study UID is null */
    public StudySummary {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    }

    /** Identifies the study without patient data. */
    @Override
    public String toString() {
        return "StudySummary[" + studyInstanceUid + ", " + studyDate + ", modalities=" + modalities + ", series="
                + numberOfSeries + ", instances=" + numberOfInstances + "]";
    }
}
