package org.custodian.dicom;

import java.time.LocalDate;
import java.util.Map;

/**
 * Immutable view of the header of one DICOM object: the attributes Custodian works with as typed
 * fields, and every other top-level attribute in string form through {@link #get(int, int)}.
 *
 * <p>A record of plain Java values, not a toolkit object, so that callers never depend on the
 * toolkit and a header can be kept, compared and passed between threads freely. String fields
 * are trimmed; an attribute that is absent or empty is {@code null} (never an empty string).
 * Multiple values are joined with a backslash, as in DICOM.
 *
 * <p>{@link #toString()} leaves out everything that identifies the patient, so a header that ends
 * up in a log does not leak patient data.
 *
 * @param patientId                   Patient ID (0010,0020)
 * @param patientName                 Patient's Name (0010,0010), DICOM PN form ({@code FAMILY^GIVEN})
 * @param patientBirthDate            Patient's Birth Date (0010,0030), null if absent or not a valid date
 * @param patientSex                  Patient's Sex (0010,0040)
 * @param studyInstanceUid            Study Instance UID (0020,000D)
 * @param seriesInstanceUid           Series Instance UID (0020,000E)
 * @param sopInstanceUid              SOP Instance UID (0008,0018), or Media Storage SOP Instance UID (0002,0003)
 *                                    if the data set lacks it; never null from the reader
 * @param sopClassUid                 SOP Class UID (0008,0016), or Media Storage SOP Class UID (0002,0002)
 *                                    if the data set lacks it; never null from the reader
 * @param studyDate                   Study Date (0008,0020), null if absent or not a valid date
 * @param studyTime                   Study Time (0008,0030) as written (HHMMSS.FFFFFF, possibly shorter)
 * @param accessionNumber             Accession Number (0008,0050)
 * @param modality                    Modality (0008,0060)
 * @param studyDescription            Study Description (0008,1030)
 * @param institutionName             Institution Name (0008,0080)
 * @param transferSyntaxUid           Transfer Syntax UID of the file meta information (0002,0010), or the
 *                                    one the data set was read with when the file has no meta information
 * @param lossyImageCompression       Lossy Image Compression (0028,2110): "00", "01" or null
 * @param lossyImageCompressionRatio  Lossy Image Compression Ratio (0028,2112), as written
 * @param lossyImageCompressionMethod Lossy Image Compression Method (0028,2114), as written
 * @param burnedInAnnotation          Burned In Annotation (0028,0301): "YES", "NO" or null
 * @param hasPixelData                true if the data set has Pixel Data (7FE0,0010), Float Pixel Data
 *                                    (7FE0,0008) or Double Float Pixel Data (7FE0,0009)
 * @param attributes                  every top-level attribute read, in string form, keyed by
 *                                    {@link #tag(int, int)}; see {@link #get(int, int)}
 */
public record DicomHeader(
        String patientId,
        String patientName,
        LocalDate patientBirthDate,
        String patientSex,
        String studyInstanceUid,
        String seriesInstanceUid,
        String sopInstanceUid,
        String sopClassUid,
        LocalDate studyDate,
        String studyTime,
        String accessionNumber,
        String modality,
        String studyDescription,
        String institutionName,
        String transferSyntaxUid,
        String lossyImageCompression,
        String lossyImageCompressionRatio,
        String lossyImageCompressionMethod,
        String burnedInAnnotation,
        boolean hasPixelData,
        Map<Integer, String> attributes) {

    /** Copies {@code attributes} so that the header stays immutable whatever the caller does. */
    public DicomHeader {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /**
     * Any top-level attribute in string form: the meta information (group 0002) and the data set
     * up to the pixel data. Sequences, the pixel data and binary values (OB, OW, UN...) longer than
     * 64 bytes are not kept and give null.
     *
     * @param group   the group number, e.g. {@code 0x0028}
     * @param element the element number, e.g. {@code 0x0010}
     * @return the trimmed value (multiple values joined with a backslash), or null if absent or empty
     */
    public String get(int group, int element) {
        return attributes.get(tag(group, element));
    }

    /**
     * True if the pixel data has been through lossy compression at some point: either Lossy Image
     * Compression (0028,2110) says "01" (which stays set after decompression, and must), or the
     * transfer syntax is a lossy one (see {@link TransferSyntaxes#LOSSY}), in case the writer
     * forgot the attribute.
     *
     * @return true if this object's pixels may differ from the originally acquired ones
     */
    public boolean isLossy() {
        return "01".equals(lossyImageCompression) || TransferSyntaxes.isLossy(transferSyntaxUid);
    }

    /**
     * Key of an attribute in {@link #attributes()}: {@code group << 16 | element}.
     *
     * @param group   0..0xFFFF
     * @param element 0..0xFFFF
     * @return the tag as one int
     * @throws IllegalArgumentException if a number is out of range
     */
    public static int tag(int group, int element) {
        if (group < 0 || group > 0xFFFF || element < 0 || element > 0xFFFF) {
            throw new IllegalArgumentException(String.format(
                    "DICOM tag numbers must be 0..FFFF, got group %X, element %X", group, element));
        }
        return group << 16 | element;
    }

    /** Identifies the object without patient data: UIDs, modality, transfer syntax. */
    @Override
    public String toString() {
        return "DicomHeader[sopInstanceUid=" + sopInstanceUid + ", sopClassUid=" + sopClassUid
                + ", studyInstanceUid=" + studyInstanceUid + ", seriesInstanceUid=" + seriesInstanceUid
                + ", modality=" + modality + ", transferSyntaxUid=" + transferSyntaxUid
                + ", lossy=" + isLossy() + ", hasPixelData=" + hasPixelData + "]";
    }
}
