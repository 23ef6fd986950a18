package org.custodian.dicom;

/**
 * An attribute of a DICOM object that still identifies the patient (REQUIREMENTS S3): a direct identifier (name,
 * date of birth, patient ID, address...) or an indirect one (hospital, department, accession number, staff names, an
 * NHS number written into any text).
 *
 * <p>The value itself is deliberately not kept: the finding goes into reports and logs, which must not leak what
 * the check is looking for.
 *
 * @param path    where the attribute is: {@code (0010,0010)}, or inside a sequence
 *                {@code (0008,1110)[1]>(0010,0010)}
 * @param keyword the DICOM keyword, e.g. {@code PatientName}
 * @param direct  true for a direct identifier, false for an indirect one
 * @param reason  why it counts, e.g. "has a value" or "holds an NHS number"
 */
public record IdentifyingAttribute(String path, String keyword, boolean direct, String reason) {

    /** "direct" or "indirect". */
    public String kind() {
        return direct ? "direct" : "indirect";
    }
}
