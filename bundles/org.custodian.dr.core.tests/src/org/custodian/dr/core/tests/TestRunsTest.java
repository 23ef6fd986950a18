package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.custodian.dicom.DicomNode;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.DrReport;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.model.EvidenceFile;

import org.custodian.dr.core.Finding;
import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.RecoveryTargets;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.RunResult;
import org.custodian.model.Staff;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.store.Store;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test runs saved into a real encrypted database, the operator's verdict, the second person's sign-off, due dates. */
class TestRunsTest {

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Services.get(Store.class);
        store.create(TestDatabases.config(dir.resolve("db")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Staff staff(String name) {
        Staff s = ModelFactory.eINSTANCE.createStaff();
        s.setFamilyName(name);
        store.entities().save(s);
        return s;
    }

    private static DrPlan plan(int everyDays) {
        DrPlan p = ModelFactory.eINSTANCE.createDrPlan();
        p.setName("Ransomware: restore PACS from immutable copy");
        p.setTestFrequencyDays(everyDays);
        return p;
    }

    @Test
    void aRunIsSavedWithItsFindingsAndSignedOffByASecondPerson() {
        DrPlan plan = plan(90);
        store.entities().save(plan);
        TestRuns runs = new TestRuns(store.entities());
        TestRun run = runs.record(plan, TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-01-10T09:00:00Z"),
                Duration.ofSeconds(75), RunResult.ERRORS, List.of(Finding.failure("missing", "1.2.3", "not on DR"),
                        Finding.warning("extra", "4.5", "not on primary"), Finding.info("rpo", "", "0 min"))));
        Staff operator = staff("Operator");
        Staff lead = staff("Lead");

        assertThrows(IllegalStateException.class, () -> runs.signOff(plan, run, "lead", lead, Instant.now()),
                "no sign-off before the operator's verdict");
        runs.verdict(plan, run, "operator", operator, Verdict.FAIL, "study 1.2.3 to be re-sent", null, Instant.now());
        IllegalStateException self = assertThrows(IllegalStateException.class,
                () -> runs.signOff(plan, run, "OPERATOR", null, Instant.now()));
        assertTrue(self.getMessage().contains("second person"), self.getMessage());
        IllegalStateException sameStaff = assertThrows(IllegalStateException.class,
                () -> runs.signOff(plan, run, "another account", operator, Instant.now()));
        assertTrue(sameStaff.getMessage().contains("second person"), "one person, two accounts: " + sameStaff.getMessage());
        runs.signOff(plan, run, "lead", lead, Instant.parse("2026-01-11T10:00:00Z"));
        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> runs.verdict(plan, run, "operator", operator, Verdict.PASS, null, "changed my mind", Instant.now()));
        assertTrue(again.getMessage().contains("can no longer change"), again.getMessage());

        DrPlan loaded = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        TestRun back = loaded.getRuns().get(0);
        assertEquals(RunResult.ERRORS, back.getResult());
        assertEquals(List.of("missing 1.2.3: not on DR"), back.getErrors());
        assertEquals(List.of("extra 4.5: not on primary"), back.getWarnings());
        assertEquals(75, back.getDurationSeconds());
        assertEquals(Verdict.FAIL, back.getOperatorVerdict());
        assertEquals("Operator", back.getOperator().getFamilyName());
        assertEquals("operator", back.getOperatorUser());
        assertEquals("Lead", back.getSignedOffBy().getFamilyName());
        assertEquals("lead", back.getSignedOffUser());
        assertEquals("Lead (lead)", TestRuns.signer(back));
        assertEquals(Date.from(Instant.parse("2026-01-11T10:00:00Z")), back.getSignedOffAt());
    }

    @Test
    void aRecordedVerificationKeepsItsFullFindingsAsEvidence() throws Exception {
        DrPlan plan = plan(30);
        plan.setRpoMinutes(60);
        store.entities().save(plan);
        DicomNode node = new DicomNode("PACS", "127.0.0.1", 104);
        DrCheck check = new DrCheck(node, node, "CUSTODIAN", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 0, 1,
                Duration.ofSeconds(5), dir, 60, 0);
        DrReport report = new DrReport(check, Instant.parse("2026-02-01T08:00:00Z"), Duration.ofSeconds(90), null,
                Duration.ofMinutes(90), null, null, 0, List.of(Finding.info("day", "2026-01-05", "primary 3, DR 3 studies"),
                        Finding.failure("rpo", "", "newest DR study is 90 min behind, above the target of 60 min")),
                false);

        TestRun run = Services.get(RecoveryVerification.class).record(plan, report);

        DrPlan loaded = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        TestRun back = loaded.getRuns().get(0);
        assertEquals(run.getId(), back.getId());
        assertEquals(90, back.getRpoAchievedMinutes());
        assertEquals(List.of("rpo: newest DR study is 90 min behind, above the target of 60 min"), back.getErrors());
        assertEquals(1, back.getEvidence().size());
        EvidenceFile e = back.getEvidence().get(0);
        Path file = Path.of(e.getPath());
        assertEquals(dir.resolve("evidence").toAbsolutePath(), file.getParent(), "evidence sits beside the database");
        String csv = Files.readString(file);
        assertTrue(csv.startsWith("severity,check,subject,detail\r\nINFO,day,2026-01-05,"), csv);
        assertTrue(csv.contains("FAILURE,rpo,,"), "the info rows the run does not keep are in the evidence: " + csv);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
                e.getSha256());
        assertEquals(Files.size(file), e.getSizeBytes());
    }

    @Test
    void aPlanIsOverdueWhenItsLastSuccessfulTestIsOlderThanItsFrequency() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        DrPlan never = plan(30);
        assertTrue(PlanStatus.of(never, now).overdue(), "never tested: due now");

        DrPlan plan = plan(30);
        plan.getRuns().add(TestRuns.fromFindings(TestOperation.TEST, now.minus(10, ChronoUnit.DAYS), Duration.ZERO,
                RunResult.SUCCESS, List.of()));
        PlanStatus fine = PlanStatus.of(plan, now);
        assertFalse(fine.overdue());
        assertEquals(now.plus(20, ChronoUnit.DAYS), fine.nextDue());

        // a later failed run does not reset the clock; the successful one 40 days ago does not cover 30 days
        DrPlan stale = plan(30);
        stale.getRuns().add(TestRuns.fromFindings(TestOperation.TEST, now.minus(40, ChronoUnit.DAYS), Duration.ZERO,
                RunResult.SUCCESS, List.of()));
        stale.getRuns().add(TestRuns.fromFindings(TestOperation.TEST, now.minus(1, ChronoUnit.DAYS), Duration.ZERO,
                RunResult.ERRORS, List.of()));
        PlanStatus late = PlanStatus.of(stale, now);
        assertTrue(late.overdue());
        assertEquals(RunResult.ERRORS, late.lastRun().getResult());

        DrPlan noFrequency = plan(0);
        assertFalse(PlanStatus.of(noFrequency, now).overdue());
    }

    @Test
    void aPassTheEvidenceDoesNotSupportNeedsAJustificationWhichIsKept() {
        DrPlan plan = plan(30);
        store.entities().save(plan);
        TestRuns runs = new TestRuns(store.entities());
        TestRun errored = runs.record(plan, TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-03-01T09:00:00Z"),
                Duration.ofSeconds(30), RunResult.ERRORS, List.of(Finding.failure("echo", "PACS@10.0.0.1:104",
                        "connection refused"))));
        TestRun empty = runs.record(plan, TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-03-02T09:00:00Z"),
                Duration.ofSeconds(30), RunResult.UNVERIFIED, List.of(Finding.nothingVerified("no study in range"))));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> runs.verdict(plan, errored,
                "operator", null, Verdict.PASS, null, "  ", Instant.now()));
        assertTrue(refused.getMessage().contains("needs a written justification")
                && refused.getMessage().contains("1 error(s), first: echo PACS@10.0.0.1:104: connection refused"),
                refused.getMessage());
        IllegalStateException nothing = assertThrows(IllegalStateException.class, () -> runs.verdict(plan, empty,
                "operator", null, Verdict.PASS, null, null, Instant.now()));
        assertTrue(nothing.getMessage().contains("it verified nothing"), nothing.getMessage());
        assertEquals(Verdict.NONE, errored.getOperatorVerdict(), "nothing is recorded when refused");

        runs.verdict(plan, empty, "operator", null, Verdict.FAIL, null, null, Instant.now());
        runs.verdict(plan, errored, "operator", null, Verdict.PASS, "notes", "the primary was down for its planned "
                + "patching window; DR answered and was verified the next day", Instant.parse("2026-03-01T10:00:00Z"));

        DrPlan loaded = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        TestRun back = loaded.getRuns().get(0);
        assertEquals(Verdict.PASS, back.getOperatorVerdict());
        assertTrue(back.getVerdictJustification().startsWith("the primary was down"), back.getVerdictJustification());
        assertEquals(Date.from(Instant.parse("2026-03-01T10:00:00Z")), back.getVerdictAt());
        assertEquals("PASS (justified)", RecoveryTargets.verdict(back));
        assertEquals(Verdict.FAIL, loaded.getRuns().get(1).getOperatorVerdict(), "a Fail needs no justification");
        assertFalse(PlanStatus.passed(back), "a justified Pass of a failed run is not a successful test");
    }

    @Test
    void aMissedTargetIsNamedAndTheRunIsNeitherASuccessNorAPlainPass() {
        DrPlan plan = plan(30);
        plan.setRpoMinutes(240);
        plan.setRtoMinutes(120);
        TestRun run = TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-03-01T09:00:00Z"), Duration.ZERO,
                RunResult.SUCCESS, List.of());
        run.setRpoAchievedMinutes(328);
        run.setRtoAchievedMinutes(142);
        run.setOperatorVerdict(Verdict.PASS);
        plan.getRuns().add(run);
        TestRun met = TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-03-02T09:00:00Z"), Duration.ZERO,
                RunResult.SUCCESS, List.of());
        met.setRpoAchievedMinutes(240);
        met.setRtoAchievedMinutes(120);
        plan.getRuns().add(met);

        assertEquals(List.of("RPO 328 > 240 min", "RTO 142 > 120 min"), RecoveryTargets.missed(run));
        assertEquals("SUCCESS, target missed", RecoveryTargets.result(run));
        assertEquals("PASS, target missed", RecoveryTargets.verdict(run));
        assertFalse(PlanStatus.passed(run), "a run that missed its targets is not a successful test");
        assertTrue(TestRuns.passObjections(plan, run).contains("it missed a target: RTO 142 > 120 min"));
        assertEquals(List.of(), RecoveryTargets.missed(met), "a target met exactly is met");
        assertEquals("SUCCESS", RecoveryTargets.result(met));
        assertEquals(met, PlanStatus.of(plan, Instant.parse("2026-03-03T00:00:00Z")).lastSuccess());
    }

    @Test
    void anUnmeasuredRpoIsStoredAsUnknownNotAsZero() {
        DrPlan plan = plan(30);
        store.entities().save(plan);
        TestRun unmeasured = TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-03-01T09:00:00Z"),
                Duration.ZERO, RunResult.ERRORS, List.of(Finding.failure("echo", "", "no answer")));
        TestRun onTime = TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-03-02T09:00:00Z"),
                Duration.ZERO, RunResult.SUCCESS, List.of());
        onTime.setRpoAchievedMinutes(0);
        new TestRuns(store.entities()).record(plan, unmeasured);
        new TestRuns(store.entities()).record(plan, onTime);

        DrPlan loaded = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        assertFalse(loaded.getRuns().get(0).isSetRpoAchievedMinutes(), "not measured stays unset through the store");
        assertEquals(null, RecoveryTargets.rpo(loaded.getRuns().get(0)));
        assertEquals(Integer.valueOf(0), RecoveryTargets.rpo(loaded.getRuns().get(1)),
                "a measured 0 (DR up to date) is kept as 0");
    }

    @Test
    void aRunIsFoundByItsIdTheStartOfItOrAsTheLast() {
        DrPlan plan = plan(30);
        TestRun older = TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-03-01T09:00:00Z"), Duration.ZERO,
                RunResult.SUCCESS, List.of());
        older.setId("aaaa1111-0000");
        TestRun newer = TestRuns.fromFindings(TestOperation.TEST, Instant.parse("2026-03-02T09:00:00Z"), Duration.ZERO,
                RunResult.SUCCESS, List.of());
        newer.setId("aaaa2222-0000");
        plan.getRuns().add(newer);
        plan.getRuns().add(older);
        assertEquals(newer, TestRuns.find(plan, "last"));
        assertEquals(older, TestRuns.find(plan, "AAAA1111-0000"));
        assertEquals(newer, TestRuns.find(plan, "aaaa2"));
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> TestRuns.find(plan, "aaaa"));
        assertTrue(both.getMessage().contains("2 test runs"), both.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestRuns.find(plan, "bbbb"));
    }
}
