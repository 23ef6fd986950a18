package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.feeds.FeedReport;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.review.CaseClosedException;
import org.custodian.audit.core.review.Investigations;
import org.custodian.audit.core.review.TimelineEntry;
import org.custodian.model.CaseOutcome;
import org.custodian.model.CaseStatus;
import org.custodian.model.Investigation;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.custodian.store.TrailEntry;
import org.custodian.testing.TestDatabases;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Access review services as the console and the command line use them (Declarative Services, real
 * encrypted Derby): reference feeds, import followed by the rules, timelines written to the console trail,
 * and an investigation from alert to locked case with its case pack.
 */
class AccessReviewTest {
	@TempDir
	Path dir;
	private Store store;
	private AccessReview review;
	private AuditImportService importer;

	@BeforeEach
	void open() throws Exception {
		BundleContext ctx = FrameworkUtil.getBundle(AccessReview.class).getBundleContext();
		store = service(ctx, Store.class);
		review = service(ctx, AccessReview.class);
		importer = service(ctx, AuditImportService.class);
		store.create(TestDatabases.config(dir.resolve("db")));
		AccessScenario scenario = new AccessScenario().plants();
		store.entities().save(scenario.trust);
		importer.importFile(scenario.write(dir.resolve("audit.xml")), new NullProgressMonitor());
	}

	private static <S> S service(BundleContext ctx, Class<S> type) throws InterruptedException {
		ServiceTracker<S, S> t = new ServiceTracker<>(ctx, type, null);
		t.open();
		S s = t.waitForService(20_000);
		assertNotNull(s, type.getSimpleName() + " service missing");
		return s;
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void importingRunsTheRules() {
		assertTrue(store.alerts().count(new AlertFilter(null, null, "sally", null, "self-access")) > 0,
				"the import service ran the rules on what it imported");
	}

	@Test
	void careFeedKeepsGoodLinesAndNamesTheBadOnes() throws Exception {
		Path csv = dir.resolve("care.csv");
		Files.writeString(csv, """
				patient_id,accession,referrer,reporting_radiologist,department,mdt_list,teleradiology,study_date
				P-NOCARE0,A1,dr.ward,,Cardiology,,,2026-03-30
				P-FAM,A2,,,,,,31/02/2026
				,A3,,,,,,
				P-FAM,A4,,,,fred;nina,,
				""");
		FeedReport report = review.feeds().loadCare(csv);
		assertEquals(4, report.read());
		assertEquals(2, report.added());
		assertEquals(2, report.problems().size());
		assertEquals("care.csv line 3, column study_date: \"31/02/2026\" is not a date (write YYYY-MM-DD or DD/MM/YYYY)",
				report.problems().get(0).getMessage());
		assertEquals(3 + 1, report.problems().get(1).line());
		assertEquals(0, review.feeds().loadCare(csv).added(), "loading the same feed again adds nothing");

		// nina (Cardiology) now has a care relationship with P-NOCARE through her department
		List<TimelineEntry> timeline = review.timelines().patient("P-NOCARE0", null, null, 10);
		assertEquals(1, timeline.size());
		assertTrue(timeline.get(0).explanation().contains("their department, Cardiology"), timeline.get(0).explanation());
		List<TimelineEntry> fam = review.timelines().patient("P-FAM", null, null, 10);
		assertEquals("on the MDT list (A4)", fam.get(0).explanation());
	}

	@Test
	void aRefusedWorkstationLineLeavesNoWorkstationBehind() throws Exception {
		Path csv = dir.resolve("ws.csv");
		Files.writeString(csv, "address,name,location,department\n10.9.0.1,WS1,Room 1,Radiology\n10.9.0.2,WS2,,Radiology\n");
		FeedReport report = review.feeds().loadWorkstations(csv);
		assertEquals(1, report.added());
		assertEquals("ws.csv line 3, column location: is empty", report.problems().get(0).getMessage());
		assertTrue(org.custodian.store.Trusts.find(store).getWorkstations().stream()
				.noneMatch(w -> "10.9.0.2".equals(w.getAddress())), "the refused line's workstation was saved");
	}

	@Test
	void aFlagListWithAMissingColumnIsRefusedWhole() throws Exception {
		Path csv = dir.resolve("flags.csv");
		Files.writeString(csv, "nhs,why\nP1,vip\n");
		var e = assertThrows(org.custodian.report.csv.RecordException.class, () -> review.feeds().loadFlags(csv));
		assertTrue(e.getMessage().contains("missing column patient_id"), e.getMessage());
		Files.writeString(csv, "patient_id,category,reason\nP-VIP,VIP,public figure\n");
		assertEquals(1, review.feeds().loadFlags(csv).added());
	}

	@Test
	void everyTimelineShownIsWrittenToTheConsoleTrail() {
		long before = store.trail().count();
		List<TimelineEntry> entries = review.timelines().user("owen", null, null, 100);
		assertEquals(12, entries.size());
		assertTrue(entries.stream().noneMatch(TimelineEntry::explained), "no care feed loaded: no explanation");
		assertEquals("viewed images, study " + entries.get(0).event().event().studyUid(), entries.get(0).what());
		assertEquals("10.0.2.1 (Radiology reading room)", entries.get(0).where());
		review.timelines().patient("P-VIP", null, null, 100);
		List<TrailEntry> trail = store.trail().newest(0, 2);
		assertEquals(before + 2, store.trail().count());
		assertEquals("view patient timeline", trail.get(0).action());
		assertEquals("P-VIP", trail.get(0).subject());
		assertEquals("owen", trail.get(1).subject());
		assertTrue(store.trail().verify().intact());
	}

	@Test
	void aCaseGoesFromAlertToLockedOutcomeWithItsCasePack() throws Exception {
		Alert self = store.alerts().list(new AlertFilter(null, null, "sally", null, "self-access"), 0, 1).get(0);
		Investigations cases = review.investigations();
		Investigation c = cases.open("Sally viewed her own images", List.of(self.id()), "guardian");
		assertEquals("sally", c.getSubjectUserId());
		assertEquals(List.of(self.eventId()), c.getEvidenceEventIds());
		assertEquals(Alert.IN_CASE, store.alerts().get(self.id()).status());
		Duration left = Investigations.reportingTimeLeft(c, Instant.now()).orElseThrow();
		assertTrue(left.compareTo(Duration.ofHours(71)) > 0, "the 72-hour clock starts at opening: " + left);

		cases.reassign(c.getReference(), "deputy guardian");
		cases.addNote(c.getReference(), "Interviewed Sally: she wanted to see her own scan.");
		assertThrows(IllegalStateException.class,
				() -> cases.close(c.getReference(), CaseOutcome.SUBSTANTIATED, 6, "own record"),
				"reportability must be decided first");
		cases.decideReportability(c.getReference(), false, "own record, no harm");
		assertThrows(IllegalArgumentException.class, () -> cases.close(c.getReference(), CaseOutcome.NONE, 6, null));
		Investigation closed = cases.close(c.getReference(), CaseOutcome.SUBSTANTIATED, 6, "Own record viewed without a reason.");
		assertEquals(CaseStatus.CLOSED, closed.getStatus());
		assertEquals(store.user(), closed.getClosedBy());
		CaseClosedException locked = assertThrows(CaseClosedException.class,
				() -> cases.addNote(c.getReference(), "late note"));
		assertTrue(locked.getMessage().contains("cannot be changed"), locked.getMessage());

		Investigation reloaded = cases.find(c.getReference()).orElseThrow();
		assertEquals("deputy guardian", reloaded.getOwner());
		assertTrue(reloaded.getNotes().size() >= 5, "opened, reassigned, note, reportability, closed");

		Path pdf = dir.resolve("case.pdf");
		review.casePack().write(reloaded, pdf);
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(doc);
			assertTrue(text.contains(c.getReference()), "reference");
			assertTrue(text.contains("their own NHS number"), "the rule hit's reason");
			assertTrue(text.contains("9000000001"), "the evidence timeline");
			assertTrue(text.contains("substantiated"), "the outcome");
			assertTrue(text.contains("Interviewed Sally"), "the notes");
		}
		assertEquals("export case pack", store.trail().newest(0, 1).get(0).action());
	}

	@Test
	void repeatOffendersAndOverdueReviews() {
		Investigations cases = review.investigations();
		for (String rule : List.of("after-leaving", "after-leaving")) {
			List<Alert> alerts = store.alerts().list(new AlertFilter(null, Alert.OPEN, "leo", null, rule), 0, 1);
			Investigation c = cases.open("leo after leaving", List.of(alerts.isEmpty()
					? store.alerts().list(new AlertFilter(null, null, "leo", null, rule), 0, 1).get(0).id()
					: alerts.get(0).id()), "guardian");
			cases.decideReportability(c.getReference(), true, null);
			assertThrows(IllegalArgumentException.class,
					() -> cases.close(c.getReference(), CaseOutcome.PARTIALLY_SUBSTANTIATED, 1, " "), "findings are needed");
			cases.close(c.getReference(), CaseOutcome.PARTIALLY_SUBSTANTIATED, 1, "Viewed after leaving; access removed.");
		}
		assertEquals(Map.of("leo", 2L), cases.repeatOffenders(2));
		assertTrue(cases.repeatOffenders(3).isEmpty());

		assertTrue(cases.reviewOverdue(LocalDate.now(), 30).orElseThrow().contains("No review"));
		cases.recordReview("all PACS access, March", "2 cases opened");
		assertTrue(cases.reviewOverdue(LocalDate.now(), 30).isEmpty());
		assertTrue(cases.reviewOverdue(LocalDate.now().plusDays(31), 30).orElseThrow().contains("31 days ago"));
		assertFalse(store.trail().newest(0, 1).isEmpty());
	}
}
