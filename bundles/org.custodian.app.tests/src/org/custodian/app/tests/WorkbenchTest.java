package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.custodian.audit.ui.AccessEventsPart;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The real Custodian workbench, driven as a user would: create the encrypted database at sign-in, open each
 * perspective, import an audit file with one broken message, filter the grid. Steps share one workbench, so
 * they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchTest {
	private static final long SLOW = 60_000;
	private final UiBot bot = new UiBot(Display.getCurrent());

	private static MApplication application() {
		BundleContext ctx = FrameworkUtil.getBundle(WorkbenchTest.class).getBundleContext();
		ServiceReference<IWorkbench> ref = ctx.getServiceReference(IWorkbench.class);
		assertNotNull(ref, "the e4 workbench is not running");
		return ctx.getService(ref).getApplication();
	}

	private static <T> T partObject(String partId) {
		MApplication app = application();
		MPart part = (MPart) app.getContext().get(EModelService.class).find(partId, app);
		assertNotNull(part, "part " + partId + " is not in the model");
		@SuppressWarnings("unchecked")
		T object = (T) part.getObject();
		return object;
	}

	@Test
	@Order(1)
	void signInCreatesTheEncryptedDatabase() throws Exception {
		assertNotNull(Display.getCurrent(), "tests must run on the UI thread");
		Path db = Files.createTempDirectory("custodian-ui").resolve("db");
		// perspective buttons stay disabled until somebody signs in
		assertFalse(bot.<org.eclipse.swt.widgets.Button>find("perspective.org.custodian.audit.ui.perspective", SLOW)
				.isEnabled());
		bot.type("login.folder", db.toString());
		bot.waitFor("create mode", () -> UiBot.text(bot.find("login.submit", SLOW)),
				t -> t.startsWith("Create"), 5_000);
		bot.type("login.user", "guardian");
		bot.type("login.password", "a long password");
		bot.type("login.password.repeat", "a long password");
		bot.type("login.bootPassword", "boot password 2026");
		bot.type("login.bootPassword.repeat", "boot password 2026");
		bot.click("login.submit");
		// the sign-in screen's message is part of the value, so a refused sign-in says why
		bot.waitFor("the status line to name the user",
				() -> UiBot.text(bot.find("status.session", SLOW)) + " | sign-in says: "
						+ (bot.findNow("login.message") == null ? "" : UiBot.text(bot.findNow("login.message"))),
				t -> t.startsWith("Signed in as guardian"), SLOW);
		assertTrue(Files.isRegularFile(db.resolve("service.properties")), "no database was created in " + db);
		// the start page comes first: a new database proves nothing yet, and says what it cannot assess
		bot.waitFor("the start page's A1", () -> UiBot.text(bot.find("start.rag.A1", SLOW)), "Red"::equals, SLOW);
		assertEquals("Not assessed", UiBot.text(bot.find("start.rag.G6", SLOW)), "no transfer in the trail yet");
		assertEquals("DSPT C1.a, C1.b", UiBot.text(bot.find("start.dspt.A1", SLOW)), "each row names its DSPT outcomes");
		assertTrue(UiBot.text(bot.find("start.findings.A1", SLOW)).contains("No access events"));
		assertTrue(UiBot.text(bot.find("start.counts", SLOW)).contains(" red"), "the counts line");

		// the keyboard works from the start page: something holds the focus once the page is assessed (the
		// Refresh button it had is disabled while assessing), so Ctrl+2 reaches the window's key bindings
		Display display = Display.getCurrent();
		bot.waitFor("a focus control on the start page", display::getFocusControl, c -> c != null, SLOW);
		MPerspectiveStack stack = (MPerspectiveStack) application().getContext().get(EModelService.class)
				.find("org.custodian.app.perspectivestack", application());
		bot.find("status.session", SLOW).getShell().forceActive();
		bot.pump(200);
		bot.pressWithCtrl('2');
		bot.waitFor("Ctrl+2 to open Backup & DR", () -> stack.getSelectedElement().getElementId(),
				"org.custodian.dr.ui.perspective"::equals, SLOW);
	}

	@Test
	@Order(2)
	void everyPerspectiveOpensAndShowsItsRegister() {
		String[][] perspectives = { { "org.custodian.dr.ui.perspective", "dr.plans.empty" },
				{ "org.custodian.supplier.ui.perspective", "supplier.providers.empty" },
				{ "org.custodian.people.ui.perspective", "people.staff.empty" },
				{ "org.custodian.audit.ui.perspective", "access.empty" } };
		for (String[] p : perspectives) {
			bot.click("perspective." + p[0]);
			// a fresh database has no data: each register shows its empty state with advice, not a blank area
			Label message = bot.find(p[1] + ".message", SLOW);
			assertFalse(message.getText().isBlank(), p[0] + " shows an empty state without advice");
			bot.waitFor(p[0] + " to paint its empty state", () -> UiBot.colours(message), n -> n > 1, 10_000);
		}
	}

	@Test
	@Order(3)
	void importingAnAuditLogQuarantinesTheBrokenMessageAndKeepsTheRest() throws Exception {
		Path file = Files.createTempFile("audit", ".xml");
		Files.writeString(file, AuditXml.viewing("2026-03-01T10:15:30Z", "drwho", "PAT001", "DOE^JANE", "1.2.3.1")
				+ AuditXml.viewing("2026-03-01T11:00:00Z", "nurse7", "PAT002", "ROE^RICHARD", "1.2.3.2")
				+ AuditXml.broken()
				+ AuditXml.viewing("2026-03-05T08:30:00Z", "drwho", "PAT002", "ROE^RICHARD", "1.2.3.3"),
				StandardCharsets.UTF_8);
		AccessEventsPart part = partObject("org.custodian.audit.ui.part");
		part.startImport(List.of(file));
		String result = bot.waitFor("the import result", () -> UiBot.text(bot.find("access.importResult", SLOW)),
				t -> t.contains("imported"), SLOW);
		assertTrue(result.contains("3 imported") && result.contains("1 quarantined"), result);
		assertTrue(result.contains("message 3"), "the problem does not name its position: " + result);
		assertEquals(3, part.rowCount());
		NatTable table = bot.find("access.events", SLOW);
		assertTrue(UiBot.colours(table) > 3, "the events grid did not paint");

		// importing the same file again adds nothing
		part.startImport(List.of(file));
		bot.waitFor("the second import", () -> UiBot.text(bot.find("access.importResult", SLOW)),
				t -> t.contains("3 duplicates"), SLOW);
		assertEquals(3, part.rowCount());
	}

	@Test
	@Order(4)
	void filtersNarrowTheGrid() {
		AccessEventsPart part = partObject("org.custodian.audit.ui.part");
		bot.type("access.filter.patient", "PAT002");
		bot.click("access.filter.apply");
		assertEquals(2, part.rowCount());
		bot.type("access.filter.user", "drwho");
		bot.click("access.filter.apply");
		assertEquals(1, part.rowCount());
		bot.type("access.filter.user", "");
		bot.type("access.filter.from", "2026-03-02");
		bot.click("access.filter.apply");
		assertEquals(1, part.rowCount());
		bot.type("access.filter.to", "2026-03-04");
		bot.click("access.filter.apply");
		assertEquals(0, part.rowCount());
		// UK users write the day first: 04/03/2026 is the 4th of March, the same filter as 2026-03-04
		bot.type("access.filter.to", "4/3/2026");
		bot.click("access.filter.apply");
		assertEquals(0, part.rowCount());
		bot.type("access.filter.to", "31/02/2026");
		bot.click("access.filter.apply");
		assertTrue(UiBot.text(bot.find("access.count", SLOW)).contains("dd/mm/yyyy"), "a bad date is not explained");
		bot.click("access.filter.clear");
		assertEquals(3, part.rowCount());
	}

	@Test
	@Order(5)
	void theStartPageFollowsTheDataAndLeadsToTheEvidence() {
		bot.click("perspective.org.custodian.evidence.ui.perspective");
		// the imported trail ends in March 2026: held, but no longer current
		bot.waitFor("A1 after the import", () -> UiBot.text(bot.find("start.rag.A1", SLOW)), "Amber"::equals, SLOW);
		assertTrue(UiBot.text(bot.find("start.findings.A1", SLOW)).contains("not being imported"));
		bot.click("start.open.A1");
		MApplication app = application();
		EModelService models = app.getContext().get(EModelService.class);
		MPerspectiveStack stack = (MPerspectiveStack) models.find("org.custodian.app.perspectivestack", app);
		assertEquals("org.custodian.audit.ui.perspective", stack.getSelectedElement().getElementId(),
				"the link opens the perspective that holds A1's evidence");
	}
}
