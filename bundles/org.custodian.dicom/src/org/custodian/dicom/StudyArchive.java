package org.custodian.dicom;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * One node, listed and retrieved by the method it offers ({@link ArchiveEndpoint#method()}): the verification
 * works on this, whatever the node speaks. Get one from {@link StudyArchives#open}. Thread safe.
 */
public interface StudyArchive {

    ArchiveEndpoint endpoint();

    /**
     * Whether the node answers: C-ECHO for DIMSE, a one-study QIDO-RS query for DICOMweb (which also proves the
     * credentials). Never throws for a node that does not answer.
     */
    EchoResult echo(Duration timeout);

    /** Study-level find over a range of study dates (C-FIND or QIDO-RS). */
    List<StudySummary> findStudies(LocalDate from, LocalDate to, Duration timeout) throws DicomExchangeException;

    /** The SOP Instance UIDs of one study (instance-level C-FIND or QIDO-RS), for the object presence level. */
    List<String> findInstances(String studyInstanceUid, Duration timeout) throws DicomExchangeException;

    /**
     * Retrieves every object of the study into {@code folder}, one file per SOP instance named by its UID
     * (C-GET, C-MOVE to our storage SCP, or WADO-RS).
     */
    RetrievedStudy retrieveStudy(StudySummary study, Path folder, Duration timeout) throws DicomExchangeException;
}
