package org.custodian.dr.core;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a file-level verification of a restored folder against a manifest.
 *
 * @param listed    files the manifest lists
 * @param checked   files read and checksummed
 * @param ok        files whose checksum matched and, if DICOM, whose header parsed
 * @param bytes     bytes read
 * @param duration  wall-clock time
 * @param findings  problems (missing, mismatched, unparseable, unlisted files, malformed manifest lines) and a
 *                  summary line
 * @param cancelled true if stopped before the end
 */
public record FileReport(int listed, int checked, int ok, long bytes, Duration duration, List<Finding> findings,
        boolean cancelled) {

    public FileReport {
        findings = List.copyOf(findings);
    }
}
