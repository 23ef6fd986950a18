package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.Links;
import org.custodian.dr.ui.BoardReportHandler;
import org.custodian.dr.ui.NodesPart;
import org.custodian.dr.ui.PlansPart;
import org.custodian.dr.ui.RunsPart;
import org.custodian.model.DrPlan;
import org.custodian.model.DrScenario;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.custodian.model.RunResult;
import org.custodian.model.Site;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.custodian.store.Store;
import org.custodian.testing.DcmtkFiles;
import org.custodian.testing.DcmtkFiles.Instance;
import org.custodian.testing.DcmtkFiles.Variant;
import org.custodian.testing.OrthancServer;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.DrRegisters;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Backup &amp; DR perspective against two real Orthancs: a plan never tested shows OVERDUE; "Verify now"
 * runs the verification as a Job, which finds the study missing on DR and records an ERRORS run; the run selected
 * in the grid is judged and signed off by a second user's password; a missed target is flagged; the board
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

		bot.signInIfNeeded("itlead");
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
		DrParts.show(DrParts.PLANS, PlansPart.class);
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

		PlansPart plansPart = DrParts.show(DrParts.PLANS, PlansPart.class);

		// the chosen plan's trend: its one run charted against the targets
		bot.waitFor("the RPO trend of the plan", () -> plansPart.trendCharts()[0].data(),
				c -> c != null && c.xLabels().size() == 1, SLOW);
		assertEquals(60.0, plansPart.trendCharts()[0].data().target());
		assertEquals(240.0, plansPart.trendCharts()[1].data().target());
		assertTrue(UiBot.colours(plansPart.trendCharts()[0]) > 3, "the RPO chart is drawn");

		// the run's evidence, read back and checked against its SHA-256
		RunsPart recovery = DrParts.show(DrParts.RUNS, RunsPart.class);
		bot.waitFor("the run in the runs grid", () -> recovery.runRow(run.getId()), r -> r >= 0, SLOW);
		UiBot.selectRow(bot.find("dr.runs", SLOW), 0);
		String[] evidence = new String[1];
		bot.whenShown("dr.evidence.dialog", shell -> {
			evidence[0] = UiBot.text(bot.find("dr.evidence.summary", SLOW)) + "\n"
					+ UiBot.text(bot.find("dr.evidence.text", SLOW));
			UiBot.press(shell, IDialogConstants.CLOSE_ID);
		}, SLOW);
		bot.click("dr.evidence");
		assertTrue(evidence[0] != null && evidence[0].contains("intact"), String.valueOf(evidence[0]));
		assertTrue(evidence[0].contains("missing,"), "the findings are shown: " + evidence[0]);

		// a restored folder checked against its manifest: the changed file is an error of a new run
		Path restored = Files.createDirectories(dir.resolve("restored"));
		Files.writeString(restored.resolve("a.txt"), "kept");
		Files.writeString(restored.resolve("b.txt"), "changed after the backup");
		String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest("kept".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		Path manifest = Files.writeString(dir.resolve("restored.sha256"),
				sha + "  a.txt\n" + "0".repeat(64) + "  b.txt\n");
		recovery.verifyFolder(restored, manifest);
		String checked = bot.waitFor("the folder check", () -> UiBot.text(bot.find("dr.runs.status", SLOW)),
				t -> t.startsWith("Restored folder") || t.startsWith("Could not"), SLOW);
		assertTrue(checked.contains("1 of 2 files intact"), checked);
		DrPlan afterCheck = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
		assertEquals(2, afterCheck.getRuns().size());
		assertTrue(afterCheck.getRuns().get(1).getErrors().stream().anyMatch(e -> e.contains("b.txt")),
				afterCheck.getRuns().get(1).getErrors().toString());

		// the compression audit: a lossy mammogram is against a policy that keeps MG lossless
		Path images = Files.createDirectories(dir.resolve("audit"));
		Files.copy(files.file(DcmtkFiles.newInstance("P3", "MG", date), Variant.JPEG_BASELINE), images.resolve("mg.dcm"));
		Files.copy(files.file(DcmtkFiles.newInstance("P4", "CT", date), Variant.EXPLICIT_LITTLE), images.resolve("ct.dcm"));
		recovery.compressionAudit(images, CompressionPolicy.parse("MG"));
		String audited = bot.waitFor("the compression audit", () -> UiBot.text(bot.find("dr.runs.status", SLOW)),
				t -> t.startsWith("Compression audit") || t.startsWith("Could not"), SLOW);
		assertTrue(audited.contains("2 objects, 1 lossy, 1 against the policy"), audited);

		// a failover exercise recorded by hand
		bot.whenShown("dr.record.dialog", dialog -> {
			Combo operation = bot.find("dr.record.operation", SLOW);
			operation.select(1);
			((Text) bot.find("dr.record.notes", SLOW)).setText("failover with the supplier");
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		bot.click("dr.record");
		DrPlan afterManual = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
		assertEquals(4, afterManual.getRuns().size());
		assertEquals(RunResult.ERRORS, afterManual.getRuns().get(2).getResult(), "the audit is a run too");
		assertEquals(TestOperation.FAILOVER, afterManual.getRuns().get(3).getOperation());
		assertEquals("failover with the supplier", afterManual.getRuns().get(3).getNotes());

		DrRunClosingSteps closing = new DrRunClosingSteps(bot, store, recovery);
		closing.judgeAndSignOffTheSelectedRun(plan);
		closing.aMissedTargetIsFlaggedInTheGrid(plan,
				() -> application().getContext().get(IEventBroker.class).send(DataEvents.CHANGED, "dr test data"));

		// echo to every registered node (the command, from the part's button), outcome per node in the nodes grid
		NodesPart nodes = DrParts.show(DrParts.NODES, NodesPart.class);
		bot.click("dr.echo");
		String echo = bot.waitFor("the echo of the DR node", () -> nodes.echoOutcome("UI DR"), t -> t != null, SLOW);
		assertTrue(echo.startsWith("ok, "), echo);

		// the board report, as the command's Job writes it
		Path pdf = dir.resolve("board.pdf");
		String[] written = new String[1];
		BoardReportHandler.write(store, pdf, text -> written[0] = text);
		bot.waitUntil("the board report", () -> written[0] != null, SLOW);
		assertTrue(written[0].startsWith("Board report written"), written[0]);
		assertTrue(Files.size(pdf) > 1000, "board report is empty");
		DrParts.show(DrParts.PLANS, PlansPart.class);

		// the migration campaign, opened as the supplier checklist opens it: the DR node as the "new PACS" lacks
		// one study of the primary, so the sign-off gate stays closed; the other way round nothing is missing, and
		// the migration is signed off after confirmation
		String[] gate = new String[3];
		bot.whenShown("dr.migration", shell -> {
			((Text) bot.find("dr.migration.from", SLOW)).setText(today.minusDays(1).toString());
			((Text) bot.find("dr.migration.to", SLOW)).setText(today.toString());
			gate[0] = compareMigration("UI primary", "UI DR");
			gate[1] = compareMigration("UI DR", "UI primary");
			bot.whenShown("Sign off the migration", confirm -> UiBot.press(confirm, 0), SLOW);
			bot.click("dr.migration.signoff");
			gate[2] = bot.waitFor("the sign-off", () -> UiBot.text(bot.find("dr.migration.gate", SLOW)),
					t -> t.startsWith("Migration signed off") || t.startsWith("Not signed off"), SLOW);
			UiBot.press(shell, IDialogConstants.CLOSE_ID);
		}, SLOW);
		application().getContext().get(IEventBroker.class).post(Links.MIGRATION_CAMPAIGN, "UI primary");
		bot.waitUntil("the campaign's sign-off", () -> gate[2] != null, SLOW);
		assertTrue(gate[0].contains("closed: 1 studies of the old PACS are missing"), gate[0]);
		assertTrue(gate[1].contains("open: all 1 studies of the old PACS are on the new one"), gate[1]);
		assertTrue(gate[2].startsWith("Migration signed off and recorded on the console trail"), gate[2]);
		assertEquals("sign off migration", store.trail().newest(0, 1).get(0).action());
	}

	/** Chooses the old and the new PACS in the open migration dialog, compares, and returns the gate's sentence. */
	private String compareMigration(String oldNode, String newNode) {
		Combo before = bot.find("dr.migration.old", SLOW);
		before.select(before.indexOf(oldNode));
		Combo after = bot.find("dr.migration.new", SLOW);
		after.select(after.indexOf(newNode));
		String previous = UiBot.text(bot.find("dr.migration.gate", SLOW));
		bot.click("dr.migration.compare");
		return bot.waitFor("the comparison of " + oldNode + " with " + newNode,
				() -> UiBot.text(bot.find("dr.migration.gate", SLOW)),
				t -> t.startsWith("Sign-off gate") && !t.equals(previous), SLOW);
	}

	private void fillNode(Shell dialog, String name, String role, int port) {
		((Text) bot.find("dr.node.name", SLOW)).setText(name);
		Combo roles = bot.find("dr.node.role", SLOW);
		roles.select(roles.indexOf(role));
		((Text) bot.find("dr.node.ae", SLOW)).setText("UI_" + name.replace(' ', '_').toUpperCase());
		((Text) bot.find("dr.node.host", SLOW)).setText("127.0.0.1");
		((Spinner) bot.find("dr.node.port", SLOW)).setSelection(port);
		((Combo) bot.find("dr.node.site", SLOW)).setText("UI test data centre");
		UiBot.press(dialog, IDialogConstants.OK_ID);
	}

	private PacsNode stored(Store store, String name) {
		return new DrRegisters(store.entities()).load().nodes().stream().filter(n -> name.equals(n.getName()))
				.findFirst().orElse(null);
	}

	@Test
	void nodesArePlannedEditedAndRemovedAfterConfirmation() throws Exception {
		bot.signInIfNeeded("itlead");
		Store store = context().getService(context().getServiceReference(Store.class));
		bot.click("perspective.org.custodian.dr.ui.perspective");
		NodesPart recovery = DrParts.show(DrParts.NODES, NodesPart.class);

		// a new node, with a port refused first: the dialog stays open and says why
		String[] refusal = new String[1];
		bot.whenShown("dr.node.dialog", dialog -> {
			((Text) bot.find("dr.node.name", SLOW)).setText("UI VNA");
			((Text) bot.find("dr.node.ae", SLOW)).setText("A_TITLE_FAR_TOO_LONG_FOR_DICOM");
			((Text) bot.find("dr.node.host", SLOW)).setText("127.0.0.1");
			((Combo) bot.find("dr.node.site", SLOW)).setText("UI test data centre");
			UiBot.press(dialog, IDialogConstants.OK_ID);
			refusal[0] = UiBot.text(bot.find("dr.node.dialog.error", SLOW));
			fillNode(dialog, "UI VNA", "VNA", 4242);
		}, SLOW);
		bot.click("dr.node.new");
		assertTrue(refusal[0].contains("AE title"), refusal[0]);
		PacsNode vna = stored(store, "UI VNA");
		assertNotNull(vna, "the node is stored");
		assertEquals(NodeRole.VNA, vna.getRole());
		assertEquals(4242, vna.getPort());

		// edit: select its row, change the port
		var grid = bot.<org.eclipse.nebula.widgets.nattable.NatTable>find("dr.nodes", SLOW);
		int row = bot.waitFor("the node in the grid", () -> recovery.nodeRow("UI VNA"), r -> r >= 0, SLOW);
		UiBot.selectRow(grid, row);
		bot.whenShown("dr.node.dialog", dialog -> fillNode(dialog, "UI VNA", "VNA", 4343), SLOW);
		bot.click("dr.node.edit");
		assertEquals(4343, stored(store, "UI VNA").getPort());

		// removal asks first: Keep leaves it, Remove removes it
		row = bot.waitFor("the node in the grid", () -> recovery.nodeRow("UI VNA"), r -> r >= 0, SLOW);
		UiBot.selectRow(grid, row);
		bot.whenShown("Remove node", dialog -> UiBot.press(dialog, 1), SLOW);
		bot.click("dr.node.remove");
		assertNotNull(stored(store, "UI VNA"), "kept when the user says Keep");
		UiBot.selectRow(grid, row);
		bot.whenShown("Remove node", dialog -> UiBot.press(dialog, 0), SLOW);
		bot.click("dr.node.remove");
		// the removal is written in the background: the node goes once the job has run
		bot.waitFor("the node removed after confirmation", () -> stored(store, "UI VNA"), n -> n == null, SLOW);
		bot.waitFor("the grid without the node", () -> recovery.nodeRow("UI VNA"), r -> r < 0, SLOW);
		DrParts.show(DrParts.PLANS, PlansPart.class);
	}
}
