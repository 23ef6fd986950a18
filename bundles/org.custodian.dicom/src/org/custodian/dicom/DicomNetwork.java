package org.custodian.dicom;

import java.time.Duration;

/**
 * Talks to remote DICOM nodes (PACS, DR archive, modalities) as a service class user.
 *
 * <p>Every call takes a timeout and honours it: the console checks many nodes, some of them on
 * networks that silently drop packets, and a check must never hang the job (or the UI) that runs
 * it. Implementations are thread safe.
 */
public interface DicomNetwork {

    /**
     * Verifies that a node answers DICOM: opens an association, sends a C-ECHO, waits for the
     * answer, releases the association.
     *
     * @param remote         the node to check (its AE title is the called AE title)
     * @param callingAeTitle our AE title, as registered at the remote node
     * @param timeout        the longest the whole exchange may take (connect, association, answer)
     * @return the outcome: success, or failure with a message saying why. An unreachable node, a
     *         refused connection, a rejected association or no answer in time is a failure, not an
     *         exception. Returns within the timeout (plus a few milliseconds).
     * @throws IllegalArgumentException if the calling AE title is invalid or the timeout is not
     *                                  positive
     * @throws NullPointerException     if an argument is null
     */
    EchoResult echo(DicomNode remote, String callingAeTitle, Duration timeout);
}
