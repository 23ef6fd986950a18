package org.custodian.dicom.internal.pixelmed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudySummary;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.network.MoveSOPClassSCU;

/**
 * C-MOVE of one study to our own storage SCP ({@link MoveReceiver}), opened on the configured port for the
 * length of the retrieve. The node sends the objects on associations of its own, so they cannot be told apart by
 * study: retrieves through one port take turns (a lock per port), and everything the port receives during a
 * retrieve belongs to it.
 */
final class PixelMedMove {
    private PixelMedMove() {
    }

    private static final ConcurrentHashMap<Integer, ReentrantLock> PORTS = new ConcurrentHashMap<>();

    /** How long after the node's final answer we wait for its storage associations to finish. */
    private static final Duration STRAGGLERS = Duration.ofSeconds(10);

    private static String hint(String callingAeTitle, int movePort) {
        return ": the node sends to the address and port it has registered for " + callingAeTitle
                + "; ours listens on port " + movePort + ", so register that port (and this machine) at the node";
    }

    static RetrievedStudy move(DicomNode remote, String callingAeTitle, StudySummary study, int movePort, Path folder,
            Duration timeout) throws DicomExchangeException {
        long start = System.nanoTime();
        ReentrantLock turn = PORTS.computeIfAbsent(movePort, p -> new ReentrantLock());
        try {
            if (!turn.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new DicomExchangeException(remote, "C-MOVE from " + remote + ": our storage port " + movePort
                        + " stayed busy with another retrieve for " + timeout.toMillis() + " ms", true, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DicomExchangeException(remote, "C-MOVE from " + remote + " was interrupted", false, e);
        }
        try (MoveReceiver receiver = MoveReceiver.open(remote, callingAeTitle, movePort, folder)) {
            try {
                PixelMedNetwork.bounded(remote, "C-MOVE", timeout, () -> {
                AttributeList identifier = new AttributeList();
                PixelMedNetwork.put(identifier, TagFromName.QueryRetrieveLevel, "STUDY");
                PixelMedNetwork.put(identifier, TagFromName.StudyInstanceUID, study.studyInstanceUid());
                    new MoveSOPClassSCU(remote.host(), remote.port(), remote.aeTitle(), callingAeTitle,
                            callingAeTitle, SOPClass.StudyRootQueryRetrieveInformationModelMove, identifier);
                    return null;
                });
            } catch (DicomExchangeException e) {
                if (e.timedOut() || receiver.files().size() > 0 || e.getMessage().contains("association rejected")) {
                    throw e;
                }
                throw new DicomExchangeException(remote, e.getMessage() + "; nothing reached our storage SCP"
                        + hint(callingAeTitle, movePort), false, e.getCause());
            }
            Duration left = timeout.minus(PixelMedNetwork.since(start));
            receiver.awaitStored(study.numberOfInstances(), left.compareTo(STRAGGLERS) < 0 ? left : STRAGGLERS);
            String failure = receiver.failure();
            if (failure != null) {
                throw new DicomExchangeException(remote, "C-MOVE from " + remote + ": " + failure, false, null);
            }
            List<Path> files = receiver.files();
            if (files.isEmpty() && study.numberOfInstances() != null && study.numberOfInstances() > 0) {
                throw new DicomExchangeException(remote, "C-MOVE from " + remote + " ended, but none of the study's "
                        + study.numberOfInstances() + " objects reached our storage SCP" + hint(callingAeTitle,
                                movePort), false, null);
            }
            return new RetrievedStudy(study.studyInstanceUid(), files, PixelMedNetwork.since(start));
        } finally {
            turn.unlock();
        }
    }
}
