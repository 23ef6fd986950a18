package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.WebCredentials;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Readiness;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.Severity;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;
import org.custodian.model.VerificationLevel;
import org.custodian.testing.DcmqrscpServer;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DR node that offers only C-MOVE (Orthanc with C-GET refused), one that is a DICOMweb server (Orthanc's plugin
 * with basic authentication), both verified against a dcmqrscp primary that also answers only C-MOVE; the DR copies
 * lack one object of one study. Every level finds what it should, the readiness check says what is granted and is
 * kept with the run, and a full verification resumes after a stop.
 */
class RetrieveMethodsTest {

    static final String AE = "CUSTODIAN";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    static final LocalDate TO = LocalDate.of(2024, 3, 31);
    static final WebCredentials WEB = WebCredentials.basic("dr-check", "Web-Pass-1");

    @TempDir
    static Path dir;
    static int movePort;
    static DcmqrscpServer primary;
    static OrthancServer moveOnly;
    static OrthancServer web;
    static Instance whole;
    static Instance lacking;
    static Instance lacking2;

    @BeforeAll
    static void start() throws IOException {
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        whole = DcmtkFiles.newInstance("P1", "CT", "20240305");
        lacking = DcmtkFiles.newInstance("P2", "MR", "20240306");
        lacking2 = DcmtkFiles.nextInstance(lacking);
        Path a = files.file(whole, Variant.EXPLICIT_LITTLE);
        Path b = files.file(lacking, Variant.EXPLICIT_LITTLE);
        Path b2 = files.file(lacking2, Variant.EXPLICIT_LITTLE);
        movePort = OrthancServer.freePorts(1)[0];
        primary = DcmqrscpServer.start(Files.createDirectories(dir.resolve("primary")), AE, movePort, false, a, b, b2);
        moveOnly = OrthancServer.start(Files.createDirectories(dir.resolve("move")), AE,
                OrthancServer.Options.moveOnly(movePort));
        moveOnly.load(AE, a, b);
        web = OrthancServer.start(Files.createDirectories(dir.resolve("web")), AE,
                OrthancServer.Options.dicomWeb(WEB.user(), WEB.secret()));
        web.load(AE, a, b);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] { primary, moveOnly, web }) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // the next one still stops
            }
        }
    }

    private static ArchiveEndpoint primaryNode() {
        return ArchiveEndpoint.cMove(primary.node(), movePort);
    }

    private static ArchiveEndpoint moveDr() {
        return ArchiveEndpoint.cMove(moveOnly.node(), movePort);
    }

    private static ArchiveEndpoint webDr() {
        return ArchiveEndpoint.dicomWeb(web.dicomWebUrl(), WEB, null);
    }

    private static DrCheck check(ArchiveEndpoint dr, VerificationLevel level, String work) throws IOException {
        return new DrCheck(primaryNode(), dr, AE, FROM, TO, level, 5, 7, TIMEOUT,
                Files.createDirectories(dir.resolve(work)), 0, 0, 2);
    }

    private static DrReport verify(DrCheck check) {
        return Services.get(RecoveryVerification.class).verify(check, new NullProgressMonitor());
    }

    private static List<String> failures(DrReport r, String check) {
        return r.findings().stream().filter(f -> f.severity() == Severity.FAILURE && f.check().equals(check))
                .map(Finding::subject).toList();
    }

    @Test
    void aMoveOnlyDrNodeIsVerifiedAndItsMissingObjectNamed() throws Exception {
        DrReport r = verify(check(moveDr(), VerificationLevel.SAMPLE, "move-sample"));

        assertEquals(RunResult.ERRORS, r.result(), r.findings().toString());
        assertEquals(List.of(lacking2.sopInstanceUid()), failures(r, "object"), r.findings().toString());
        assertEquals(3, r.objectsChecked() + 1, "both studies retrieved by C-MOVE from DR: " + r.findings());
        assertTrue(r.readiness().stream().anyMatch(f -> f.detail().startsWith("C-MOVE granted")), r.readiness()
                .toString());
        TestRun run = TestRuns.fromReport(r);
        assertEquals(VerificationLevel.SAMPLE, run.getVerificationLevel());
        assertEquals(2, run.getStudiesChecked());
        assertFalse(run.getReadiness().isEmpty(), "the readiness check is kept with the run");
    }

    @Test
    void aDicomWebDrNodeIsVerifiedAndItsMissingObjectNamed() throws Exception {
        DrReport r = verify(check(webDr(), VerificationLevel.SAMPLE, "web-sample"));

        assertEquals(RunResult.ERRORS, r.result(), r.findings().toString());
        assertEquals(List.of(lacking2.sopInstanceUid()), failures(r, "object"), r.findings().toString());
        assertTrue(r.readiness().stream().anyMatch(f -> f.detail().startsWith("DICOMweb granted")),
                r.readiness().toString());
        assertTrue(r.rtoLast() != null, "the DR retrieves were timed");
    }

    @Test
    void levelsBelowRetrieveFindTheLackingObjectButAreNoSuccess() throws Exception {
        DrReport counts = verify(check(webDr(), VerificationLevel.COUNT, "web-count"));
        assertEquals(List.of(lacking.studyInstanceUid()), failures(counts, "counts"), counts.findings().toString());

        DrReport presence = verify(check(moveDr(), VerificationLevel.PRESENCE, "move-presence"));
        assertEquals(List.of(lacking2.sopInstanceUid()), failures(presence, "presence"),
                presence.findings().toString());
        assertEquals(0, presence.objectsChecked(), "nothing retrieved at level PRESENCE");
        assertEquals(2, presence.studiesChecked());

        DrReport inventory = verify(check(webDr(), VerificationLevel.INVENTORY, "web-inventory"));
        assertEquals(RunResult.UNVERIFIED, inventory.result(), "the DR holds both studies, but nothing was retrieved: "
                + inventory.findings());
    }

    @Test
    void aFullVerificationResumesAfterAStop() throws Exception {
        DrCheck full = check(webDr(), VerificationLevel.FULL, "web-full");
        DrReport first = verify(full);
        assertEquals(2, first.studiesChecked(), first.findings().toString());
        assertEquals(List.of(lacking2.sopInstanceUid()), failures(first, "object"));
        try (var left = Files.list(full.workDir().resolve("DR"))) {
            assertEquals(0, left.filter(Files::isDirectory).flatMap(RetrieveMethodsTest::files).count(),
                    "a full run keeps no copies");
        }

        // the progress file is what a crash leaves: the next run over the same range takes both studies from it
        DrReport again = verify(full);
        assertTrue(again.findings().stream().anyMatch(f -> f.check().equals("resume")
                && f.detail().startsWith("resumed: 2 of 2 studies")), again.findings().toString());
        assertEquals(List.of(lacking2.sopInstanceUid()), failures(again, "object"), "the resumed findings are kept");
    }

    @Test
    void readinessSaysWhatIsRefused() throws Exception {
        ArchiveEndpoint getFromMoveOnly = ArchiveEndpoint.cGet(moveOnly.node());
        Readiness.Report r = Services.get(RecoveryVerification.class).readiness(check(getFromMoveOnly,
                VerificationLevel.SAMPLE, "ready-get"));
        assertFalse(r.ready(), r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.FAILURE
                && f.detail().startsWith("C-GET refused or failed")), r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.detail().startsWith("many PACS answer C-MOVE but not C-GET")),
                "the user is told which method to try: " + r.findings());

        ArchiveEndpoint wrongPassword = ArchiveEndpoint.dicomWeb(web.dicomWebUrl(),
                WebCredentials.basic("dr-check", "not-it"), null);
        Readiness.Report refused = Services.get(RecoveryVerification.class).readiness(check(wrongPassword,
                VerificationLevel.SAMPLE, "ready-401"));
        assertTrue(refused.findings().stream().anyMatch(f -> f.detail().contains("refuses us")
                && f.detail().contains("HTTP 401")), refused.findings().toString());

        Readiness.Report ok = Services.get(RecoveryVerification.class).readiness(check(moveDr(),
                VerificationLevel.SAMPLE, "ready-ok"));
        assertTrue(ok.ready(), ok.findings().toString());
        assertTrue(ok.findings().stream().anyMatch(f -> f.subject().startsWith("DR")
                && f.detail().equals("C-GET not allowed; the node offers C-MOVE")), ok.findings().toString());
        assertTrue(ok.findings().stream().anyMatch(f -> f.subject().equals("disk")), "room on disk checked");
    }

    private static java.util.stream.Stream<Path> files(Path folder) {
        try {
            return Files.list(folder).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
