package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.dicom.DicomNode;
import org.custodian.dr.core.BoardReport;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.RecoveryTrend;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.model.ConsoleRole;
import org.custodian.model.DrPlan;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.report.ChartData;
import org.custodian.store.AccessDeniedException;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.TrailEntry;
import org.custodian.testing.OrthancServer;
import org.custodian.testing.TestDatabases;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run users saw passed and charted as perfect: "Verify now" against a real DR Orthanc while the primary does
 * not answer its echo. Its verdict must follow the evidence, its sign-off must be a second person's, proven by
 * their own password, and its unmeasured RPO must never become 0 minutes in the charts or the board report.
 */
class VerdictAndSignOffTest {
    static final String AE = "CUSTODIAN";
    static final String LEAD = "second_lead";
    static final String AUDITOR = "an_auditor";
    static final String THEIR_PASSWORD = "a phrase of their own";

    @TempDir
    static Path dir;
    static OrthancServer dr;
    static DicomNode primaryDown;

    Store store;
    RecoveryVerification service;
    DrPlan plan;
    TestRun failed;

    @BeforeAll
    static void start() throws IOException {
        dr = OrthancServer.start(Files.createDirectories(dir.resolve("dr")), AE);
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            primaryDown = new DicomNode("PRIMARY_DOWN", "127.0.0.1", s.getLocalPort());
        }
    }

    @AfterAll
    static void stop() {
        if (dr != null) {
            dr.close();
        }
    }

    @BeforeEach
    void verifyWhileThePrimaryIsDown() throws IOException {
        store = Services.get(Store.class);
        service = Services.get(RecoveryVerification.class);
        Path db = Files.createTempDirectory(dir, "db").resolve("db");
        store.create(TestDatabases.config(db));
        store.users().create(LEAD, THEIR_PASSWORD.toCharArray(), ConsoleRole.IT_SECURITY_LEAD, null);
        store.users().create(AUDITOR, THEIR_PASSWORD.toCharArray(), ConsoleRole.AUDITOR, null);
        plan = ModelFactory.eINSTANCE.createDrPlan();
        plan.setName("Ransomware");
        plan.setRpoMinutes(240);
        plan.setRtoMinutes(120);
        plan.setTestFrequencyDays(30);
        store.entities().save(plan);
        DrCheck check = new DrCheck(primaryDown, dr.node(), AE, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 3,
                1, Duration.ofSeconds(10), Files.createTempDirectory(dir, "work"), 240, 120);
        DrReport report = service.verify(check, new NullProgressMonitor());
        failed = service.record(plan, report);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TestRun stored() {
        DrPlan back = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        return back.getRuns().stream().filter(r -> r.getId().equals(failed.getId())).findFirst().orElseThrow();
    }

    @Test
    void aPassOfTheFailedRunIsRefusedWithoutAJustificationAndKeptWithOne() {
        assertEquals(RunResult.ERRORS, failed.getResult());
        assertTrue(failed.getErrors().get(0).startsWith("echo " + primaryDown), failed.getErrors().toString());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> service.recordVerdict(plan, failed.getId(), Verdict.PASS, null, null));
        assertTrue(refused.getMessage().contains("needs a written justification"), refused.getMessage());
        assertEquals(Verdict.NONE, stored().getOperatorVerdict(), "nothing recorded");

        String why = "the primary was in its patching window; DR verified on its own the next morning";
        service.recordVerdict(plan, failed.getId(), Verdict.PASS, null, why);

        TestRun back = stored();
        assertEquals(Verdict.PASS, back.getOperatorVerdict());
        assertEquals(why, back.getVerdictJustification());
        assertEquals(TestDatabases.USER, back.getOperatorUser(), "the operator is the signed-in user");
        TrailEntry entry = store.trail().newest(0, 1).get(0);
        assertEquals("DR verdict", entry.action());
        assertEquals(TestDatabases.USER, entry.user());
        assertTrue(entry.detail().contains("justification: " + why), entry.detail());
        assertTrue(entry.detail().contains("SHA-256 " + back.getEvidence().get(0).getSha256()), entry.detail());
    }

    @Test
    void theSignOffIsRefusedToTheOperatorAWrongPasswordAndARoleThatMayNotSign() {
        service.recordVerdict(plan, failed.getId(), Verdict.FAIL, "primary to be fixed", null);
        long trailBefore = store.trail().count();

        IllegalStateException self = assertThrows(IllegalStateException.class, () -> service.signOff(plan,
                failed.getId(), TestDatabases.USER, TestDatabases.PASSWORD.toCharArray()));
        assertTrue(self.getMessage().contains("second person"), self.getMessage());
        StoreException wrong = assertThrows(StoreException.class,
                () -> service.signOff(plan, failed.getId(), LEAD, "not their password".toCharArray()));
        assertTrue(wrong.getMessage().contains("password of " + LEAD + " is wrong"), wrong.getMessage());
        AccessDeniedException role = assertThrows(AccessDeniedException.class,
                () -> service.signOff(plan, failed.getId(), AUDITOR, THEIR_PASSWORD.toCharArray()));
        assertTrue(role.getMessage().contains("may not record DR tests, verdicts and sign-offs"), role.getMessage());

        assertEquals(null, stored().getSignedOffUser(), "no refusal signs the run off");
        assertFalse(store.trail().newest(0, 10).stream().anyMatch(e -> e.action().equals("DR sign-off")));
        assertEquals(trailBefore + 1, store.trail().count(), "only the wrong password is on the trail, as at sign-in");
    }

    @Test
    void theSecondPersonSignsOffWithTheirOwnPasswordOnTheTrailWithTheEvidenceHash() {
        assertThrows(IllegalStateException.class, () -> service.signOff(plan, "last", LEAD, THEIR_PASSWORD.toCharArray()),
                "no sign-off before the verdict");
        service.recordVerdict(plan, "last", Verdict.FAIL, null, null);

        service.signOff(plan, "last", LEAD, THEIR_PASSWORD.toCharArray());

        TestRun back = stored();
        assertEquals(LEAD, back.getSignedOffUser());
        assertTrue(back.getSignedOffAt() != null);
        TrailEntry entry = store.trail().newest(0, 1).get(0);
        assertEquals("DR sign-off", entry.action());
        assertEquals(LEAD, entry.user(), "on the trail under the signer's own name");
        assertTrue(entry.subject().contains(back.getId()), entry.subject());
        assertTrue(entry.detail().contains("verdict FAIL by " + TestDatabases.USER), entry.detail());
        assertTrue(entry.detail().contains("SHA-256 " + back.getEvidence().get(0).getSha256()), entry.detail());
        assertTrue(entry.detail().contains("in the session of " + TestDatabases.USER), entry.detail());
        assertTrue(store.trail().verify().intact(), "part of the hash chain");
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> service.signOff(plan, "last", LEAD, THEIR_PASSWORD.toCharArray()));
        assertTrue(twice.getMessage().contains("signed off already"), twice.getMessage());
    }

    @Test
    void theUnmeasuredRpoIsAGapInTheTrendAndNotMeasuredInTheBoardReport() throws Exception {
        TestRun back = stored();
        assertFalse(back.isSetRpoAchievedMinutes(), "the primary never answered: no RPO");
        assertFalse(back.isSetRtoAchievedMinutes());
        DrPlan stored = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        TestRun measured = ModelFactory.eINSTANCE.createTestRun();
        measured.setStarted(java.util.Date.from(back.getStarted().toInstant().minus(Duration.ofDays(7))));
        measured.setResult(RunResult.SUCCESS);
        measured.setRpoAchievedMinutes(30);
        measured.setRtoAchievedMinutes(20);
        stored.getRuns().add(measured);

        ChartData rpo = RecoveryTrend.rpo(stored, 10, ZoneId.of("UTC"));
        double[] values = rpo.series().get(0).values();
        assertEquals(2, values.length);
        assertEquals(30.0, values[0]);
        assertTrue(Double.isNaN(values[1]), "the failed run is a gap, not 0 minutes: " + values[1]);
        assertTrue(Double.isNaN(RecoveryTrend.rto(stored, 10, ZoneId.of("UTC")).series().get(0).values()[1]));
        double[] boardRpo = BoardReport.trend(stored, RecoveryTrend.runs(stored, 10), ZoneId.of("UTC")).series().get(0)
                .values();
        assertTrue(Double.isNaN(boardRpo[1]), "the board's chart has the gap too");

        Path pdf = dir.resolve("board-" + plan.getId() + ".pdf");
        BoardReport.write(List.of(stored), "Test Trust", Instant.now(), ZoneId.of("UTC"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("240 min / not measured"), "RPO target / last achieved: " + text);
        assertFalse(text.contains("240 min / 0 min"), text);
    }
}
