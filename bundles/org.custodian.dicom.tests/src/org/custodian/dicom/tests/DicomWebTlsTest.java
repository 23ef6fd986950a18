package org.custodian.dicom.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.Dicom;
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
import org.custodian.testing.TlsCertificate;
import org.custodian.testing.TlsProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DICOMweb over TLS: Orthanc's plugin behind HTTPS (stunnel in front of it, as a trust's reverse proxy, with a
 * certificate openssl made for the test), and basic authentication. A console that trusts the certificate lists and retrieves; one that does not is told the
 * certificate is not trusted, and nothing is sent in the clear.
 */
class DicomWebTlsTest {

    static final WebCredentials WEB = WebCredentials.basic("dr-check", "Tls-Pass-9");
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    static OrthancServer orthanc;
    static TlsCertificate tls;
    static TlsProxy proxy;
    static java.net.URI url;
    static Instance study;

    @BeforeAll
    static void start() throws Exception {
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        study = DcmtkFiles.newInstance("P1", "CT", "20240310");
        tls = TlsCertificate.make(Files.createDirectories(dir.resolve("tls")));
        orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")), "CUSTODIAN",
                OrthancServer.Options.dicomWeb(WEB.user(), WEB.secret()));
        proxy = TlsProxy.start(dir.resolve("tls"), tls, orthanc.httpPort());
        url = proxy.https(orthanc.dicomWebUrl());
        orthanc.load("CUSTODIAN", files.file(study, Variant.EXPLICIT_LITTLE));
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (orthanc != null) {
            orthanc.close();
        }
    }

    @Test
    void aTrustedServerIsListedAndRetrievedOverHttps() throws Exception {
        assertTrue(url.getScheme().equals("https"));
        StudyArchive archive = StudyArchives.open(ArchiveEndpoint.dicomWeb(url, WEB, null),
                "CUSTODIAN", Dicom.network(), Dicom.reader(), tls.trustingClient());
        List<StudySummary> found = archive.findStudies(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), TIMEOUT);
        assertEquals(List.of(study.studyInstanceUid()), found.stream().map(StudySummary::studyInstanceUid).toList());
        RetrievedStudy got = archive.retrieveStudy(found.get(0), Files.createDirectories(dir.resolve("got")), TIMEOUT);
        assertEquals(1, got.files().size());
    }

    @Test
    void anUntrustedCertificateIsNamed() {
        StudyArchive archive = StudyArchives.open(ArchiveEndpoint.dicomWeb(url, WEB, null),
                "CUSTODIAN", Dicom.network(), Dicom.reader());
        EchoResult echo = archive.echo(TIMEOUT);
        assertFalse(echo.success());
        assertTrue(echo.message().contains("TLS failed") && echo.message().contains("certificate trusted"),
                echo.message());
    }
}
