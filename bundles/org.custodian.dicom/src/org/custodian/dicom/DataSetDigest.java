package org.custodian.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a DICOM file's data set alone, without the preamble and file meta information.
 *
 * <p>Two copies of one object fetched from two nodes carry different meta information (each receiver writes its
 * own: source AE title, implementation version), while the data set is sent byte for byte as each node stores
 * it. Comparing data set digests therefore shows whether the DR copy is the primary's copy, and nothing else.
 * A file without the {@code DICM} marker is hashed whole (it is a bare data set).
 */
public final class DataSetDigest {

    private static final int PREAMBLE = 128;

    private DataSetDigest() {
    }

    /**
     * @param file a DICOM file
     * @return the SHA-256 of its data set, as 64 lower-case hex digits
     * @throws DicomReadException if the file cannot be read or its meta information is malformed
     */
    public static String sha256(Path file) throws DicomReadException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(PREAMBLE + 4 + 12);
            MessageDigest sha = sha256();
            long skip = dataSetOffset(file, head);
            if (skip < head.length) {
                sha.update(head, (int) skip, head.length - (int) skip);
            } else {
                long toSkip = skip - head.length;
                if (in.skip(toSkip) != toSkip) {
                    throw new DicomReadException(file, "truncated inside the file meta information");
                }
            }
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new DicomReadException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Where the data set starts: after the meta group, whose length the first meta element (0002,0000) gives. */
    private static long dataSetOffset(Path file, byte[] head) throws DicomReadException {
        if (head.length < PREAMBLE + 4 || head[PREAMBLE] != 'D' || head[PREAMBLE + 1] != 'I'
                || head[PREAMBLE + 2] != 'C' || head[PREAMBLE + 3] != 'M') {
            return 0;
        }
        ByteBuffer b = ByteBuffer.wrap(head, PREAMBLE + 4, head.length - PREAMBLE - 4).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || b.getShort() != 0x0002 || b.getShort() != 0x0000 || b.get() != 'U' || b.get() != 'L') {
            throw new DicomReadException(file,
                    "file meta information does not start with its group length (0002,0000) UL");
        }
        b.getShort(); // value length, always 4
        long groupLength = Integer.toUnsignedLong(b.getInt());
        return PREAMBLE + 4 + 12 + groupLength;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
