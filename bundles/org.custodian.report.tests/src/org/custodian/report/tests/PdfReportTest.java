package org.custodian.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.report.ChartData;
import org.custodian.report.PdfReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {
	@TempDir
	Path dir;

	@Test
	void aLongTableBreaksOverPagesWithItsHeaderAndEveryPageHasAFooter() throws Exception {
		Path file = dir.resolve("board.pdf");
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			rows.add(List.of("Plan " + i, "RPO 15 min", i % 7 == 0 ? "overdue" : "ok"));
		}
		try (PdfReport pdf = new PdfReport("Board report", "Demo trust \u2014 2026", ZonedDateTime.parse("2026-11-22T10:00:00Z"))) {
			pdf.heading("Plans").keyValues(Map.of("Systems", "6")).table(List.of("Plan", "Target", "State"), rows)
					.chart(new ChartData("RPO achieved", List.of("Jan", "Feb", "Mar"),
							List.of(new ChartData.Series("achieved", new double[] { 10, Double.NaN, 30 })), 15.0, "min"))
					.paragraph("Unicode arrows \u2192 become question marks.");
			pdf.save(file);
		}
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
			PDFTextStripper text = new PDFTextStripper();
			text.setStartPage(2);
			text.setEndPage(2);
			String page2 = text.getText(doc);
			assertTrue(page2.contains("Plan Target State") || page2.contains("PlanTargetState") || page2.contains("Target"),
					"header repeated: " + page2.substring(0, Math.min(200, page2.length())));
			assertTrue(page2.contains("page 2 of " + doc.getNumberOfPages()), page2);
			String all = new PDFTextStripper().getText(doc);
			assertTrue(all.contains("Plan 149"), "last row present");
			assertTrue(all.contains("Demo trust \u2014 2026"), "em dash is in the standard encoding");
			assertTrue(all.contains("arrows ? become"), all);
			assertEquals("Board report", doc.getDocumentInformation().getTitle());
		}
		try (var files = Files.list(dir)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
		}
	}

	@Test
	void chartSeriesMustMatchTheLabels() {
		assertThrows(IllegalArgumentException.class, () -> new ChartData("x", List.of("a", "b"),
				List.of(new ChartData.Series("s", new double[] { 1 })), null, ""));
		ChartData d = new ChartData("x", List.of("a", "b"), List.of(new ChartData.Series("s", new double[] { 3, 42 })),
				null, "");
		assertEquals(50, d.axisMax());
	}

	/**
	 * Columns are as wide as their longest word at least: with eight columns and a long note beside them, a
	 * short outcome column used to get a share of the width by character count and cut "SUCCESS" in two.
	 */
	@Test
	void noWordIsCutWhenTheLongestWordsFitTheWidth() throws Exception {
		Path file = dir.resolve("runs.pdf");
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			rows.add(List.of("PACS to DR " + i, "2026-11-0" + (i % 9 + 1) + " 02:00", i % 3 == 0 ? "FAILED" : "SUCCESS",
					"PASS", i % 2 == 0 ? "MEDIUM" : "HIGH", "142", "328",
					"The DR node answered late; 3 of 250 sampled objects were retrieved again after a timeout, "
							+ "which the operator noted and the second person confirmed."));
		}
		try (PdfReport pdf = new PdfReport("Runs", "Demo trust", ZonedDateTime.parse("2026-11-22T10:00:00Z"))) {
			pdf.table(List.of("Plan", "Started", "Outcome", "Verdict", "Severity", "RPO (min)", "RTO (min)", "Notes"),
					rows);
			pdf.save(file);
		}
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			String all = new PDFTextStripper().getText(doc);
			for (String word : List.of("SUCCESS", "FAILED", "MEDIUM", "Severity", "Outcome", "02:00")) {
				assertTrue(all.contains(word), word + " is whole: " + all.substring(0, Math.min(600, all.length())));
			}
			// a cut word shows as a token that is the start of one of them but not the whole word
			for (String token : all.split("\\s+")) {
				for (String word : List.of("SUCCESS", "FAILED", "MEDIUM", "Severity", "Outcome", "Verdict")) {
					assertFalse(token.length() >= 2 && word.startsWith(token) && !word.equals(token)
							&& !token.equals("FAIL"), "a cut word: " + token + " of " + word);
				}
			}
		}
	}
}
