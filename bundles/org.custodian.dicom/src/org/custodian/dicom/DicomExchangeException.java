package org.custodian.dicom;

/**
 * A query or retrieve with a remote node failed: unreachable, refused, rejected, no answer in time, or a
 * failure status. The message names the node and says why in words an administrator can act on; a
 * verification records it as the reason the check failed.
 */
public class DicomExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient DicomNode node;
    private final boolean timedOut;

    public DicomExchangeException(DicomNode node, String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.node = node;
        this.timedOut = timedOut;
    }

    /** @return the node that was called (null after deserialization) */
    public DicomNode node() {
        return node;
    }

    /** @return true if the node did not answer within the timeout */
    public boolean timedOut() {
        return timedOut;
    }
}
