package org.custodian.dicom;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A DICOM file could not be read. Verification reports and quarantines quote the message, so it
 * always names the file and says why in words an archive administrator can act on ("not a DICOM
 * file", "truncated at byte N", ...).
 */
public class DicomReadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Paths are not serializable; the file name survives as text in the message. */
    private final transient Path file;
    private final String reason;

    /**
     * @param file   the file that could not be read
     * @param reason why, without the file name (it is added to the message)
     */
    public DicomReadException(Path file, String reason) {
        this(file, reason, null);
    }

    /**
     * @param file   the file that could not be read
     * @param reason why, without the file name (it is added to the message)
     * @param cause  the underlying exception, if any
     */
    public DicomReadException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the file that could not be read (null after deserialization) */
    public Path file() {
        return file;
    }

    /** @return the reason without the file name */
    public String reason() {
        return reason;
    }
}
