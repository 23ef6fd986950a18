package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.DataSetDigest;
import org.custodian.dicom.Dicom;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudyArchive;
import org.custodian.dicom.StudyArchives;
import org.custodian.dicom.StudySummary;
import org.custodian.testing.DcmqrscpServer;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * C-MOVE to our own storage SCP against two real implementations, Orthanc and DCMTK's dcmqrscp, each started so
 * that it refuses C-GET: the objects arrive as stored, a second retrieve through the same port works (the port is
 * closed and opened again), and the failures a move has of its own are named: our port taken by another program,
 * a node that does not know our move destination.
 */
class DicomMoveTest {

    static final String AE = "CUSTODIAN";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    static OrthancServer orthanc;
    static DcmqrscpServer dcmqrscp;
    static int movePort;
    static Instance ct1;
    static Instance ct2;
    static Instance mg;
    static Path[] sources;

    @BeforeAll
    static void start() throws IOException {
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        ct1 = DcmtkFiles.newInstance("P1", "CT", "20240310");
        ct2 = DcmtkFiles.nextInstance(ct1);
        mg = DcmtkFiles.newInstance("P2", "MG", "20240312");
        sources = new Path[] { files.file(ct1, Variant.EXPLICIT_LITTLE), files.file(ct2, Variant.EXPLICIT_LITTLE),
                files.file(mg, Variant.JPEG_BASELINE) };
        movePort = OrthancServer.freePorts(1)[0];
        orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")), AE,
                OrthancServer.Options.moveOnly(movePort));
        orthanc.load(AE, sources);
        dcmqrscp = DcmqrscpServer.start(Files.createDirectories(dir.resolve("dcmqrscp")), AE, movePort, false, sources);
    }

    @AfterAll
    static void stop() {
        if (orthanc != null) {
            orthanc.close();
        }
        if (dcmqrscp != null) {
            dcmqrscp.close();
        }
    }

    private static StudyArchive archive(org.custodian.dicom.DicomNode node) {
        return StudyArchives.open(ArchiveEndpoint.cMove(node, movePort), AE, Dicom.network(), Dicom.reader());
    }

    private static StudySummary study(StudyArchive archive, String uid) throws DicomExchangeException {
        return archive.findStudies(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), TIMEOUT).stream()
                .filter(s -> s.studyInstanceUid().equals(uid)).findFirst().orElseThrow();
    }

    @Test
    void orthancRefusesCGetButMovesEveryObjectToUs() throws Exception {
        StudyArchive archive = archive(orthanc.node());
        StudySummary ct = study(archive, ct1.studyInstanceUid());
        Path getFolder = Files.createDirectories(dir.resolve("orthanc-get"));
        assertThrows(DicomExchangeException.class,
                () -> Dicom.network().retrieveStudy(orthanc.node(), AE, ct, getFolder, TIMEOUT),
                "this Orthanc offers only C-MOVE");

        assertMovedAsStored(archive, ct, "orthanc");
    }

    @Test
    void dcmqrscpMovesEveryObjectToUs() throws Exception {
        StudyArchive archive = archive(dcmqrscp.node());
        StudySummary ct = study(archive, ct1.studyInstanceUid());
        assertEquals(2, archive.findInstances(ct1.studyInstanceUid(), TIMEOUT).size(), "instance-level C-FIND");

        assertMovedAsStored(archive, ct, "dcmqrscp");
    }

    @Test
    void aLossyObjectArrivesInItsStoredTransferSyntax() throws Exception {
        for (var node : List.of(orthanc.node())) {
            StudyArchive archive = archive(node);
            Path folder = Files.createDirectories(dir.resolve("mg-" + node.port()));
            RetrievedStudy got = archive.retrieveStudy(study(archive, mg.studyInstanceUid()), folder, TIMEOUT);
            assertEquals(1, got.files().size(), node.toString());
            DicomHeader h = Dicom.reader().read(got.files().get(0));
            assertEquals(Variant.JPEG_BASELINE.transferSyntaxUid, h.transferSyntaxUid(), node.toString());
        }
    }

    @Test
    void ourPortTakenByAnotherProgramIsNamed() throws Exception {
        StudyArchive archive = archive(orthanc.node());
        StudySummary ct = study(archive, ct1.studyInstanceUid());
        try (ServerSocket squatter = new ServerSocket(movePort, 1, InetAddress.getLoopbackAddress())) {
            DicomExchangeException e = assertThrows(DicomExchangeException.class,
                    () -> archive.retrieveStudy(ct, Files.createDirectories(dir.resolve("busy")), TIMEOUT));
            assertTrue(e.getMessage().contains("cannot listen on port " + movePort), e.getMessage());
        }
    }

    @Test
    void aNodeThatDeliversToAnotherPortIsNamedWithOurPort() throws Exception {
        // the node has our AE title at movePort; we listen on another one, as after a port changed on one side only
        int ours = OrthancServer.freePorts(1)[0];
        for (var node : List.of(orthanc.node(), dcmqrscp.node())) {
            StudyArchive archive = StudyArchives.open(ArchiveEndpoint.cMove(node, ours), AE, Dicom.network(),
                    Dicom.reader());
            StudySummary ct = study(archive, ct1.studyInstanceUid());
            DicomExchangeException e = assertThrows(DicomExchangeException.class,
                    () -> archive.retrieveStudy(ct, Files.createDirectories(dir.resolve("elsewhere-" + node.port())),
                            TIMEOUT), node.toString());
            assertTrue(e.getMessage().contains("port " + ours), e.getMessage());
        }
    }

    private static void assertMovedAsStored(StudyArchive archive, StudySummary ct, String name) throws Exception {
        Path first = Files.createDirectories(dir.resolve(name + "-move1"));
        Path second = Files.createDirectories(dir.resolve(name + "-move2"));
        RetrievedStudy one = archive.retrieveStudy(ct, first, TIMEOUT);
        RetrievedStudy two = archive.retrieveStudy(ct, second, TIMEOUT);

        Set<String> names = one.files().stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of(ct1.sopInstanceUid(), ct2.sopInstanceUid()), names, name + " moved " + one.files());
        for (Path f : one.files()) {
            assertTrue(f.startsWith(first), f + " is in the retrieve's own folder");
            DicomHeader h = Dicom.reader().read(f);
            assertEquals(ct1.studyInstanceUid(), h.studyInstanceUid());
            assertTrue(h.hasPixelData());
            assertEquals(DataSetDigest.sha256(f), DataSetDigest.sha256(second.resolve(f.getFileName())));
        }
        assertEquals(2, two.files().size(), "the port opens again for the next retrieve");
    }
}
