package org.custodian.dicom;

import java.nio.file.Path;

/**
 * Reads the header of a DICOM file (Part 10 file, or a bare implicit VR little endian data set).
 *
 * <p>Archive verification and the compression audit read hundreds of thousands of files, so the
 * reader stops before the pixel data and never decompresses anything: the cost of a read does not
 * depend on the image size or on the codec (there is no JPEG 2000 decoder, and none is needed to
 * read a header). It still notices a file that is cut short inside its pixel data, because a
 * truncated object in the archive is exactly what verification must report.
 *
 * <p>A file counts as complete when: no header element runs past the end of the file; the pixel
 * data element's declared length (or, for compressed pixel data, its chain of fragments up to the
 * sequence delimiter) fits in the file; a deflated data set inflates to its final block; the object
 * has a SOP Class UID and a SOP Instance UID; and an image (an image storage SOP class, or Rows,
 * Columns and Bits Allocated present) has pixel data. A file that fails any of these is reported as
 * truncated rather than returned with fewer attributes. Bytes after the pixel data element (trailing
 * padding, digital signatures) are not checked.
 *
 * <p>Implementations are thread safe.
 */
public interface DicomObjectReader {

    /**
     * Reads the top-level header attributes of a DICOM file, stopping before the pixel data.
     *
     * @param file the file to read
     * @return an immutable view of the header
     * @throws DicomReadException when the file is missing or unreadable, is not DICOM, is
     *         truncated (also inside its pixel data) or cannot be parsed; the message names the file
     *         and the reason
     */
    DicomHeader read(Path file) throws DicomReadException;

    /**
     * Cheap check whether a file looks like DICOM: the {@code DICM} marker after a 128-byte preamble,
     * or a plausible start of a bare data set (a group 0002 or 0008 element whose length fits in the
     * file). Reads at most the first 132 bytes; use it to skip the other files of a directory tree
     * (thumbnails, reports, DICOMDIR-less junk) before calling {@link #read(Path)}.
     *
     * @param file the file to look at
     * @return true if the file plausibly holds DICOM; false otherwise, also when it cannot be read
     */
    boolean isDicom(Path file);
}
