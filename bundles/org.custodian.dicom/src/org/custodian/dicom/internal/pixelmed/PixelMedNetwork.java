package org.custodian.dicom.internal.pixelmed;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.EchoResult;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudySummary;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.StoredFilePathStrategy;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.network.FindSOPClassSCU;
import com.pixelmed.network.GetSOPClassSCU;
import com.pixelmed.network.IdentifierHandler;
import com.pixelmed.network.ReceivedObjectHandler;
import com.pixelmed.network.VerificationSOPClassSCU;

/**
 * {@link DicomNetwork} on PixelMed. Registered as a Declarative Services component
 * ({@code OSGI-INF/org.custodian.dicom.network.xml}); stateless and thread safe.
 *
 * <p>PixelMed opens its socket with {@code new Socket(host, port)} and sets no read timeout, so a
 * silent peer or a firewall that drops packets would block it for minutes or for ever. Each
 * exchange therefore runs on its own virtual thread (virtual threads are daemon threads) and the
 * caller waits at most the timeout. On time-out the virtual thread is interrupted; socket
 * operations of a virtual thread are interruptible (JDK 21, JEP 444), so the interrupt closes the
 * socket and the thread ends instead of lingering.
 */
public final class PixelMedNetwork implements DicomNetwork {

    /** Public no-argument constructor for Declarative Services and {@code Dicom.network()}. */
    public PixelMedNetwork() {
    }

    @Override
    public EchoResult echo(DicomNode remote, String callingAeTitle, Duration timeout) {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(timeout, "timeout");
        DicomNode.validateAeTitle(callingAeTitle);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("C-ECHO timeout must be positive, got " + timeout);
        }

        CompletableFuture<Void> outcome = new CompletableFuture<>();
        long start = System.nanoTime();
        Thread worker = Thread.ofVirtual().name("C-ECHO " + remote).unstarted(() -> {
            try {
                new VerificationSOPClassSCU(remote.host(), remote.port(), remote.aeTitle(), callingAeTitle, false);
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        });
        worker.start();
        try {
            outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            Duration roundTrip = since(start);
            return new EchoResult(remote, true, roundTrip, "C-ECHO to " + remote + " succeeded in "
                    + roundTrip.toMillis() + " ms");
        } catch (TimeoutException e) {
            worker.interrupt();
            return new EchoResult(remote, false, since(start), "no answer from " + remote + " within "
                    + timeout.toMillis() + " ms (host down, port filtered, or not a DICOM service?)");
        } catch (ExecutionException e) {
            return new EchoResult(remote, false, since(start), "C-ECHO to " + remote + " failed: "
                    + describe(e.getCause(), remote));
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return new EchoResult(remote, false, since(start), "C-ECHO to " + remote + " was interrupted");
        }
    }

    @Override
    public List<StudySummary> findStudies(DicomNode remote, String callingAeTitle, LocalDate from, LocalDate to,
            Duration timeout) throws DicomExchangeException {
        check(remote, callingAeTitle, timeout);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
        List<StudySummary> studies = Collections.synchronizedList(new ArrayList<>());
        bounded(remote, "C-FIND", timeout, () -> {
            AttributeList identifier = new AttributeList();
            put(identifier, TagFromName.QueryRetrieveLevel, "STUDY");
            put(identifier, TagFromName.StudyDate, DA.format(from) + "-" + DA.format(to));
            for (AttributeTag t : new AttributeTag[] { TagFromName.StudyInstanceUID, TagFromName.StudyTime,
                    TagFromName.PatientID, TagFromName.AccessionNumber, TagFromName.ModalitiesInStudy,
                    TagFromName.SOPClassesInStudy, TagFromName.NumberOfStudyRelatedSeries,
                    TagFromName.NumberOfStudyRelatedInstances }) {
                identifier.putNewAttribute(t);
            }
            new FindSOPClassSCU(remote.host(), remote.port(), remote.aeTitle(), callingAeTitle,
                    SOPClass.StudyRootQueryRetrieveInformationModelFind, identifier, new IdentifierHandler() {
                        @Override
                        public void doSomethingWithIdentifier(AttributeList match) {
                            StudySummary s = summary(match);
                            if (s != null) {
                                studies.add(s);
                            }
                        }
                    });
            return null;
        });
        synchronized (studies) {
            return List.copyOf(studies);
        }
    }

    @Override
    public RetrievedStudy retrieveStudy(DicomNode remote, String callingAeTitle, StudySummary study, Path folder,
            Duration timeout) throws DicomExchangeException {
        check(remote, callingAeTitle, timeout);
        Objects.requireNonNull(study, "study");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("retrieve folder " + folder + " does not exist");
        }
        List<Path> files = Collections.synchronizedList(new ArrayList<>());
        Set<String> classes = storageClasses(study);
        // The node accepts one transfer syntax per presentation context when the association opens, before it
        // knows what it will send; only separate contexts per transfer syntax let it send each object as stored
        // (a single context makes it pick one syntax and transcode, e.g. JPEG to explicit little endian). That
        // multiplies the contexts, so it is done when the study's SOP classes are known and few.
        boolean ourChoice = classes.size() <= MAX_CLASSES_WITH_A_CONTEXT_PER_SYNTAX;
        long start = System.nanoTime();
        bounded(remote, "C-GET", timeout, () -> {
            AttributeList identifier = new AttributeList();
            put(identifier, TagFromName.QueryRetrieveLevel, "STUDY");
            put(identifier, TagFromName.StudyInstanceUID, study.studyInstanceUid());
            new GetSOPClassSCU(remote.host(), remote.port(), remote.aeTitle(), callingAeTitle,
                    SOPClass.StudyRootQueryRetrieveInformationModelGet, identifier, new IdentifierHandler(),
                    folder.toFile(), StoredFilePathStrategy.BYSOPINSTANCEUIDINSINGLEFOLDER,
                    new ReceivedObjectHandler() {
                        @Override
                        public void sendReceivedObjectIndication(String fileName, String transferSyntax,
                                String callingAe) {
                            files.add(Path.of(fileName));
                        }
                    }, classes, 4 /* propose lossless and lossy: receive as stored */, true, ourChoice, false);
            return null;
        });
        synchronized (files) {
            return new RetrievedStudy(study.studyInstanceUid(), files, since(start));
        }
    }

    @Override
    public RetrievedStudy moveStudy(DicomNode remote, String callingAeTitle, StudySummary study, int movePort,
            Path folder, Duration timeout) throws DicomExchangeException {
        check(remote, callingAeTitle, timeout);
        Objects.requireNonNull(study, "study");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("retrieve folder " + folder + " does not exist");
        }
        return PixelMedMove.move(remote, callingAeTitle, study, movePort, folder, timeout);
    }

    @Override
    public List<String> findInstances(DicomNode remote, String callingAeTitle, String studyInstanceUid,
            Duration timeout) throws DicomExchangeException {
        check(remote, callingAeTitle, timeout);
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        List<String> uids = Collections.synchronizedList(new ArrayList<>());
        bounded(remote, "C-FIND", timeout, () -> {
            AttributeList identifier = new AttributeList();
            put(identifier, TagFromName.QueryRetrieveLevel, "IMAGE");
            put(identifier, TagFromName.StudyInstanceUID, studyInstanceUid);
            identifier.putNewAttribute(TagFromName.SeriesInstanceUID);
            identifier.putNewAttribute(TagFromName.SOPInstanceUID);
            new FindSOPClassSCU(remote.host(), remote.port(), remote.aeTitle(), callingAeTitle,
                    SOPClass.StudyRootQueryRetrieveInformationModelFind, identifier, new IdentifierHandler() {
                        @Override
                        public void doSomethingWithIdentifier(AttributeList match) {
                            String uid = Attribute.getSingleStringValueOrNull(match, TagFromName.SOPInstanceUID);
                            if (uid != null && !uid.isBlank()) {
                                uids.add(uid.strip());
                            }
                        }
                    });
            return null;
        });
        synchronized (uids) {
            return List.copyOf(uids);
        }
    }

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * PixelMed proposes 22 presentation contexts per SOP class when every transfer syntax gets its own (compression
     * level 4, its choice and ours), the retrieve SOP class included: 22 x (4 + 1) = 110 stays within the 128 an
     * association may carry, 22 x 6 does not.
     */
    static final int MAX_CLASSES_WITH_A_CONTEXT_PER_SYNTAX = 4;

    /**
     * Storage SOP classes to offer for a retrieve: those the node listed for the study, else the common image
     * and document classes. Offering every known class would need more presentation contexts than the 128 an
     * association may carry.
     */
    static Set<String> storageClasses(StudySummary study) {
        Set<String> classes = new LinkedHashSet<>();
        if (study.sopClasses() != null) {
            for (String c : study.sopClasses().split("\\\\")) {
                if (!c.isBlank()) {
                    classes.add(c.strip());
                }
            }
        }
        if (classes.isEmpty()) {
            classes.addAll(COMMON_STORAGE_CLASSES);
        }
        return classes;
    }

    private static final List<String> COMMON_STORAGE_CLASSES = List.of(
            SOPClass.ComputedRadiographyImageStorage, SOPClass.DigitalXRayImageStorageForPresentation,
            SOPClass.DigitalXRayImageStorageForProcessing, SOPClass.DigitalMammographyXRayImageStorageForPresentation,
            SOPClass.DigitalMammographyXRayImageStorageForProcessing, SOPClass.CTImageStorage,
            SOPClass.EnhancedCTImageStorage, SOPClass.MRImageStorage, SOPClass.EnhancedMRImageStorage,
            SOPClass.UltrasoundImageStorage, SOPClass.UltrasoundMultiframeImageStorage,
            SOPClass.SecondaryCaptureImageStorage, SOPClass.MultiframeGrayscaleByteSecondaryCaptureImageStorage,
            SOPClass.MultiframeGrayscaleWordSecondaryCaptureImageStorage,
            SOPClass.MultiframeTrueColorSecondaryCaptureImageStorage, SOPClass.NuclearMedicineImageStorage,
            SOPClass.PETImageStorage, SOPClass.XRayAngiographicImageStorage, "1.2.840.10008.5.1.4.1.1.12.2" /* X-Ray Radiofluoroscopic */,
            SOPClass.BreastTomosynthesisImageStorage,
            SOPClass.VisibleLightPhotographicImageStorage, SOPClass.EncapsulatedPDFStorage, SOPClass.BasicTextSRStorage,
            SOPClass.EnhancedSRStorage, SOPClass.ComprehensiveSRStorage, SOPClass.KeyObjectSelectionDocumentStorage,
            SOPClass.GrayscaleSoftcopyPresentationStateStorage, SOPClass.RTImageStorage);

    static void check(DicomNode remote, String callingAeTitle, Duration timeout) {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(timeout, "timeout");
        DicomNode.validateAeTitle(callingAeTitle);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    static void put(AttributeList list, AttributeTag tag, String value) throws DicomException {
        list.putNewAttribute(tag).addValue(value);
    }

    static StudySummary summary(AttributeList match) {
        String uid = Attribute.getSingleStringValueOrNull(match, TagFromName.StudyInstanceUID);
        if (uid == null || uid.isBlank()) {
            return null; // a match without its unique key cannot be compared; nodes do not send one
        }
        return new StudySummary(uid.strip(), date(text(match, TagFromName.StudyDate)),
                text(match, TagFromName.StudyTime), text(match, TagFromName.PatientID),
                text(match, TagFromName.AccessionNumber), text(match, TagFromName.ModalitiesInStudy),
                text(match, TagFromName.SOPClassesInStudy), count(match, TagFromName.NumberOfStudyRelatedSeries),
                count(match, TagFromName.NumberOfStudyRelatedInstances));
    }

    private static String text(AttributeList list, AttributeTag tag) {
        String s = Attribute.getDelimitedStringValuesOrNull(list, tag);
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, DA);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer count(AttributeList list, AttributeTag tag) {
        String s = text(list, tag);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Runs one exchange on a virtual thread and waits at most {@code timeout} (see the class comment for why);
     * every failure becomes a {@link DicomExchangeException} naming the node and the reason.
     */
    static void bounded(DicomNode remote, String what, Duration timeout, Callable<Void> exchange)
            throws DicomExchangeException {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        Thread worker = Thread.ofVirtual().name(what + " " + remote).unstarted(() -> {
            try {
                outcome.complete(exchange.call());
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        });
        worker.start();
        try {
            outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new DicomExchangeException(remote, what + " to " + remote + ": no answer within "
                    + timeout.toMillis() + " ms (host down, port filtered, or not a DICOM service?)", true, e);
        } catch (ExecutionException e) {
            throw new DicomExchangeException(remote, what + " to " + remote + " failed: "
                    + describe(e.getCause(), remote), false, e.getCause());
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new DicomExchangeException(remote, what + " to " + remote + " was interrupted", false, e);
        }
    }

    static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Turns PixelMed's and the JDK's exceptions into what an administrator needs to know. */
    static String describe(Throwable e, DicomNode remote) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host '" + remote.host() + "'";
            }
            if (t instanceof ConnectException) {
                return "connection refused by " + remote.host() + ":" + remote.port()
                        + " (nothing listening on that port?)";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host " + remote.host();
            }
        }
        // PixelMed reports socket failures as DicomNetworkException with the JDK exception only in the text
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("UnknownHostException")) {
            return "unknown host '" + remote.host() + "'";
        }
        if (message.contains("NoRouteToHostException")) {
            return "no route to host " + remote.host();
        }
        if (message.contains("Connection refused")) {
            return "connection refused by " + remote.host() + ":" + remote.port() + " (nothing listening on that port?)";
        }
        if (message.contains("A-ASSOCIATE-RJ")) {
            String detail = message.substring(message.indexOf("A-ASSOCIATE-RJ"));
            if (detail.contains("called AE Title not recognized")) {
                return "association rejected: the node does not know the called AE title '" + remote.aeTitle()
                        + "' (" + detail + ")";
            }
            if (detail.contains("calling AE Title not recognized")) {
                return "association rejected: the node does not accept our calling AE title (" + detail + ")";
            }
            return "association rejected (" + detail + ")";
        }
        if (message.contains("A-ABORT") || message.contains("A-P-ABORT")) {
            // Orthanc, for one, aborts rather than answering a request our AE title may not make
            return "the node aborted the association (does it allow our AE title this request? check the find and "
                    + "retrieve rights it gives us): " + message;
        }
        String status = FailureStatus.describe(message);
        if (status != null) {
            return status;
        }
        if (e instanceof SocketException) {
            return "connection lost: " + message;
        }
        return message;
    }
}
