package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.custodian.app.ui.DataEvents;
import org.custodian.dr.ui.RecoveryPart;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.RunResult;
import org.custodian.model.Site;
import org.custodian.model.TestRun;
import org.custodian.store.Store;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Backup &amp; DR perspective against two real Orthancs: a plan never tested shows OVERDUE; "Verify now"
 * runs the verification as a Job, which finds the study missing on DR and records an ERRORS run; the board
 * report is written as a PDF. Signs in itself when it runs before (or without) WorkbenchTest.
 */
class DrPerspectiveTest {
	private static final long SLOW = 60_000;
	private static final String AE = "CUSTODIAN";
	private final UiBot bot = new UiBot(Display.getCurrent());

	@TempDir
	static Path dir;
	static OrthancServer primary;
	static OrthancServer dr;

	@AfterAll
	static void stop() {
		if (primary != null) {
			primary.close();
		}
		if (dr != null) {
			dr.close();
		}
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(DrPerspectiveTest.class).getBundleContext();
	}

	private static MApplication application() {
		BundleContext ctx = context();
		return ctx.getService(ctx.getServiceReference(IWorkbench.class)).getApplication();
	}

	private void signInIfNeeded() throws Exception {
		if (bot.findNow("login.submit") == null) {
			return;
		}
		Path db = Files.createTempDirectory("custodian-dr-ui").resolve("db");
		bot.type("login.folder", db.toString());
		bot.waitFor("create mode", () -> UiBot.text(bot.find("login.submit", SLOW)), t -> t.startsWith("Create"), 5_000);
		bot.type("login.user", "itlead");
		bot.type("login.password", "a long password");
		bot.type("login.password.repeat", "a long password");
		bot.type("login.bootPassword", "boot password 2026");
		bot.type("login.bootPassword.repeat", "boot password 2026");
		bot.click("login.submit");
		bot.waitFor("sign-in", () -> UiBot.text(bot.find("status.session", SLOW)), t -> t.startsWith("Signed in"), SLOW);
	}

	private static PacsNode node(String name, NodeRole role, OrthancServer server) {
		PacsNode n = ModelFactory.eINSTANCE.createPacsNode();
		n.setName(name);
		n.setRole(role);
		n.setAeTitle(OrthancServer.AE_TITLE);
		n.setHost("127.0.0.1");
		n.setPort(server.dicomPort());
		return n;
	}

	@Test
	void verifyNowRecordsARunThatReportsTheMissingStudy() throws Exception {
		DcmtkFiles files = new DcmtkFiles(Files.createDirectories(dir.resolve("files")));
		LocalDate today = LocalDate.now();
		String date = today.toString().replace("-", "");
		Instance kept = DcmtkFiles.newInstance("P1", "CT", date);
		Instance lost = DcmtkFiles.newInstance("P2", "CT", date);
		primary = OrthancServer.start(Files.createDirectories(dir.resolve("primary")), AE);
		dr = OrthancServer.start(Files.createDirectories(dir.resolve("dr")), AE);
		primary.load(AE, files.file(kept, Variant.EXPLICIT_LITTLE), files.file(lost, Variant.EXPLICIT_LITTLE));
		dr.load(AE, files.file(kept, Variant.EXPLICIT_LITTLE));

		signInIfNeeded();
		Store store = context().getService(context().getServiceReference(Store.class));
		Site site = ModelFactory.eINSTANCE.createSite();
		site.setName("UI test hospital");
		PacsNode p = node("UI primary", NodeRole.PRIMARY, primary);
		PacsNode d = node("UI DR", NodeRole.DR, dr);
		site.getNodes().addAll(List.of(p, d));
		store.entities().save(site);
		DrPlan plan = ModelFactory.eINSTANCE.createDrPlan();
		plan.setName("AAA UI test: ransomware");
		plan.setScenario(DrScenario.RANSOMWARE);
		plan.setRpoMinutes(60);
		plan.setRtoMinutes(240);
		plan.setTestFrequencyDays(30);
		plan.setPrimary(p);
		plan.setDr(d);
		store.entities().save(plan);

		bot.click("perspective.org.custodian.dr.ui.perspective");
		application().getContext().get(IEventBroker.class).send(DataEvents.CHANGED, "dr test data");
		Combo plans = bot.find("dr.plan", SLOW);
		bot.waitFor("the plan in the chooser", () -> List.of(plans.getItems()), l -> l.contains(plan.getName()), SLOW);
		plans.select(plans.indexOf(plan.getName()));
		plans.notifyListeners(SWT.Selection, new Event());
		bot.type("dr.from", today.minusDays(1).toString());
		bot.type("dr.to", today.toString());
		Spinner sample = bot.find("dr.sample", SLOW);
		sample.setSelection(3);
		bot.click("dr.verify");

		String status = bot.waitFor("the verification to be recorded", () -> UiBot.text(bot.find("dr.status", SLOW)),
				t -> t.contains("recorded as a test run") || t.contains("failed"), SLOW);
		assertTrue(status.contains("ERRORS"), status);
		DrPlan stored = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
		assertEquals(1, stored.getRuns().size());
		TestRun run = stored.getRuns().get(0);
		assertEquals(RunResult.ERRORS, run.getResult());
		assertTrue(run.getErrors().stream().anyMatch(e -> e.startsWith("missing " + lost.studyInstanceUid())),
				run.getErrors().toString());
		assertTrue(run.getRtoAchievedMinutes() >= 1, "the sampled study was retrieved: RTO measured");

		assertEquals(1, run.getEvidence().size(), "the full findings are kept as evidence");
		assertTrue(Files.isRegularFile(Path.of(run.getEvidence().get(0).getPath())));

		MApplication app = application();
		MPart part = (MPart) app.getContext().get(EModelService.class).find("org.custodian.dr.ui.part", app);
		assertNotNull(part, "the DR part is not in the model");
		RecoveryPart recovery = (RecoveryPart) part.getObject();

		// C-ECHO to every registered node, outcome per node in the nodes grid
		bot.click("dr.echo");
		String echo = bot.waitFor("the echo of the DR node", () -> recovery.echoOutcome("UI DR"), t -> t != null, SLOW);
		assertTrue(echo.startsWith("ok, "), echo);

		// the board report, as the button's Job writes it
		Path pdf = dir.resolve("board.pdf");
		recovery.writeBoardReport(pdf);
		bot.waitFor("the board report", () -> UiBot.text(bot.find("dr.status", SLOW)),
				t -> t.startsWith("Board report written") || t.startsWith("Could not"), SLOW);
		assertTrue(Files.size(pdf) > 1000, "board report is empty");
	}
}
