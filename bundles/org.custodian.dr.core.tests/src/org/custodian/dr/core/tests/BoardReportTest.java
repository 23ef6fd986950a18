package org.custodian.dr.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.dr.core.BoardReport;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.ModelFactory;
import org.custodian.model.RunResult;
import org.custodian.model.Staff;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board report's content, read back from the PDF with PDFBox. */
class BoardReportTest {

    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    private static TestRun run(long daysAgo, RunResult result, int rpo, int rto, List<Finding> findings) {
        TestRun r = TestRuns.fromFindings(TestOperation.TEST, NOW.minus(daysAgo, ChronoUnit.DAYS), Duration.ofMinutes(5),
                result, findings);
        r.setRpoAchievedMinutes(rpo);
        r.setRtoAchievedMinutes(rto);
        return r;
    }

    @Test
    void perPlanTargetsAchievedDueDatesActionsAndSignOffs() throws Exception {
        Staff lead = ModelFactory.eINSTANCE.createStaff();
        lead.setGivenName("Priya");
        lead.setFamilyName("Shah");
        DrPlan signed = ModelFactory.eINSTANCE.createDrPlan();
        signed.setName("Fire at main data centre");
        signed.setScenario(DrScenario.FIRE);
        signed.setRpoMinutes(60);
        signed.setRtoMinutes(240);
        signed.setTestFrequencyDays(90);
        signed.getRuns().add(run(100, RunResult.SUCCESS, 20, 90, List.of()));
        TestRun recent = run(10, RunResult.SUCCESS, 30, 120, List.of());
        recent.setOperatorVerdict(Verdict.PASS);
        recent.setSignedOffBy(lead);
        recent.setSignedOffAt(Date.from(NOW.minus(9, ChronoUnit.DAYS)));
        signed.getRuns().add(recent);

        DrPlan failing = ModelFactory.eINSTANCE.createDrPlan();
        failing.setName("Ransomware on PACS");
        failing.setRpoMinutes(15);
        failing.setRtoMinutes(60);
        failing.setTestFrequencyDays(30);
        failing.getRuns().add(run(45, RunResult.ERRORS, 1440, 0,
                List.of(Finding.failure("missing", "1.2.3.4", "on primary, not on DR"))));

        Path pdf = dir.resolve("board.pdf");
        int pages = BoardReport.write(List.of(signed, failing), "Example NHS Trust", NOW, LONDON, pdf);

        assertTrue(pages >= 1);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Fire at main data centre (FIRE)"), text);
        assertTrue(text.contains("60 min / 30 min"), "RPO target vs achieved: " + text);
        assertTrue(text.contains("Priya Shah, 23 May 2026"), "sign-off: " + text);
        assertTrue(text.contains("Open actions: none."), text);
        assertTrue(text.contains("Ransomware on PACS"), text);
        assertTrue(text.contains("OVERDUE"), text);
        assertTrue(text.contains("Resolve: missing 1.2.3.4: on primary, not on DR"), text);
        assertTrue(text.contains("RPO achieved (1440 min) exceeds the target of 15 min"), text);

        List<String> actions = BoardReport.openActions(failing, PlanStatus.of(failing, NOW));
        assertEquals("Test the plan: it has never been tested successfully.", actions.get(0));
    }
}
