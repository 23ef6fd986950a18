package org.custodian.dicom;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The objects of one study received from a node by a retrieve, each as a file in the folder the caller gave.
 *
 * @param studyInstanceUid the study asked for
 * @param files            the files received, in the order they arrived
 * @param elapsed          from opening the connection to the last answer
 */
public record RetrievedStudy(String studyInstanceUid, List<java.nio.file.Path> files, Duration elapsed) {

    /** Copies the list so the record stays immutable. */
    public RetrievedStudy {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        files = List.copyOf(files);
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
