package org.custodian.dicom.internal.pixelmed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Decides from the first 132 bytes whether a file plausibly holds DICOM. Toolkit independent.
 *
 * <p>A Part 10 file has a 128-byte preamble followed by {@code DICM}. Older archives and some
 * modalities also write the bare data set, which by the standard is implicit VR little endian and
 * starts with the lowest group present: in practice group 0002 (meta information written without
 * preamble) or group 0008 (identification). We accept such a start when the first element's
 * length fits in the file. This keeps text files, images, PDFs and random junk out without parsing
 * them, and it is what stops PixelMed from "reading" a text file as a data set of nonsense tags.
 */
final class DicomSniffer {

    static final int PREAMBLE_LENGTH = 128;
    private static final int PROBE_LENGTH = PREAMBLE_LENGTH + 4;

    private DicomSniffer() {
    }

    /**
     * @param channel the open file (its position is not used or changed)
     * @param size    the file size
     * @return null if the file plausibly holds DICOM, otherwise why not
     * @throws IOException if the file cannot be read
     */
    static String whyNotDicom(FileChannel channel, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(PROBE_LENGTH);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // positional reads until full or end of file
        }
        byte[] b = buffer.array();
        int n = buffer.position();
        if (n == 0) {
            return "not a DICOM file: the file is empty";
        }
        if (n >= PROBE_LENGTH && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M') {
            return null;
        }
        if (n < 8) {
            return "not a DICOM file: only " + n + " bytes long";
        }
        int group = u16le(b, 0);
        if (group != 0x0002 && group != 0x0008) {
            return String.format("not a DICOM file: no 'DICM' marker at byte 128, and the first bytes do not start "
                    + "a data set (first tag would be (%04X,%04X))", group, u16le(b, 2));
        }
        long valueLength;
        int headerLength;
        if (isUpper(b[4]) && isUpper(b[5])) {
            // explicit VR without preamble: not standard, but PixelMed reads it and so do we
            String vr = new String(b, 4, 2, java.nio.charset.StandardCharsets.US_ASCII);
            if (PixelDataCheck.hasLongLength(vr)) {
                headerLength = 12;
                valueLength = u32le(b, 8);
            } else {
                headerLength = 8;
                valueLength = u16le(b, 6);
            }
        } else {
            headerLength = 8;
            valueLength = u32le(b, 4);
        }
        if (valueLength != 0xFFFFFFFFL && headerLength + valueLength > size) {
            return String.format("not a DICOM file: no 'DICM' marker at byte 128, and the first element (%04X,%04X) "
                    + "would be %d bytes long in a file of %d bytes", group, u16le(b, 2), valueLength, size);
        }
        return null;
    }

    private static boolean isUpper(byte c) {
        return c >= 'A' && c <= 'Z';
    }

    static int u16le(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
    }

    static long u32le(byte[] b, int off) {
        return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8 | (b[off + 2] & 0xFFL) << 16 | (b[off + 3] & 0xFFL) << 24;
    }
}
