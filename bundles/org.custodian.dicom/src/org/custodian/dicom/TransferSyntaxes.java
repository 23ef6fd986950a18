package org.custodian.dicom;

import java.util.Set;

/**
 * Transfer syntax UIDs that matter to the compression audit.
 *
 * <p>A transfer syntax says how the pixel data of an object is encoded. Some encodings are lossy
 * by definition, or may be: an object stored that way may no longer carry the original pixel
 * values, which a trust must be able to show it knows about (diagnostic quality, retention of the
 * original). The table is deliberately small and explicit so that a reviewer can check it against
 * PS3.5 / PS3.6.
 */
public final class TransferSyntaxes {

    /** Implicit VR Little Endian, the DICOM default. */
    public static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    /** Explicit VR Little Endian. */
    public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    /** Deflated Explicit VR Little Endian. */
    public static final String DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";
    /** Explicit VR Big Endian (retired). */
    public static final String EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2";
    /** JPEG Baseline (Process 1), lossy. */
    public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    /** JPEG Extended (Process 2 and 4), lossy. */
    public static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    /** JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 SV1). */
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    /** JPEG-LS Lossless. */
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    /** JPEG-LS Lossy (Near-Lossless). */
    public static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    /** JPEG 2000 Image Compression (Lossless Only). */
    public static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
    /** JPEG 2000 Image Compression, which may be lossy. */
    public static final String JPEG_2000 = "1.2.840.10008.1.2.4.91";
    /** RLE Lossless. */
    public static final String RLE_LOSSLESS = "1.2.840.10008.1.2.5";

    /**
     * Transfer syntaxes whose pixel data is, or may be, lossy: JPEG lossy processes (including the
     * retired ones), JPEG-LS near-lossless, JPEG 2000 and JPEG 2000 Part 2 in their "may be lossy"
     * forms, High-Throughput JPEG 2000 (not the lossless-only forms), JPEG XL except its lossless
     * form, and all MPEG-2 / MPEG-4 AVC / HEVC video syntaxes.
     */
    public static final Set<String> LOSSY = Set.of(
            // JPEG lossy processes; .52 to .64 except the lossless .57/.58 are retired but still in archives
            "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.52",
            "1.2.840.10008.1.2.4.53", "1.2.840.10008.1.2.4.54", "1.2.840.10008.1.2.4.55",
            "1.2.840.10008.1.2.4.56", "1.2.840.10008.1.2.4.59", "1.2.840.10008.1.2.4.60",
            "1.2.840.10008.1.2.4.61", "1.2.840.10008.1.2.4.62", "1.2.840.10008.1.2.4.63",
            "1.2.840.10008.1.2.4.64",
            // JPEG-LS near-lossless
            "1.2.840.10008.1.2.4.81",
            // JPEG 2000 (may be lossy), JPEG 2000 Part 2 multi-component (may be lossy)
            "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.93",
            // High-Throughput JPEG 2000 (may be lossy)
            "1.2.840.10008.1.2.4.203",
            // JPEG XL JPEG recompression, JPEG XL
            "1.2.840.10008.1.2.4.111", "1.2.840.10008.1.2.4.112",
            // MPEG-2, MPEG-4 AVC/H.264, HEVC/H.265 (all lossy), with their fragmentable variants
            "1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.100.1",
            "1.2.840.10008.1.2.4.101", "1.2.840.10008.1.2.4.101.1",
            "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.102.1",
            "1.2.840.10008.1.2.4.103", "1.2.840.10008.1.2.4.103.1",
            "1.2.840.10008.1.2.4.104", "1.2.840.10008.1.2.4.104.1",
            "1.2.840.10008.1.2.4.105", "1.2.840.10008.1.2.4.105.1",
            "1.2.840.10008.1.2.4.106", "1.2.840.10008.1.2.4.106.1",
            "1.2.840.10008.1.2.4.107", "1.2.840.10008.1.2.4.108");

    private TransferSyntaxes() {
    }

    /**
     * @param transferSyntaxUid a transfer syntax UID, may be null
     * @return true if pixel data in that transfer syntax is, or may be, lossy compressed
     */
    public static boolean isLossy(String transferSyntaxUid) {
        return transferSyntaxUid != null && LOSSY.contains(transferSyntaxUid.trim());
    }
}
