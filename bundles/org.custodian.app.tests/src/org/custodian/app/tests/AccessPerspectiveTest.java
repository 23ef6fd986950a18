package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.custodian.store.TrailEntry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Access perspective's review parts on the real workbench: an import raises an alert that the Alerts part
 * lists; a patient timeline shown in the Timeline part is written to the console trail; the Console trail part
 * verifies the chain; a case opened from the alert appears under Cases. Signs in itself when run alone.
 */
class AccessPerspectiveTest {
	private static final long SLOW = 60_000;
	private final UiBot bot = new UiBot(Display.getCurrent());

	@TempDir
	Path dir;

	private static BundleContext context() {
		return FrameworkUtil.getBundle(AccessPerspectiveTest.class).getBundleContext();
	}

	private static <S> S service(Class<S> type) {
		BundleContext ctx = context();
		return ctx.getService(ctx.getServiceReference(type));
	}

	/** Brings a part of the Access stack to the front, as clicking its tab does. */
	private static void show(String partId) {
		MApplication app = service(IWorkbench.class).getApplication();
		MPart part = (MPart) app.getContext().get(EModelService.class).find(partId, app);
		part.getParent().setSelectedElement(part);
	}

	@Test
	void alertsTimelinesTrailAndCases() throws Exception {
		bot.signInIfNeeded("guardian");
		Store store = service(Store.class);
		Path audit = dir.resolve("ui-audit.xml");
		// five patients in a day with nothing in the RIS for any of them: one browsing alert
		StringBuilder viewings = new StringBuilder();
		for (int i = 1; i <= 5; i++) {
			viewings.append(AuditXml.viewing("2026-03-03T10:0" + i + ":00Z", "ui.viewer", "PUI-000" + i, "UITEST^PATIENT" + i,
					"1.2.826.0.1.3680043.10.777." + i));
		}
		Files.writeString(audit, viewings.toString());
		service(AuditImportService.class).importFile(audit, new NullProgressMonitor());
		List<Alert> raised = store.alerts().list(new AlertFilter(null, null, "ui.viewer", null, "no-care-relationship"),
				0, 10);
		assertEquals(1, raised.size(), "the import ran the rules: " + raised);

		bot.click("perspective.org.custodian.audit.ui.perspective");
		show("org.custodian.audit.ui.part.alerts");
		bot.click("alerts.run");
		bot.waitFor("the alert in the queue", () -> UiBot.text(bot.find("alerts.grid.title", SLOW)),
				t -> !t.equals("Alerts (0)"), SLOW);

		show("org.custodian.audit.ui.part.timeline");
		bot.type("timeline.id", "PUI-0001");
		bot.click("timeline.show");
		String result = bot.waitFor("the timeline", () -> UiBot.text(bot.find("timeline.result", SLOW)),
				t -> t.contains("accesses"), SLOW);
		assertTrue(result.startsWith("1 accesses, 1 with no explanation"), result);
		TrailEntry last = store.trail().newest(0, 1).get(0);
		assertEquals("view patient timeline", last.action());
		assertEquals("PUI-0001", last.subject());

		show("org.custodian.audit.ui.part.trail");
		bot.click("trail.verify");
		String verified = bot.waitFor("the trail check", () -> UiBot.text(bot.find("trail.result", SLOW)),
				t -> t.startsWith("Intact") || t.startsWith("BROKEN"), SLOW);
		assertTrue(verified.startsWith("Intact"), verified);

		service(AccessReview.class).investigations().open("UI test case", List.of(raised.get(0).id()), "guardian");
		show("org.custodian.audit.ui.part.cases");
		bot.waitFor("the case in the list", () -> UiBot.text(bot.find("cases.grid.title", SLOW)),
				t -> !t.equals("Investigations (0)") && t.startsWith("Investigations ("), SLOW);
	}
}
