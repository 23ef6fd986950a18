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

        assertThrows(IllegalStateException.class, () -> runs.signOff(plan, run, lead, Instant.now()),
                "no sign-off before the operator's verdict");
        runs.verdict(plan, run, operator, Verdict.FAIL, "study 1.2.3 to be re-sent");
        IllegalStateException self = assertThrows(IllegalStateException.class,
                () -> runs.signOff(plan, run, operator, Instant.now()));
        assertTrue(self.getMessage().contains("second person"), self.getMessage());
        runs.signOff(plan, run, lead, Instant.parse("2026-01-11T10:00:00Z"));

        DrPlan loaded = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        TestRun back = loaded.getRuns().get(0);
        assertEquals(RunResult.ERRORS, back.getResult());
        assertEquals(List.of("missing 1.2.3: not on DR"), back.getErrors());
        assertEquals(List.of("extra 4.5: not on primary"), back.getWarnings());
        assertEquals(75, back.getDurationSeconds());
        assertEquals(Verdict.FAIL, back.getOperatorVerdict());
        assertEquals("Operator", back.getOperator().getFamilyName());
        assertEquals("Lead", back.getSignedOffBy().getFamilyName());
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
}
