package org.custodian.dicom;

import java.time.Duration;
import java.util.Objects;

/**
 * Outcome of a C-ECHO ("DICOM ping"). A failed echo is a normal result, not an exception: the
 * DR perspective shows it next to the node, the scheduled checks record it as evidence, and the
 * message says what went wrong (connection refused, association rejected because the called AE
 * title is unknown, no answer within the timeout...).
 *
 * @param node      the node that was echoed (null for a DICOMweb server without a DICOM address)
 * @param success   true if the node answered the C-ECHO with status Success
 * @param roundTrip time from opening the connection to the outcome (answer, error or giving up)
 * @param message   human readable outcome, never null
 */
public record EchoResult(DicomNode node, boolean success, Duration roundTrip, String message) {

    /** @throws NullPointerException if a component is null */
    public EchoResult {
        Objects.requireNonNull(roundTrip, "roundTrip");
        Objects.requireNonNull(message, "message");
    }
}
