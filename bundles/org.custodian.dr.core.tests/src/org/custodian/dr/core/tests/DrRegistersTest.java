package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.DrRegisters.NodeForm;
import org.custodian.dr.core.DrRegisters.PlanForm;
import org.custodian.dr.core.DrRegisters.PolicyForm;
import org.custodian.dr.core.Evidence;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.RecoveryTrend;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.BackupPolicy;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.EvidenceFile;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.RunResult;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.model.Trust;
import org.custodian.report.ChartData;
import org.custodian.store.Store;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes, backup policies and plans recorded, changed and removed through the registers in a real encrypted
 * database; the RPO/RTO trend of a plan's runs; evidence files read back and checked.
 */
class DrRegistersTest {

    @TempDir
    Path dir;
    Store store;
    DrRegisters registers;

    @BeforeEach
    void open() {
        store = Services.get(Store.class);
        store.create(TestDatabases.config(dir.resolve("db")));
        registers = new DrRegisters(store.entities());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static NodeForm node(String name, NodeRole role, String site) {
        return new NodeForm(name, role, "PACS_" + role.getName().toUpperCase().replace(' ', '_').substring(0, 2), "10.0.0.1",
                104, "Vendor", site);
    }

    @Test
    void nodesPoliciesAndPlansAreRecordedUnderTheTrustChangedAndReadBack() {
        PacsNode primary = registers.saveNode(null, node("Main PACS", NodeRole.PRIMARY, "General Hospital"));
        PacsNode dr = registers.saveNode(null, node("DR PACS", NodeRole.DR, "Data centre"));
        BackupPolicy policy = registers.savePolicy(null,
                new PolicyForm("Nightly to tape", primary.getId(), 24, 2, true, true, 90));
        DrPlan plan = registers.savePlan(null,
                new PlanForm("Ransomware", DrScenario.RANSOMWARE, 60, 240, 90, primary.getId(), dr.getId()));

        Trust trust = store.entities().<Trust>loadAll(ModelPackage.Literals.TRUST).get(0);
        assertEquals(List.of("Data centre", "General Hospital"),
                trust.getSites().stream().map(s -> s.getName()).sorted().toList(), "each node under its site");
        assertEquals(1, trust.getDrPlans().size(), "the plan belongs to the trust");
        assertEquals(1, trust.getBackupPolicies().size());

        // change: the plan's targets and DR node, the node's port; test runs are kept
        new TestRuns(store.entities()).record(registers.load().plans().get(0), TestRuns.fromFindings(
                TestOperation.TEST, Instant.parse("2026-03-01T10:00:00Z"), Duration.ofMinutes(5), RunResult.SUCCESS,
                List.of()));
        PacsNode vna = registers.saveNode(null, node("VNA", NodeRole.VNA, "Data centre"));
        registers.savePlan(plan.getId(),
                new PlanForm("Ransomware", DrScenario.RANSOMWARE, 30, 120, 30, primary.getId(), vna.getId()));
        registers.saveNode(primary.getId(), new NodeForm("Main PACS", NodeRole.PRIMARY, "PACS_MAIN", "pacs.test", 11112,
                null, "General Hospital"));

        DrRegisters.Registers back = registers.load();
        DrPlan changed = back.plans().get(0);
        assertEquals(30, changed.getRpoMinutes());
        assertEquals(120, changed.getRtoMinutes());
        assertEquals("VNA", changed.getDr().getName());
        assertEquals(1, changed.getRuns().size(), "editing a plan keeps its test runs");
        assertTrue(changed.eContainer() instanceof Trust, "still under the trust after the edit");
        PacsNode main = back.nodes().stream().filter(n -> n.getName().equals("Main PACS")).findFirst().orElseThrow();
        assertEquals(11112, main.getPort());
        assertEquals("pacs.test", main.getHost());
        assertEquals(3, back.nodes().size());
        assertEquals(policy.getId(), back.policies().get(0).getId());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNamesAreUnique() {
        PacsNode primary = registers.saveNode(null, node("Main PACS", NodeRole.PRIMARY, "Hospital"));
        IllegalArgumentException ae = assertThrows(IllegalArgumentException.class, () -> registers.saveNode(null,
                new NodeForm("X", NodeRole.DR, "THIS_AE_TITLE_IS_TOO_LONG", "h", 104, null, "Hospital")));
        assertTrue(ae.getMessage().contains("AE title"), ae.getMessage());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> registers.saveNode(null,
                new NodeForm("X", NodeRole.DR, "DR", "h", 70000, null, "Hospital")));
        assertTrue(port.getMessage().contains("70000"), port.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> registers.saveNode(null, node("main pacs", NodeRole.DR, "Hospital")));
        assertTrue(twice.getMessage().contains("already recorded"), twice.getMessage());
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> registers.savePlan(null,
                new PlanForm("Fire", DrScenario.FIRE, 60, 60, 30, primary.getId(), primary.getId())));
        assertTrue(same.getMessage().contains("both"), same.getMessage());
        IllegalArgumentException rpo = assertThrows(IllegalArgumentException.class, () -> registers.savePlan(null,
                new PlanForm("Fire", DrScenario.FIRE, 0, 60, 30, primary.getId(), primary.getId())));
        assertTrue(rpo.getMessage().contains("RPO"), rpo.getMessage());
        assertEquals(1, registers.load().nodes().size(), "nothing refused was stored");
        assertTrue(registers.load().plans().isEmpty());
    }

    @Test
    void aNodeInUseCannotBeRemovedAndRemovalsAreStored() {
        PacsNode primary = registers.saveNode(null, node("Main PACS", NodeRole.PRIMARY, "Hospital"));
        PacsNode dr = registers.saveNode(null, node("DR PACS", NodeRole.DR, "Hospital"));
        BackupPolicy policy = registers.savePolicy(null, new PolicyForm("Hourly", dr.getId(), 1, 1, false, false, 14));
        DrPlan plan = registers.savePlan(null,
                new PlanForm("Flood", DrScenario.FLOOD, 60, 240, 365, primary.getId(), dr.getId()));

        assertEquals(List.of("plan 'Flood'", "backup policy 'Hourly'"), registers.usersOfNode(dr.getId()));
        IllegalStateException inUse = assertThrows(IllegalStateException.class, () -> registers.removeNode(dr.getId()));
        assertTrue(inUse.getMessage().contains("plan 'Flood'"), inUse.getMessage());

        registers.removePlan(plan.getId());
        registers.removePolicy(policy.getId());
        registers.removeNode(dr.getId());
        DrRegisters.Registers left = registers.load();
        assertTrue(left.plans().isEmpty());
        assertTrue(left.policies().isEmpty());
        assertEquals(List.of("Main PACS"), left.nodes().stream().map(PacsNode::getName).toList());
        assertTrue(store.entities().loadAll(ModelPackage.Literals.TEST_RUN).isEmpty(), "the plan's runs went with it");
    }

    @Test
    void plansStoredOutsideATrustAreEditedWhereTheyAre() {
        PacsNode a = ModelFactory.eINSTANCE.createPacsNode();
        a.setName("A");
        PacsNode b = ModelFactory.eINSTANCE.createPacsNode();
        b.setName("B");
        store.entities().save(a);
        store.entities().save(b);
        DrPlan plan = ModelFactory.eINSTANCE.createDrPlan();
        plan.setName("Old plan");
        plan.setPrimary(a);
        plan.setDr(b);
        store.entities().save(plan);

        registers.savePlan(plan.getId(), new PlanForm("Old plan", DrScenario.HARDWARE_FAILURE, 15, 60, 90, a.getId(),
                b.getId()));
        List<DrPlan> all = store.entities().loadAll(ModelPackage.Literals.DR_PLAN);
        assertEquals(1, all.size(), "changed, not copied");
        assertEquals(15, all.get(0).getRpoMinutes());
        assertEquals(2, registers.load().nodes().size());
    }

    @Test
    void theTrendShowsEachRunAgainstTheTargetsWithGapsWhereNothingWasMeasured() {
        DrPlan plan = ModelFactory.eINSTANCE.createDrPlan();
        plan.setName("Fire");
        plan.setRpoMinutes(60);
        plan.setRtoMinutes(240);
        plan.getRuns().add(run("2026-03-01T10:00:00Z", RunResult.SUCCESS, 20, 90));
        plan.getRuns().add(run("2026-01-01T10:00:00Z", RunResult.WARNINGS, 75, 0));
        plan.getRuns().add(run("2026-02-01T10:00:00Z", RunResult.CANCELLED, 0, 0));

        ChartData rpo = RecoveryTrend.rpo(plan, 12, ZoneOffset.UTC);
        assertEquals(List.of("2026-01-01", "2026-03-01"), rpo.xLabels(), "oldest first, cancelled runs left out");
        assertEquals(60.0, rpo.target());
        assertEquals(75.0, rpo.series().get(0).values()[0]);
        assertEquals(20.0, rpo.series().get(0).values()[1]);
        ChartData rto = RecoveryTrend.rto(plan, 12, ZoneOffset.UTC);
        assertTrue(Double.isNaN(rto.series().get(0).values()[0]), "RTO not measured: a gap, not zero");
        assertEquals(90.0, rto.series().get(0).values()[1]);
        assertEquals(240.0, rto.target());
        assertEquals(List.of("2026-03-01"), RecoveryTrend.rpo(plan, 1, ZoneOffset.UTC).xLabels(), "the newest only");
    }

    private static TestRun run(String started, RunResult result, int rpo, int rto) {
        TestRun r = TestRuns.fromFindings(TestOperation.TEST, Instant.parse(started), Duration.ofMinutes(3), result,
                List.of());
        r.setRpoAchievedMinutes(rpo);
        r.setRtoAchievedMinutes(rto);
        return r;
    }

    @Test
    void evidenceIsReadBackAndAChangedFileShows() throws Exception {
        EvidenceFile e = Evidence.writeFindings(dir.resolve("evidence"), "run.csv",
                List.of(Finding.failure("missing", "1.2.3", "not on DR")));
        Evidence.Contents read = Evidence.read(e);
        assertTrue(read.present());
        assertTrue(read.intact());
        assertTrue(read.text().contains("FAILURE,missing,1.2.3,not on DR"), read.text());

        Files.writeString(Path.of(e.getPath()), "severity,check,subject,detail\r\n");
        Evidence.Contents changed = Evidence.read(e);
        assertTrue(changed.present());
        assertFalse(changed.intact(), "a file edited after the run no longer matches its SHA-256");

        Files.delete(Path.of(e.getPath()));
        assertFalse(Evidence.read(e).present());
    }

    @Test
    void aRunRecordedByHandKeepsCopiesOfItsEvidenceAndAFolderCheckIsARun() throws Exception {
        DrPlan plan = ModelFactory.eINSTANCE.createDrPlan();
        plan.setName("Provider outage");
        store.entities().save(plan);
        RecoveryVerification verification = Services.get(RecoveryVerification.class);

        Path report = Files.writeString(dir.resolve("supplier-report.txt"), "failover completed in 42 minutes");
        TestRun manual = TestRuns.fromFindings(TestOperation.FAILOVER, Instant.parse("2026-04-01T09:00:00Z"),
                Duration.ofMinutes(42), RunResult.SUCCESS, List.of());
        manual.setNotes("with the supplier on call");
        verification.recordManual(plan, manual, List.of(report));
        Files.writeString(report, "edited afterwards");

        DrPlan back = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        TestRun run = back.getRuns().get(0);
        assertEquals(TestOperation.FAILOVER, run.getOperation());
        assertEquals("with the supplier on call", run.getNotes());
        Evidence.Contents copy = Evidence.read(run.getEvidence().get(0));
        assertTrue(copy.intact(), "the copy beside the database is the evidence, not the original");
        assertEquals("failover completed in 42 minutes", copy.text());
        assertEquals("supplier-report.txt", run.getEvidence().get(0).getName());

        verification.record(back, "file-verification", Instant.parse("2026-04-02T09:00:00Z"), Duration.ofSeconds(3),
                List.of(Finding.failure("file", "b.dcm", "SHA-256 differs"), Finding.info("summary", "", "1 of 2")),
                false);
        DrPlan again = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
        TestRun check = again.getRuns().get(1);
        assertEquals(RunResult.ERRORS, check.getResult());
        assertEquals(List.of("file b.dcm: SHA-256 differs"), check.getErrors());
        assertTrue(Evidence.read(check.getEvidence().get(0)).text().contains("INFO,summary"),
                "the full findings are the evidence");
        assertTrue(check.getEvidence().get(0).getName().startsWith("file-verification-"));
    }
}
