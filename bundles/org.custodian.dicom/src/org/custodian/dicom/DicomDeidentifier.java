package org.custodian.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * De-identification of DICOM objects for teaching, training and research (REQUIREMENTS S3): finds what still
 * identifies the patient, and writes de-identified copies that carry a pseudonym from the trust's map instead.
 *
 * <p>The identifiers looked for, at any depth of sequences: direct (Patient's Name, Birth Date and Time, Patient ID,
 * Other Patient IDs and Names, Birth Name, Mother's Birth Name, Address, Telephone Numbers, Medical Record Locator)
 * and indirect (Institution Name and Address, Institutional Department Name, Station Name, Accession Number,
 * Issuer of Patient ID, Referring, Performing, Reading and Requesting Physicians, Physicians of Record, Operators,
 * Device Serial Number), plus an NHS number (ten digits with a valid check digit) in any text attribute. Private
 * attributes are counted too, since nobody can vouch for what a vendor put in them.
 *
 * <p>Implementations are thread safe.
 */
public interface DicomDeidentifier {

    /**
     * Lists every attribute of {@code file} that still identifies the patient.
     *
     * @param pseudonyms values that are known pseudonyms (from the trust's map): a Patient ID or Name equal to one
     *                   of them is not an identifier
     * @return the identifying attributes in file order; empty when the file is de-identified
     * @throws DicomReadException when the file is not DICOM or cannot be parsed; the message names the file
     */
    List<IdentifyingAttribute> findIdentifiers(Path file, Set<String> pseudonyms) throws DicomReadException;

    /**
     * Writes a de-identified copy of {@code source} to {@code target}: every identifier above removed, private
     * attributes removed, Patient's Name and Patient ID set to {@code pseudonym}, the study, series and instance UIDs
     * replaced by new ones (the same original UID gives the same new UID within one run of the JVM, so the series
     * of a study stay together), Patient Identity Removed set to YES with the method named. The pixel data is
     * copied as is: burned-in annotation is not removed, and a file that says it has some is refused.
     *
     * @throws DicomReadException when the source cannot be read, has burned-in annotation, or the copy cannot be
     *                            written; the message names the file
     */
    void deidentify(Path source, Path target, String pseudonym) throws DicomReadException;
}
