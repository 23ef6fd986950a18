package org.custodian.dicom;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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

    /**
     * Lists the studies a node holds whose Study Date lies in a range, by a study-level C-FIND in the Study Root
     * information model, asking for the optional counts (series, instances), modalities and SOP classes.
     *
     * @param remote         the node to ask
     * @param callingAeTitle our AE title, as registered at the remote node
     * @param from           first study date, inclusive
     * @param to             last study date, inclusive
     * @param timeout        the longest the whole exchange may take
     * @return every matching study, in the order the node sent them
     * @throws DicomExchangeException if the node is unreachable, refuses us, does not answer in time or
     *                                reports a failure; the message names the node and the reason
     */
    List<StudySummary> findStudies(DicomNode remote, String callingAeTitle, LocalDate from, LocalDate to,
            Duration timeout) throws DicomExchangeException;

    /**
     * Retrieves every object of one study by C-GET (the objects come back on our own association, so no port
     * of ours needs to be reachable from the node) into {@code folder}, one file per SOP instance named by its
     * UID. When the study's SOP classes are known (and few), every transfer syntax is offered separately, so the
     * node sends each object as it stores it, compressed or not, and nothing is transcoded on the way.
     *
     * @param remote         the node to retrieve from
     * @param callingAeTitle our AE title, registered at the node with the right to retrieve
     * @param study          the study, as the node listed it (its SOP classes, when known, are proposed)
     * @param folder         an existing folder the files are written into
     * @param timeout        the longest the whole retrieve may take
     * @return the files received
     * @throws DicomExchangeException on the failures of {@link #findStudies} and when the node reports that
     *                                sub-operations failed
     */
    RetrievedStudy retrieveStudy(DicomNode remote, String callingAeTitle, StudySummary study, Path folder,
            Duration timeout) throws DicomExchangeException;

    /**
     * Retrieves every object of one study by C-MOVE: the node sends them on an association of its own to our
     * storage SCP, which listens on {@code movePort} (on loopback only when the node is on this machine) and which
     * the node must know as the move destination {@code callingAeTitle} at our address and that port. Objects are
     * written into {@code folder}, one file per SOP instance named by its UID, kept as the node sends them.
     * Retrieves through one port run one after another.
     *
     * @throws DicomExchangeException on the failures of {@link #findStudies}, when our port cannot be opened, when
     *                                the node does not know the move destination, or when sub-operations failed
     */
    RetrievedStudy moveStudy(DicomNode remote, String callingAeTitle, StudySummary study, int movePort, Path folder,
            Duration timeout) throws DicomExchangeException;

    /**
     * The SOP Instance UIDs of one study, by an instance-level C-FIND in the Study Root information model.
     *
     * @throws DicomExchangeException on the failures of {@link #findStudies}
     */
    List<String> findInstances(DicomNode remote, String callingAeTitle, String studyInstanceUid, Duration timeout)
            throws DicomExchangeException;
}
