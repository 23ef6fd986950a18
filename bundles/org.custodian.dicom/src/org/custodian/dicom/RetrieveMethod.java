package org.custodian.dicom;

/**
 * How the console lists and retrieves a node's studies. Many enterprise PACS and VNAs answer C-MOVE but not C-GET;
 * cloud archives and most new VNAs offer DICOMweb.
 */
public enum RetrieveMethod {
    /** Study-level C-FIND and C-GET: the objects come back on our own association. */
    C_GET("C-GET"),
    /** Study-level C-FIND and C-MOVE to the console's own storage SCP, which the node must know by our AE title. */
    C_MOVE("C-MOVE"),
    /** QIDO-RS to list, WADO-RS to retrieve, over HTTP(S) with basic or bearer authentication. */
    DICOMWEB("DICOMweb");

    private final String label;

    RetrieveMethod(String label) {
        this.label = label;
    }

    /** @return the name people use: C-GET, C-MOVE, DICOMweb */
    public String label() {
        return label;
    }

    /**
     * @param text a label or constant name in any case, with or without the hyphen (c-move, C_MOVE, dicomweb)
     * @throws IllegalArgumentException naming the accepted values
     */
    public static RetrieveMethod parse(String text) {
        String t = text == null ? "" : text.strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        for (RetrieveMethod m : values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("retrieve method '" + text + "' is not one of C-GET, C-MOVE, DICOMweb");
    }
}
