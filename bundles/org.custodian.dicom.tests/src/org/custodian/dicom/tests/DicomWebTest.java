package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.DataSetDigest;
import org.custodian.dicom.Dicom;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.EchoResult;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudyArchive;
import org.custodian.dicom.StudyArchives;
import org.custodian.dicom.StudySummary;
import org.custodian.dicom.WebCredentials;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * QIDO-RS and WADO-RS against Orthanc's DICOMweb plugin (Debian's orthanc-dicomweb) with basic authentication:
 * the inventory with its counts and date range, the instance list, a retrieve whose objects are the data sets
 * stored, and the failures named: credentials missing or wrong (401), a study or URL not there (404), nothing
 * listening, and an answer cut off in the middle of an object.
 */
class DicomWebTest {

    static final String AE = "CUSTODIAN";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final WebCredentials GOOD = WebCredentials.basic("dr-check", "s3cret-Pass");

    @TempDir
    static Path dir;
    static OrthancServer orthanc;
    static Instance ct1;
    static Instance ct2;
    static Instance mg;
    static Map<String, Path> sources;

    @BeforeAll
    static void start() throws IOException {
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        ct1 = DcmtkFiles.newInstance("P1", "CT", "20240310");
        ct2 = DcmtkFiles.nextInstance(ct1);
        mg = DcmtkFiles.newInstance("P2", "MG", "20240312");
        sources = Map.of(ct1.sopInstanceUid(), files.file(ct1, Variant.EXPLICIT_LITTLE), ct2.sopInstanceUid(),
                files.file(ct2, Variant.EXPLICIT_LITTLE), mg.sopInstanceUid(), files.file(mg, Variant.JPEG_BASELINE));
        orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")), AE,
                OrthancServer.Options.dicomWeb(GOOD.user(), GOOD.secret()));
        orthanc.load(AE, sources.values().toArray(Path[]::new));
    }

    @AfterAll
    static void stop() {
        if (orthanc != null) {
            orthanc.close();
        }
    }

    private static StudyArchive web(URI url, WebCredentials credentials) {
        return StudyArchives.open(ArchiveEndpoint.dicomWeb(url, credentials, null), AE, Dicom.network(),
                Dicom.reader());
    }

    private static Map<String, StudySummary> studies(StudyArchive archive, LocalDate from, LocalDate to)
            throws DicomExchangeException {
        return archive.findStudies(from, to, TIMEOUT).stream()
                .collect(Collectors.toMap(StudySummary::studyInstanceUid, Function.identity()));
    }

    @Test
    void qidoListsTheStudiesOfTheRangeWithTheirCounts() throws Exception {
        StudyArchive archive = web(orthanc.dicomWebUrl(), GOOD);
        Map<String, StudySummary> march = studies(archive, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

        assertEquals(Set.of(ct1.studyInstanceUid(), mg.studyInstanceUid()), march.keySet());
        StudySummary ct = march.get(ct1.studyInstanceUid());
        assertEquals(LocalDate.of(2024, 3, 10), ct.studyDate());
        assertEquals("P1", ct.patientId());
        assertEquals("CT", ct.modalities());
        assertEquals(2, ct.numberOfInstances());
        assertEquals(Set.of(mg.studyInstanceUid()),
                studies(archive, LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12)).keySet());
        assertTrue(studies(archive, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).isEmpty());
        assertEquals(Set.of(ct1.sopInstanceUid(), ct2.sopInstanceUid()),
                Set.copyOf(archive.findInstances(ct1.studyInstanceUid(), TIMEOUT)));
    }

    @Test
    void wadoBringsBackEveryObjectAsStored() throws Exception {
        StudyArchive archive = web(orthanc.dicomWebUrl(), GOOD);
        Map<String, StudySummary> march = studies(archive, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        Path folder = Files.createDirectories(dir.resolve("wado-ct"));

        RetrievedStudy got = archive.retrieveStudy(march.get(ct1.studyInstanceUid()), folder, TIMEOUT);

        assertEquals(Set.of(ct1.sopInstanceUid(), ct2.sopInstanceUid()),
                got.files().stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        for (Path f : got.files()) {
            assertEquals(DataSetDigest.sha256(sources.get(f.getFileName().toString())), DataSetDigest.sha256(f),
                    "the data set as stored");
        }
        Path mgFolder = Files.createDirectories(dir.resolve("wado-mg"));
        RetrievedStudy lossy = archive.retrieveStudy(march.get(mg.studyInstanceUid()), mgFolder, TIMEOUT);
        DicomHeader h = Dicom.reader().read(lossy.files().get(0));
        assertEquals(Variant.JPEG_BASELINE.transferSyntaxUid, h.transferSyntaxUid(), "not transcoded on the way");
    }

    @Test
    void echoProvesTheCredentials() {
        EchoResult ok = web(orthanc.dicomWebUrl(), GOOD).echo(TIMEOUT);
        assertTrue(ok.success(), ok.message());

        EchoResult none = web(orthanc.dicomWebUrl(), WebCredentials.NONE).echo(TIMEOUT);
        assertFalse(none.success());
        assertTrue(none.message().contains("HTTP 401") && none.message().contains("wants credentials"),
                none.message());

        EchoResult wrong = web(orthanc.dicomWebUrl(), WebCredentials.basic("dr-check", "wrong")).echo(TIMEOUT);
        assertFalse(wrong.success());
        assertTrue(wrong.message().contains("refused our credentials"), wrong.message());
        assertFalse(wrong.message().contains("wrong"), "the password never shows: " + wrong.message());
    }

    @Test
    void aStudyOrUrlNotThereIs404() throws Exception {
        StudyArchive archive = web(orthanc.dicomWebUrl(), GOOD);
        StudySummary missing = new StudySummary("1.2.826.0.1.3680043.10.99.1", null, null, null, null, null, null,
                null, null);
        DicomExchangeException e = assertThrows(DicomExchangeException.class,
                () -> archive.retrieveStudy(missing, Files.createDirectories(dir.resolve("missing")), TIMEOUT));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());

        URI wrongBase = URI.create("http://127.0.0.1:" + orthanc.httpPort() + "/no-such-root");
        EchoResult echo = web(wrongBase, GOOD).echo(TIMEOUT);
        assertFalse(echo.success());
        assertTrue(echo.message().contains("HTTP 404") && echo.message().contains("wrong base URL"), echo.message());
    }

    @Test
    void nothingListeningIsNamed() {
        int port = OrthancServer.freePorts(1)[0];
        EchoResult echo = web(URI.create("http://127.0.0.1:" + port + "/dicom-web"), GOOD).echo(TIMEOUT);
        assertFalse(echo.success());
        assertTrue(echo.message().contains("connection refused"), echo.message());
    }

    @Test
    void anAnswerCutOffInAnObjectIsATruncatedObject() throws Exception {
        // a server (or a proxy) that drops the connection mid-object: the first object whole, the second cut short
        byte[] whole = Files.readAllBytes(sources.get(ct1.sopInstanceUid()));
        byte[] cut = Files.readAllBytes(sources.get(ct2.sopInstanceUid()));
        String boundary = "cut-short";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dicom-web/studies/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type",
                    "multipart/related; type=\"application/dicom\"; boundary=" + boundary);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(whole);
                out.write(("\r\n--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(cut, 0, cut.length / 2);
            }
        });
        server.start();
        try {
            StudyArchive archive = web(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dicom-web"),
                    GOOD);
            StudySummary study = new StudySummary(ct1.studyInstanceUid(), null, null, null, null, null, null, null, 2);
            DicomExchangeException e = assertThrows(DicomExchangeException.class,
                    () -> archive.retrieveStudy(study, Files.createDirectories(dir.resolve("cut")), TIMEOUT));
            assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("object 2")
                    && e.getMessage().contains("1 complete objects"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void credentialsNeverShowTheirSecret() {
        assertEquals("basic authentication as dr-check", GOOD.toString());
        assertEquals("bearer token", WebCredentials.bearer("abc.def").toString());
        assertEquals(List.of("Bearer abc.def"), WebCredentials.bearer("abc.def").authorization().stream().toList());
        assertThrows(IllegalArgumentException.class, () -> ArchiveEndpoint.parseUrl("ftp://host/dicom-web"));
        assertEquals("https://vna.example/dicom-web", ArchiveEndpoint.parseUrl("https://vna.example/dicom-web/")
                .toString());
    }
}
