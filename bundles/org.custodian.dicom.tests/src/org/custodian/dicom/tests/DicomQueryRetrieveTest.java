package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.custodian.dicom.DataSetDigest;
import org.custodian.dicom.Dicom;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomNetwork;
import org.custodian.dicom.DicomNode;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudySummary;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.custodian.testing.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Study-level C-FIND and C-GET against a real Orthanc loaded by dcmsend: what the node reports per study, a
 * date range that excludes, a retrieve that keeps the stored transfer syntax and data set, and failures
 * (unregistered AE title, nothing listening, a silent peer) that come back as exceptions within the timeout.
 */
class DicomQueryRetrieveTest {

    static final String CALLING_AE = "CUSTODIAN";
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static OrthancServer orthanc;
    static DcmtkFiles files;
    static Instance ct1;
    static Instance ct2;
    static Instance mg;

    private final DicomNetwork network = Dicom.network();

    @BeforeAll
    static void load() throws IOException {
        Files.createDirectories(dir.resolve("files"));
        files = new DcmtkFiles(dir.resolve("files"));
        ct1 = DcmtkFiles.newInstance("P1", "CT", "20240310");
        ct2 = DcmtkFiles.nextInstance(ct1);
        mg = DcmtkFiles.newInstance("P2", "MG", "20240312");
        Files.createDirectories(dir.resolve("orthanc"));
        orthanc = OrthancServer.start(dir.resolve("orthanc"), CALLING_AE);
        orthanc.load(CALLING_AE, files.file(ct1, Variant.EXPLICIT_LITTLE), files.file(ct2, Variant.EXPLICIT_LITTLE),
                files.file(mg, Variant.JPEG_BASELINE));
    }

    @AfterAll
    static void stop() {
        if (orthanc != null) {
            orthanc.close();
        }
    }

    private Map<String, StudySummary> find(LocalDate from, LocalDate to) throws DicomExchangeException {
        return network.findStudies(orthanc.node(), CALLING_AE, from, to, TIMEOUT).stream()
                .collect(Collectors.toMap(StudySummary::studyInstanceUid, Function.identity()));
    }

    @Test
    void findListsEveryStudyInTheRangeWithItsCounts() throws Exception {
        Map<String, StudySummary> studies = find(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

        assertEquals(2, studies.size(), studies.toString());
        StudySummary ct = studies.get(ct1.studyInstanceUid());
        assertEquals(LocalDate.of(2024, 3, 10), ct.studyDate());
        assertEquals("P1", ct.patientId());
        assertEquals("CT", ct.modalities());
        assertEquals(1, ct.numberOfSeries());
        assertEquals(2, ct.numberOfInstances());
        assertEquals(DcmtkFiles.SECONDARY_CAPTURE, ct.sopClasses());
        assertEquals("MG", studies.get(mg.studyInstanceUid()).modalities());
    }

    @Test
    void findHonoursTheDateRange() throws Exception {
        Map<String, StudySummary> studies = find(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12));
        assertEquals(List.of(mg.studyInstanceUid()), List.copyOf(studies.keySet()));
        assertTrue(find(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).isEmpty());
    }

    @Test
    void retrieveBringsBackEveryObjectWithItsDataSetUnchanged() throws Exception {
        StudySummary ct = find(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 10)).get(ct1.studyInstanceUid());
        Path first = Files.createDirectories(dir.resolve("get1"));
        Path second = Files.createDirectories(dir.resolve("get2"));

        RetrievedStudy one = network.retrieveStudy(orthanc.node(), CALLING_AE, ct, first, TIMEOUT);
        RetrievedStudy two = network.retrieveStudy(orthanc.node(), CALLING_AE, ct, second, TIMEOUT);

        assertEquals(2, one.files().size(), one.toString());
        for (Path f : one.files()) {
            DicomHeader h = Dicom.reader().read(f);
            assertEquals(ct1.studyInstanceUid(), h.studyInstanceUid());
            assertTrue(h.hasPixelData());
            Path again = second.resolve(f.getFileName());
            assertTrue(two.files().contains(again), two.files() + " lacks " + again);
            assertEquals(DataSetDigest.sha256(f), DataSetDigest.sha256(again), "same object, same data set digest");
        }
    }

    @Test
    void retrieveKeepsALossyObjectInItsStoredTransferSyntax() throws Exception {
        StudySummary study = find(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 12)).get(mg.studyInstanceUid());
        Path folder = Files.createDirectories(dir.resolve("get-mg"));

        RetrievedStudy got = network.retrieveStudy(orthanc.node(), CALLING_AE, study, folder, TIMEOUT);

        assertEquals(1, got.files().size());
        DicomHeader h = Dicom.reader().read(got.files().get(0));
        assertEquals(Variant.JPEG_BASELINE.transferSyntaxUid, h.transferSyntaxUid());
        assertTrue(h.isLossy());
    }

    @Test
    void aStudyWithManySopClassesIsRetrievedWhole() throws Exception {
        // six SOP classes would need 22 x 7 presentation contexts with one per transfer syntax, more than an
        // association may carry: the retrieve must fall back to one context per class and still get every object
        String[] classes = { DcmtkFiles.SECONDARY_CAPTURE, "1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4",
                "1.2.840.10008.5.1.4.1.1.1", "1.2.840.10008.5.1.4.1.1.6.1", "1.2.840.10008.5.1.4.1.1.20" };
        Instance first = DcmtkFiles.newInstance("P7", "OT", "20240501");
        Path[] sent = new Path[classes.length];
        Instance i = first;
        for (int k = 0; k < classes.length; k++) {
            Path f = files.file(i, Variant.EXPLICIT_LITTLE);
            if (k > 0) {
                Tools.run(files.directory(), "dcmtk", "dcmodify", "-nb", "-m", "(0008,0016)=" + classes[k], f.toString());
            }
            sent[k] = f;
            i = DcmtkFiles.nextInstance(i);
        }
        orthanc.load(CALLING_AE, sent);
        StudySummary study = find(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)).get(first.studyInstanceUid());
        assertEquals(classes.length, study.sopClasses().split("\\\\").length, study.sopClasses());

        RetrievedStudy got = network.retrieveStudy(orthanc.node(), CALLING_AE, study,
                Files.createDirectories(dir.resolve("get-many")), TIMEOUT);

        assertEquals(classes.length, got.files().size(), got.files().toString());
    }

    @Test
    void dataSetDigestIgnoresMetaInformationButSeesPixelChanges() throws Exception {
        Instance i = DcmtkFiles.newInstance("P9", "CT");
        Path original = files.file(i, Variant.EXPLICIT_LITTLE);
        Path altered = files.file(i, Variant.PIXELS_ALTERED);
        assertNotEquals(DataSetDigest.sha256(original), DataSetDigest.sha256(altered));
        Path bare = files.file(i, Variant.DATASET_ONLY);
        assertEquals(64, DataSetDigest.sha256(bare).length());
    }

    @Test
    void unregisteredCallingAeTitleIsRejectedWithAReason() {
        DicomExchangeException e = assertThrows(DicomExchangeException.class, () -> network.findStudies(
                orthanc.node(), "STRANGER", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TIMEOUT));
        assertTrue(e.getMessage().contains(orthanc.node().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("rejected"), e.getMessage());
    }

    @Test
    void nothingListeningFailsAtOnceNamingTheNode() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DicomNode nobody = new DicomNode("NOBODY", "127.0.0.1", port);
        DicomExchangeException e = assertThrows(DicomExchangeException.class, () -> network.findStudies(nobody,
                CALLING_AE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TIMEOUT));
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void aSilentPeerTimesOutInsteadOfHanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try (Socket s = silent.accept(); InputStream in = s.getInputStream()) {
                    in.readAllBytes(); // read and never answer
                } catch (IOException closed) {
                    // the test is over
                }
            });
            DicomNode node = new DicomNode("SILENT", "127.0.0.1", silent.getLocalPort());
            StudySummary study = new StudySummary(ct1.studyInstanceUid(), null, null, null, null, null, null, null,
                    null);
            long start = System.nanoTime();
            DicomExchangeException e = assertThrows(DicomExchangeException.class, () -> network.retrieveStudy(node,
                    CALLING_AE, study, Files.createDirectories(dir.resolve("silent")), Duration.ofSeconds(2)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.timedOut(), e.getMessage());
            assertTrue(millis < 2_000 + 3_000, "gave up after " + millis + " ms");
            assertTrue(e.getMessage().contains("no answer within 2000 ms"), e.getMessage());
            acceptor.interrupt();
        }
    }
}
