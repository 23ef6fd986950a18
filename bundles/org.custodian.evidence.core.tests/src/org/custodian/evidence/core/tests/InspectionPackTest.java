package org.custodian.evidence.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.model.DrPlan;
import org.custodian.model.ModelFactory;
import org.custodian.model.RunResult;
import org.custodian.model.Trust;
import org.custodian.store.TrailEntry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspection pack read back from the PDF: the summary table, each requirement's reasons and evidence. */
class InspectionPackTest {
	@TempDir
	Path dir;

	@Test
	void thePackHoldsEveryRequirementWithItsReasonsAndEvidenceAndIsOnTheTrail() throws Exception {
		Instant now = Instant.parse("2026-06-01T09:00:00Z");
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = ModelFactory.eINSTANCE.createTrust();
			trust.setName("Northfield Hospitals NHS Trust");
			DrPlan plan = ModelFactory.eINSTANCE.createDrPlan();
			plan.setName("Flood in the basement server room");
			plan.setTestFrequencyDays(180);
			plan.getRuns().add(RequirementStatusTest.run(now, 400, RunResult.SUCCESS, null));
			trust.getDrPlans().add(plan);
			db.store.entities().save(trust);

			Path pdf = dir.resolve("inspection.pdf");
			int pages = db.evidence.writeInspectionPack(pdf, now, new NullProgressMonitor());
			assertTrue(pages >= 2, "a summary and the requirements: " + pages + " pages");
			String text;
			try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
				assertEquals(pages, doc.getNumberOfPages());
				text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			}
			assertTrue(text.contains("Inspection pack") && text.contains("Northfield Hospitals NHS Trust"), text);
			for (String id : new String[] { "R1", "R7", "M4", "G6", "S4", "A4" }) {
				assertTrue(text.contains(id + " "), id + " missing");
			}
			assertTrue(text.contains("Overdue or never tested: Flood in the basement server room."), "R3's reason");
			assertTrue(text.contains("DR plans and their last tests"), "R3's evidence table");
			assertTrue(text.contains("No staff directory has been loaded."), "G3's reason");
			assertTrue(text.contains("DSPT contributing outcomes") && text.contains("B6.b Training")
					&& text.contains("E4.a Managing records"), "the DSPT outcomes, by their published identifiers");
			TrailEntry last = db.store.trail().newest(0, 1).get(0);
			assertEquals("write inspection pack", last.action());
			assertEquals("inspection.pdf", last.subject());
			assertTrue(Files.size(pdf) > 1000);
		}
	}
}
