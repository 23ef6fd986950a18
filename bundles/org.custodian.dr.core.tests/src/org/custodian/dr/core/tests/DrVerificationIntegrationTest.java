package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.custodian.dicom.DicomNode;
import org.custodian.dr.core.CompressionAudit;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.Severity;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.EvidenceFile;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;
import org.custodian.store.Store;
import org.custodian.store.TrailEntry;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.custodian.testing.TestDatabases;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A primary and a DR Orthanc on loopback, loaded by dcmsend with files made by dcmtk: one study missing on DR,
 * one whose DR copy has altered pixels (same UIDs), one extra on DR, one lossy mammogram. The verification runs
 * through the Declarative Services component, as the console and the command line call it.
 */
class DrVerificationIntegrationTest {

    static final String AE = "CUSTODIAN";
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static OrthancServer primary;
    static OrthancServer dr;
    static Instance intact;
    static Instance intact2;
    static Instance corrupted;
    static Instance missing;
    static Instance extra;
    static Instance mammogram;

    @BeforeAll
    static void start() throws IOException {
        DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
        intact = DcmtkFiles.newInstance("P1", "CT", "20240301");
        intact2 = DcmtkFiles.nextInstance(intact);
        corrupted = DcmtkFiles.newInstance("P2", "CT", "20240302");
        missing = DcmtkFiles.newInstance("P3", "CT", "20240303");
        extra = DcmtkFiles.newInstance("P4", "CT", "20240302");
        mammogram = DcmtkFiles.newInstance("P5", "MG", "20240301");
        primary = OrthancServer.start(Files.createDirectories(dir.resolve("primary")), AE);
        dr = OrthancServer.start(Files.createDirectories(dir.resolve("dr")), AE);
        Path a = files.file(intact, Variant.EXPLICIT_LITTLE);
        Path a2 = files.file(intact2, Variant.EXPLICIT_LITTLE);
        Path mg = files.file(mammogram, Variant.JPEG_BASELINE);
        primary.load(AE, a, a2, mg, files.file(corrupted, Variant.EXPLICIT_LITTLE),
                files.file(missing, Variant.EXPLICIT_LITTLE));
        dr.load(AE, a, a2, mg, files.file(corrupted, Variant.PIXELS_ALTERED), files.file(extra, Variant.EXPLICIT_LITTLE));
    }

    @AfterAll
    static void stop() {
        if (primary != null) {
            primary.close();
        }
        if (dr != null) {
            dr.close();
        }
    }

    private DrCheck check(DicomNode drNode, int sample, String work) throws IOException {
        return new DrCheck(primary.node(), drNode, AE, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), sample, 42,
                TIMEOUT, Files.createDirectories(dir.resolve(work)), 0, 60);
    }

    private static List<Finding> failures(DrReport r, String check) {
        return r.findings().stream().filter(f -> f.severity() == Severity.FAILURE && f.check().equals(check)).toList();
    }

    @Test
    void missingStudyCorruptedObjectAndExtraStudyAreReported() throws Exception {
        RecoveryVerification service = Services.get(RecoveryVerification.class);

        DrReport r = service.verify(check(dr.node(), 10, "work-full"), new NullProgressMonitor());

        assertEquals(RunResult.ERRORS, r.result(), r.findings().toString());
        assertEquals(List.of(missing.studyInstanceUid()), failures(r, "missing").stream().map(Finding::subject).toList());
        assertTrue(r.findings().stream().anyMatch(f -> f.check().equals("extra")
                && f.subject().equals(extra.studyInstanceUid()) && f.severity() == Severity.WARNING), r.findings().toString());
        List<Finding> objects = failures(r, "object");
        assertEquals(1, objects.size(), objects.toString());
        assertEquals(corrupted.sopInstanceUid(), objects.get(0).subject());
        assertTrue(objects.get(0).detail().contains("differs from the primary's"), objects.get(0).detail());
        assertTrue(r.findings().stream().anyMatch(f -> f.check().equals("study") && f.severity() == Severity.INFO
                && f.subject().equals(intact.studyInstanceUid()) && f.detail().startsWith("2 objects")), r.findings().toString());
        assertEquals(4, r.objectsChecked(), "3 sampled studies on both sides: 2 + 1 + 1 objects");
        assertEquals(Duration.ofHours(24), r.rpoAchieved(), "newest on primary 03-03, on DR 03-02");
        assertNotNull(r.rtoFirst());
        assertNotNull(r.rtoLast());
        assertTrue(r.findings().stream().anyMatch(f -> f.check().equals("rto") && f.detail().contains("target 60 min")));
        assertFalse(r.cancelled());

        // the mammogram came back from DR as it is stored there: lossy, against a lossless-only policy
        CompressionAudit.Result audit = service.auditCompression(dir.resolve("work-full").resolve("DR"),
                CompressionPolicy.parse("MG"), new NullProgressMonitor());
        List<Finding> lossy = audit.findings().stream().filter(f -> f.check().equals("lossy")).toList();
        assertEquals(1, lossy.size(), audit.findings().toString());
        assertEquals(Severity.FAILURE, lossy.get(0).severity());
        assertTrue(lossy.get(0).subject().endsWith(mammogram.sopInstanceUid()), lossy.get(0).subject());
    }

    @Test
    void aMigrationIsSignedOffOnlyOnceNothingOfTheOldPacsIsMissing() throws Exception {
        RecoveryVerification service = Services.get(RecoveryVerification.class);
        Store store = Services.get(Store.class);
        store.create(TestDatabases.config(dir.resolve("migration").resolve("db")));
        try {
            // the whole month: P3's study is on the old PACS only, so the gate is closed and nothing is recorded
            LocalDate from = LocalDate.of(2024, 3, 1);
            long trailBefore = store.trail().count();
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> service.signOffMigration(primary.node(), dr.node(), AE, from, LocalDate.of(2024, 3, 31),
                            TIMEOUT));
            assertTrue(refused.getMessage().contains("closed: 1 studies of the old PACS are missing"),
                    refused.getMessage());
            assertEquals(trailBefore, store.trail().count(), "a refused sign-off records nothing");

            // the first day only: everything of the old PACS is on the new one
            EvidenceFile evidence = service.signOffMigration(primary.node(), dr.node(), AE, from, from, TIMEOUT);
            Path file = Path.of(evidence.getPath());
            assertTrue(Files.readString(file).contains("gate,,open: all 2 studies"), Files.readString(file));
            assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file))), evidence.getSha256());
            TrailEntry entry = store.trail().newest(0, 1).get(0);
            assertEquals("sign off migration", entry.action());
            assertEquals(primary.node() + " -> " + dr.node(), entry.subject());
            assertTrue(entry.detail().contains(evidence.getSha256()), entry.detail());
            assertTrue(store.trail().verify().intact(), "the sign-off is part of the hash chain");
        } finally {
            store.close();
        }
    }

    @Test
    void inventoryOnlyWithoutSample() throws Exception {
        DrReport r = Services.get(RecoveryVerification.class).verify(check(dr.node(), 0, "work-inv"),
                new NullProgressMonitor());
        assertEquals(0, r.objectsChecked());
        assertEquals(1, failures(r, "missing").size());
        assertEquals(null, r.rtoLast());
        assertTrue(r.nothingVerified(), "no study was retrieved: " + r.findings());
    }

    @Test
    void aRangeInWhichThePrimaryHoldsNoStudyVerifiesNothingAndIsNoSuccess() throws Exception {
        // the DR node against itself: nothing can differ, so only the empty range can stop a success
        DrCheck empty = new DrCheck(dr.node(), dr.node(), AE, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31), 5, 42,
                TIMEOUT, Files.createDirectories(dir.resolve("work-empty")), 60, 60);

        DrReport r = Services.get(RecoveryVerification.class).verify(empty, new NullProgressMonitor());

        assertEquals(RunResult.UNVERIFIED, r.result(), r.findings().toString());
        assertEquals(1, org.custodian.dr.core.Findings.exitCode(r.findings()), "a scheduler sees a warning");
        Finding said = r.findings().stream().filter(f -> f.check().equals(Finding.UNVERIFIED)).findFirst().orElseThrow();
        assertTrue(said.detail().contains("the primary holds no study from 2023-01-01 to 2023-01-31"), said.detail());
        assertEquals(null, r.rpoAchieved(), "no RPO was measured");
        assertEquals(null, r.rtoLast(), "no RTO was measured");
        TestRun run = TestRuns.fromReport(r);
        assertFalse(run.isSetRpoAchievedMinutes(), "recorded as unknown, not as 0 minutes");
        assertFalse(run.isSetRtoAchievedMinutes());
        assertFalse(PlanStatus.passed(run), "a run that verified nothing is no successful test");

        // the same node with a range that has studies, inventory only: the copies were not retrieved
        DrCheck listed = new DrCheck(dr.node(), dr.node(), AE, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 0,
                42, TIMEOUT, Files.createDirectories(dir.resolve("work-listed")), 0, 0);
        DrReport inventory = Services.get(RecoveryVerification.class).verify(listed, new NullProgressMonitor());
        assertEquals(RunResult.UNVERIFIED, inventory.result(), inventory.findings().toString());

        DrCheck sampled = new DrCheck(dr.node(), dr.node(), AE, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 2,
                42, TIMEOUT, Files.createDirectories(dir.resolve("work-sampled")), 0, 0);
        assertEquals(RunResult.SUCCESS, Services.get(RecoveryVerification.class).verify(sampled,
                new NullProgressMonitor()).result(), "studies retrieved and compared: a success");
    }

    @Test
    void anUnreachableDrNodeFailsClearlyAndFast() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DicomNode down = new DicomNode("DR_DOWN", "127.0.0.1", port);

        DrReport r = Services.get(RecoveryVerification.class).verify(check(down, 5, "work-down"), new NullProgressMonitor());

        assertEquals(RunResult.ERRORS, r.result());
        List<Finding> echo = failures(r, "echo");
        assertEquals(1, echo.size(), r.findings().toString());
        assertEquals(down.toString(), echo.get(0).subject());
        assertTrue(echo.get(0).detail().contains("connection refused"), echo.get(0).detail());
        assertEquals(null, r.diff(), "no inventory is compared when a node does not answer");
        assertTrue(r.duration().compareTo(TIMEOUT) < 0, "gave up at once: " + r.duration());
    }

    @Test
    void aCancelledVerificationStopsAndSaysSo() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        DrReport r = Services.get(RecoveryVerification.class).verify(check(dr.node(), 5, "work-cancel"), cancelled);
        assertTrue(r.cancelled());
        assertEquals(RunResult.CANCELLED, r.result());
        assertEquals(0, r.objectsChecked());
    }
}
