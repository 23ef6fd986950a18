package org.custodian.dicom.internal.pixelmed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks, without reading it, that the pixel data element the header read stopped at is complete:
 * its declared length fits in the file, or, for encapsulated (compressed) pixel data, the chain of
 * fragments ends with a sequence delimiter inside the file. Only element headers are read (8 or 12
 * bytes per fragment), so the cost does not depend on the image size. Toolkit independent.
 */
final class PixelDataCheck {

    /** Explicit VRs whose element header has 2 reserved bytes and a 4-byte length. */
    private static final Set<String> LONG_LENGTH_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC",
            "UN", "UR", "UT", "UV");

    private static final long UNDEFINED_LENGTH = 0xFFFFFFFFL;

    private PixelDataCheck() {
    }

    static boolean hasLongLength(String vr) {
        return LONG_LENGTH_VRS.contains(vr);
    }

    /**
     * @param ch           the open file
     * @param size         its size
     * @param tagPosition  where the pixel data element's tag starts
     * @param group        the expected group of the element (0x7FE0)
     * @param element      the expected element number
     * @param explicitVr   whether the data set uses explicit VR
     * @param bigEndian    whether the data set is big endian
     * @return null if complete (or if the element is not where expected, so nothing can be said),
     *         otherwise the reason it is not, starting with "truncated at byte N"
     * @throws IOException if the file cannot be read
     */
    static String whyIncomplete(FileChannel ch, long size, long tagPosition, int group, int element,
            boolean explicitVr, boolean bigEndian) throws IOException {
        String name = String.format("(%04X,%04X)", group, element);
        ByteBuffer h = ByteBuffer.allocate(12).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int n = readFully(ch, h, tagPosition);
        if (n < 8) {
            return "truncated at byte " + size + ": the file ends inside the header of Pixel Data " + name
                    + " at byte " + tagPosition;
        }
        if ((h.getShort(0) & 0xFFFF) != group || (h.getShort(2) & 0xFFFF) != element) {
            return null; // not where we expected it; do not guess
        }
        long length;
        long valueStart;
        if (explicitVr) {
            String vr = new String(new byte[] {h.get(4), h.get(5)}, java.nio.charset.StandardCharsets.US_ASCII);
            if (hasLongLength(vr)) {
                if (n < 12) {
                    return "truncated at byte " + size + ": the file ends inside the header of Pixel Data " + name
                            + " at byte " + tagPosition;
                }
                length = h.getInt(8) & 0xFFFFFFFFL;
                valueStart = tagPosition + 12;
            } else {
                length = h.getShort(6) & 0xFFFF;
                valueStart = tagPosition + 8;
            }
        } else {
            length = h.getInt(4) & 0xFFFFFFFFL;
            valueStart = tagPosition + 8;
        }
        if (length != UNDEFINED_LENGTH) {
            if (valueStart + length > size) {
                return "truncated at byte " + size + ": Pixel Data " + name + " at byte " + tagPosition
                        + " declares " + length + " bytes, so the file should be at least " + (valueStart + length)
                        + " bytes long";
            }
            return null;
        }
        return whyFragmentsIncomplete(ch, size, valueStart, name);
    }

    /** Encapsulated pixel data: items (offset table, fragments) up to a sequence delimiter, always little endian. */
    private static String whyFragmentsIncomplete(FileChannel ch, long size, long start, String name) throws IOException {
        ByteBuffer item = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        long pos = start;
        int fragments = 0;
        while (true) {
            if (readFully(ch, item, pos) < 8) {
                return "truncated at byte " + size + ": encapsulated Pixel Data " + name + " ends after " + fragments
                        + " item(s) without its sequence delimiter";
            }
            int g = item.getShort(0) & 0xFFFF;
            int e = item.getShort(2) & 0xFFFF;
            long len = item.getInt(4) & 0xFFFFFFFFL;
            if (g == 0xFFFE && e == 0xE0DD) {
                return null;
            }
            if (g != 0xFFFE || e != 0xE000 || len == UNDEFINED_LENGTH) {
                return String.format("corrupt encapsulated Pixel Data %s: expected an item or a sequence delimiter at "
                        + "byte %d, found (%04X,%04X)", name, pos, g, e);
            }
            if (pos + 8 + len > size) {
                return "truncated at byte " + size + ": fragment " + fragments + " of Pixel Data " + name + " at byte "
                        + pos + " declares " + len + " bytes, so the file should be at least " + (pos + 8 + len)
                        + " bytes long";
            }
            pos += 8 + len;
            fragments++;
        }
    }

    /**
     * A deflated data set is complete when the deflate stream reaches its final block inside the file.
     *
     * @param start where the deflated data set starts (after the meta information)
     * @return null if complete, otherwise the reason, starting with "truncated at byte N"
     */
    static String whyDeflatedIncomplete(FileChannel ch, long size, long start) throws IOException {
        if (start > size) {
            return "truncated at byte " + size + ": the file ends inside the file meta information, which says the "
                    + "data set starts at byte " + start;
        }
        Inflater inflater = new Inflater(true);
        try {
            ByteBuffer in = ByteBuffer.allocate(16 * 1024);
            byte[] out = new byte[64 * 1024];
            long position = start;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    in.clear();
                    int n = ch.read(in, position);
                    if (n <= 0) {
                        return "truncated at byte " + size + ": the deflated data set ends before its last block";
                    }
                    position += n;
                    in.flip();
                    inflater.setInput(in);
                }
                try {
                    if (inflater.inflate(out) == 0 && !inflater.needsInput() && !inflater.finished()
                            && !inflater.needsDictionary()) {
                        return "corrupt deflated data set: the inflater makes no progress at byte " + position;
                    }
                } catch (DataFormatException e) {
                    return "corrupt deflated data set: " + e.getMessage();
                }
                if (inflater.needsDictionary()) {
                    return "corrupt deflated data set: it asks for a preset dictionary";
                }
            }
            return null;
        } finally {
            inflater.end();
        }
    }

    private static int readFully(FileChannel ch, ByteBuffer b, long position) throws IOException {
        b.clear();
        int total = 0;
        while (b.hasRemaining()) {
            int n = ch.read(b, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
