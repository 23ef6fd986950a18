package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.model.Investigation;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.EventFilter;
import org.custodian.store.Store;
import org.custodian.store.TrailEntry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The events grid on the real workbench: filtering by a patient is written to the console trail, as a timeline
 * is; the events selected in the grid are attached to an open case as evidence.
 */
class EvidenceFromGridUiTest {
	private static final long SLOW = 60_000;
	private final UiBot bot = new UiBot(Display.getCurrent());

	@TempDir
	Path dir;

	private static <S> S service(Class<S> type) {
		BundleContext ctx = FrameworkUtil.getBundle(EvidenceFromGridUiTest.class).getBundleContext();
		return ctx.getService(ctx.getServiceReference(type));
	}

	@Test
	void aPatientsEventsInTheGridAreOnTheTrailAndBecomeEvidence() throws Exception {
		bot.signInIfNeeded("guardian");
		Store store = service(Store.class);
		StringBuilder viewings = new StringBuilder();
		for (int i = 1; i <= 5; i++) {
			viewings.append(AuditXml.viewing("2026-04-07T10:0" + i + ":00Z", "grid.viewer", "PGR-000" + i,
					"GRIDTEST^PATIENT" + i, "1.2.826.0.1.3680043.10.778." + i));
		}
		Path audit = Files.writeString(dir.resolve("grid-audit.xml"), viewings.toString());
		service(AuditImportService.class).importFile(audit, new NullProgressMonitor());
		List<Alert> raised = store.alerts().list(new AlertFilter(null, null, "grid.viewer", null, null), 0, 10);
		assertTrue(!raised.isEmpty(), "the browsing alert to open a case from");
		AccessReview review = service(AccessReview.class);
		Investigation c = review.investigations().open("Grid evidence", List.of(raised.get(0).id()), "guardian");
		int before = c.getEvidenceEventIds().size();

		bot.click("perspective.org.custodian.audit.ui.perspective");
		MApplication app = service(IWorkbench.class).getApplication();
		MPart part = (MPart) app.getContext().get(EModelService.class).find("org.custodian.audit.ui.part", app);
		part.getParent().setSelectedElement(part);
		bot.type("access.filter.patient", "PGR-0003");
		bot.click("access.filter.apply");
		bot.waitFor("the filtered grid", () -> UiBot.text(bot.find("access.count", SLOW)),
				t -> t.startsWith("1 event"), SLOW);
		TrailEntry viewed = bot.waitFor("the view on the console trail", () -> store.trail().newest(0, 5).stream()
				.filter(e -> e.action().equals("view patient events") && "PGR-0003".equals(e.subject())).findFirst()
				.orElse(null), e -> e != null, SLOW);
		assertEquals("PGR-0003", viewed.subject());
		assertEquals("events grid", viewed.detail());

		// the grid paints the filtered row first; a row outside the painted viewport cannot be selected
		bot.pump(500);
		NatTable grid = bot.find("access.events", SLOW);
		UiBot.selectRow(grid, 0);
		assertEquals(List.of(0), org.custodian.app.ui.GridTools.selectedRows(grid), "the row is selected");
		bot.whenShown("access.attach", dialog -> UiBot.press(dialog, IDialogConstants.OK_ID), SLOW);
		bot.click("access.attach");
		String said = bot.waitFor("the part's answer", () -> UiBot.text(bot.find("access.importResult", SLOW)),
				t -> t.contains("attached") || t.contains("Select") || t.contains("no open case") || t.contains("could not"),
				SLOW);
		assertTrue(said.startsWith("1 event(s) attached to " + c.getReference()), said);
		long event = store.events().page(new EventFilter("PGR-0003", null, null, null), 0, 1).get(0).id();
		Investigation after = bot.waitFor("the evidence attached", () -> review.investigations().all().stream()
				.filter(x -> x.getReference().equals(c.getReference())).findFirst().orElseThrow(),
				x -> x.getEvidenceEventIds().contains(event), SLOW);
		assertTrue(after.getEvidenceEventIds().size() >= before, "nothing was lost: " + after.getEvidenceEventIds());
		assertTrue(store.trail().newest(0, 5).stream().anyMatch(e -> e.action().equals("attach evidence")
				&& e.subject().equals(c.getReference())));
	}
}
