package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Access perspective's review parts on the real workbench: an import raises alerts that the Alerts part
 * lists; a patient timeline shown in the Timeline part is written to the console trail; the alert queue filters
 * by user, rule and patient, shows the selected alert's reason first in its detail pane, opens the alert's patient
 * timeline in one step and dismisses in the background; the Console trail part verifies the chain; a case opened
 * from the alert appears under Cases. Signs in itself when run alone.
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
		// and one patient looked at ten times in a day, with nothing in the RIS: an alert that names the patient
		for (int i = 10; i < 20; i++) {
			viewings.append(AuditXml.viewing("2026-03-04T11:" + i + ":00Z", "ui.looker", "PUI-0100", "UITEST^LOOKED",
					"1.2.826.0.1.3680043.10.778." + i));
		}
		Files.writeString(audit, viewings.toString());
		service(AuditImportService.class).importFile(audit, new NullProgressMonitor());
		List<Alert> raised = store.alerts().list(new AlertFilter(null, null, "ui.viewer", null, "no-care-relationship"),
				0, 10);
		assertEquals(1, raised.size(), "the import ran the rules: " + raised);
		List<Alert> looked = store.alerts().list(new AlertFilter(null, null, "ui.looker", null, "no-care-relationship"),
				0, 10);
		assertEquals(1, looked.size(), "one alert for the patient looked at ten times: " + looked);
		assertEquals("PUI-0100", looked.get(0).patientId());

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

		alertQueue(store, raised.get(0), looked.get(0));

		show("org.custodian.audit.ui.part.trail");
		bot.click("trail.verify");
		String verified = bot.waitFor("the trail check", () -> UiBot.text(bot.find("trail.result", SLOW)),
				t -> t.startsWith("Intact") || t.startsWith("BROKEN"), SLOW);
		assertTrue(verified.startsWith("Intact"), verified);

		service(AccessReview.class).investigations().open("UI test case", List.of(raised.get(0).id()), "guardian");
		// as every writer in the console does, so that Cases (already open since a sign-in) reads itself again
		service(IWorkbench.class).getApplication().getContext().get(org.eclipse.e4.core.services.events.IEventBroker.class)
				.send(org.custodian.app.ui.DataEvents.CHANGED, "case opened by the test");
		show("org.custodian.audit.ui.part.cases");
		bot.waitFor("the case in the list", () -> UiBot.text(bot.find("cases.grid.title", SLOW)),
				t -> !t.equals("Investigations (0)") && t.startsWith("Investigations ("), SLOW);
	}

	/**
	 * The queue's filters narrow the grid to what the store holds for them; the detail pane leads with the
	 * selected alert's reason; the alert's patient timeline is one click away (and recorded in the trail); an alert
	 * that names no patient offers only the user's; a dismissal leaves the Open queue and the selection.
	 */
	private void alertQueue(Store store, Alert browsing, Alert alert) {
		show("org.custodian.audit.ui.part.alerts");
		long open = store.alerts().count(new AlertFilter(null, Alert.OPEN, null, null, null));
		long byLooker = store.alerts().count(new AlertFilter(null, Alert.OPEN, "ui.looker", null, null));
		assertTrue(open > byLooker, open + " open alerts, " + byLooker + " of ui.looker");
		gridShows(open);

		bot.type("alerts.filter.user", "ui.looker");
		bot.click("alerts.filter.apply");
		gridShows(byLooker);
		Combo rule = bot.find("alerts.filter.rule", SLOW);
		bot.waitUntil("the rules in the queue listed", () -> rule.indexOf("no-care-relationship") > 0, SLOW);
		rule.select(rule.indexOf("no-care-relationship"));
		rule.notifyListeners(SWT.Selection, new Event());
		gridShows(1, "ui.looker");

		assertTrue(UiBot.text(bot.find("alerts.detail", SLOW)).startsWith("Select an alert"), "nothing selected yet");
		UiBot.selectRow(bot.<NatTable>find("alerts.grid", SLOW), 0);
		String detail = bot.waitFor("the alert in the detail pane", () -> UiBot.text(bot.find("alerts.detail", SLOW)),
				t -> t.startsWith(alert.reason()), SLOW);
		assertTrue(detail.contains("\nPatient: PUI-0100\n"), detail);
		assertTrue(detail.contains("\nUser: ui.looker"), detail);
		assertTrue(detail.contains("\nRule: no-care-relationship ("), "the rule with what it looks for: " + detail);
		assertTrue(detail.contains("\nStatus: open\n"), detail);

		bot.click("alerts.patientTimeline");
		bot.waitFor("the alert's patient in the timeline", () -> UiBot.text(bot.find("timeline.id", SLOW)),
				"PUI-0100"::equals, SLOW);
		String result = bot.waitFor("the alert's patient timeline", () -> UiBot.text(bot.find("timeline.result", SLOW)),
				t -> t.contains("accesses"), SLOW);
		assertTrue(result.startsWith("10 accesses, 10 with no explanation"), result);
		TrailEntry viewed = store.trail().newest(0, 1).get(0);
		assertEquals("view patient timeline", viewed.action());
		assertEquals("PUI-0100", viewed.subject());

		// the same alert found by its patient (Enter applies), the user filter cleared
		show("org.custodian.audit.ui.part.alerts");
		bot.type("alerts.filter.user", "");
		bot.click("alerts.filter.apply");
		long noCare = store.alerts().count(new AlertFilter(null, Alert.OPEN, null, null, "no-care-relationship"));
		assertTrue(noCare >= 2, "the browsing alert and the looked-at patient's");
		gridShows(noCare);
		// Return pressed on the keyboard, while the Timeline part (hidden now) holds the shell's default button
		bot.type("alerts.filter.patient", "PUI-0100");
		Text patient = bot.find("alerts.filter.patient", SLOW);
		patient.getShell().forceActive();
		patient.setFocus();
		bot.pressReturn();
		gridShows(1, "ui.looker");

		// an alert on the user's accesses to several patients names none: only the user's timeline is offered
		bot.type("alerts.filter.patient", "");
		bot.type("alerts.filter.user", "ui.viewer");
		bot.click("alerts.filter.apply");
		gridShows(1, "ui.viewer");
		UiBot.selectRow(bot.<NatTable>find("alerts.grid", SLOW), 0);
		bot.waitFor("the browsing alert in the detail pane", () -> UiBot.text(bot.find("alerts.detail", SLOW)),
				t -> t.startsWith(browsing.reason()), SLOW);
		assertFalse(bot.<Button>find("alerts.patientTimeline", SLOW).isEnabled());
		assertTrue(bot.<Button>find("alerts.userTimeline", SLOW).isEnabled());

		// dismissed after the confirmation, in the background: it leaves the Open queue and the selection
		bot.type("alerts.filter.user", "ui.looker");
		bot.click("alerts.filter.apply");
		gridShows(1, "ui.looker");
		UiBot.selectRow(bot.<NatTable>find("alerts.grid", SLOW), 0);
		bot.waitFor("the alert in the detail pane", () -> UiBot.text(bot.find("alerts.detail", SLOW)),
				t -> t.startsWith(alert.reason()), SLOW);
		bot.whenShown("Dismiss alerts", dialog -> UiBot.press(dialog, 0), SLOW);
		bot.click("alerts.dismiss");
		gridShows(0);
		assertEquals(Alert.DISMISSED, store.alerts().get(alert.id()).status());
		assertTrue(UiBot.text(bot.find("alerts.detail", SLOW)).startsWith("Select an alert"),
				"the dismissed alert is no longer selected");
		bot.click("alerts.filter.clear");
		gridShows(store.alerts().count(new AlertFilter(null, Alert.OPEN, null, null, null)));
	}

	private void gridShows(long alerts) {
		bot.waitFor("the queue to list " + alerts + " alerts", () -> UiBot.text(bot.find("alerts.grid.title", SLOW)),
				("Alerts (" + alerts + ")")::equals, SLOW);
	}

	/** Waits for the count and for the user of the first row: a new filter may list as many alerts as the last. */
	private void gridShows(long alerts, String firstUser) {
		gridShows(alerts);
		int user = 4; // the User column: grid positions count the row-number column
		bot.waitFor("the first alert to be " + firstUser + "'s", () -> String.valueOf(bot.<NatTable>find("alerts.grid",
				SLOW).getDataValueByPosition(user, 1)), firstUser::equals, SLOW);
	}
}
