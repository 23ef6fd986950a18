package org.custodian.dr.ui;

import org.custodian.app.ui.FormDialog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.ChartCanvas;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.Formats;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.Links;
import org.custodian.app.ui.WidgetIds;
import org.custodian.dicom.EchoResult;
import org.custodian.dr.core.BoardReport;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.CompressionAudit;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.FileReport;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.RecoveryTargets;
import org.custodian.dr.core.RecoveryTrend;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.BackupPolicy;
import org.custodian.model.DrPlan;
import org.custodian.model.Identified;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.store.Store;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import org.eclipse.e4.ui.di.Focus;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Backup &amp; DR: the DR plans with their targets, last result and next due date (overdue flagged), their test
 * runs, the PACS nodes they protect and the backup policies; a verification of the chosen plan runs as a Job and
 * is recorded as a test run; the run selected in the runs grid is given its verdict by the signed-in user and
 * signed off by a second person with their own password (missed targets flagged in both grids); the board report is
 * written as a PDF. The chosen plan's RPO and RTO achieved are charted run by run against its targets, and a
 * run's evidence files can be read. Nodes, policies and plans are recorded, changed and removed (after
 * confirmation) in dialogs. (REQUIREMENTS R3, G4, A4.)
 */
public class RecoveryPart {

	@Inject
	private Store store;
	@Inject
	private UISynchronize ui;
	@Inject
	private IEventBroker events;
	@Inject
	private RecoveryVerification verification;

	private Composite root;
	private Combo planChoice;
	private Text from;
	private Text to;
	private Spinner sample;
	private Label status;
	private CTabFolder tabs;
	private ChartCanvas rpoTrend;
	private Composite charts;
	private ChartCanvas rtoTrend;
	private EntityGrid<PlanStatus> plans;
	private EntityGrid<TestRun> runs;
	private EntityGrid<PacsNode> nodes;
	private EntityGrid<BackupPolicy> policies;
	private Registers current = new Registers(new DrRegisters.Registers(List.of(), List.of(), List.of(), List.of()));
	/** False until the registers are first read: a campaign asked for before then opens once they are. */
	private boolean loaded;
	private String pendingMigration;
	/** The last C-ECHO outcome per node id, shown in the nodes grid. */
	private final Map<String, String> echoes = new ConcurrentHashMap<>();

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		toolbar(root);
		tabs = WidgetIds.tag(new CTabFolder(root, SWT.BORDER), "dr.tabs");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		SashForm sash = new SashForm(tabs, SWT.VERTICAL);
		tab("Plans and tests", sash);
		Composite planSection = section(sash);
		plans = new EntityGrid<>(planSection, "dr.plans", "DR plans", DrColumns.plans(),
				"No DR plans yet. Plans per scenario (ransomware, fire, flood...) with RPO and RTO targets are "
						+ "recorded here with New plan (record the PACS nodes first); start the console with --demo "
						+ "to see an example trust.");
		grow(plans);
		buttons(planSection, new String[][] { { "dr.plan.new", "&New plan..." }, { "dr.plan.edit", "&Edit plan..." },
				{ "dr.plan.remove", "Remo&ve plan..." } }, this::newPlan, this::editPlan, this::removePlan);
		trends(sash);
		Composite runSection = section(sash);
		runs = new EntityGrid<>(runSection, "dr.runs", "Test runs", DrColumns.runs(),
				"No test runs recorded yet: choose a plan above and press Verify now.");
		grow(runs);
		// verdict and sign-off sit under the runs: they act on the run selected here
		buttons(runSection, new String[][] { { "dr.evidence", "Show evi&dence..." },
				{ "dr.verdict", "Record &verdict..." }, { "dr.signoff", "&Sign off..." },
				{ "dr.record", "Record a &test run..." }, { "dr.verifyFolder", "Verify a restored &folder..." },
				{ "dr.compression", "&Compression audit..." } },
				this::showEvidence, () -> closeRun(true), () -> closeRun(false), this::recordRun, this::verifyFolder,
				this::compressionAudit);
		sash.setWeights(32, 28, 40);

		SashForm registers = new SashForm(tabs, SWT.VERTICAL);
		tab("Nodes and backup policies", registers);
		Composite nodeSection = section(registers);
		nodes = new EntityGrid<>(nodeSection, "dr.nodes", "PACS nodes", List.of(
				Column.of("Node", PacsNode::getName, 180),
				Column.of("Role", PacsNode::getRole, 120),
				Column.of("AE title", PacsNode::getAeTitle, 120),
				Column.of("Host", PacsNode::getHost, 220),
				Column.of("Port", PacsNode::getPort, 70),
				Column.of("Retrieve", org.custodian.dr.core.NodeEndpoints::describe, 230),
				Column.of("Vendor", PacsNode::getVendor, 190),
				Column.of("Site", n -> n.eContainer() instanceof Site s ? s.getName() : null, 220),
				Column.of("C-ECHO", n -> echoes.get(n.getId()), 420)),
				"No PACS nodes registered yet: record the primary, DR, VNA and off-site backup nodes with New node.");
		grow(nodes);
		buttons(nodeSection, new String[][] { { "dr.node.new", "New &node..." }, { "dr.node.edit", "Edit node..." },
				{ "dr.node.remove", "Remove node..." } }, this::newNode, this::editNode, this::removeNode);
		Composite policySection = section(registers);
		policies = new EntityGrid<>(policySection, "dr.policies", "Backup policies", List.of(
				Column.of("Policy", BackupPolicy::getName, 220),
				Column.of("Node", b -> b.getNode() == null ? null : b.getNode().getName(), 160),
				Column.of("Every (h)", BackupPolicy::getFrequencyHours, 80),
				Column.of("Copies", BackupPolicy::getCopies, 70),
				Column.of("Off-site", BackupPolicy::isOffsite, 80),
				Column.of("Immutable", BackupPolicy::isImmutable, 90),
				Column.of("Copies kept (days)", BackupPolicy::getCopyRetentionDays, 130)),
				"No backup policies recorded yet: record how often each node is backed up with New policy.");
		grow(policies);
		buttons(policySection, new String[][] { { "dr.policy.new", "New &policy..." },
				{ "dr.policy.edit", "Edit policy..." }, { "dr.policy.remove", "Remove policy..." } }, this::newPolicy,
				this::editPolicy, this::removePolicy);
		registers.setWeights(55, 45);
		tabs.setSelection(0);
		load();
	}

	private void toolbar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		// a row that wraps: on a narrow window the buttons go to a second line instead of off the edge
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.center = true;
		row.wrap = true;
		row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 4;
		bar.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Plan");
		planChoice = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), "dr.plan");
		planChoice.setLayoutData(new RowData(240, SWT.DEFAULT));
		planChoice.addListener(SWT.Selection, e -> showTrends());
		new Label(bar, SWT.NONE).setText("Studies from");
		from = WidgetIds.tag(new Text(bar, SWT.BORDER), "dr.from");
		from.setText(LocalDate.now().minusDays(7).toString());
		from.setLayoutData(new RowData(85, SWT.DEFAULT));
		new Label(bar, SWT.NONE).setText("to");
		to = WidgetIds.tag(new Text(bar, SWT.BORDER), "dr.to");
		to.setText(LocalDate.now().toString());
		to.setLayoutData(new RowData(85, SWT.DEFAULT));
		new Label(bar, SWT.NONE).setText("Sample");
		sample = WidgetIds.tag(new Spinner(bar, SWT.BORDER), "dr.sample");
		sample.setValues(5, 0, 1000, 0, 1, 10);
		button(bar, "dr.echo", "Echo nodes", this::echoNodes);
		button(bar, "dr.verify", "Verify now", this::verify);
		button(bar, "dr.report", "Board report (PDF)...", this::boardReport);
		button(bar, "dr.migration.open", "&Migration campaign...", () -> migrationCampaign(""));
		status = WidgetIds.tag(new Label(parent, SWT.WRAP), "dr.status");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
	}

	private static void button(Composite bar, String id, String text, Runnable action) {
		Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private void tab(String title, Control content) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(content);
	}

	private static Composite section(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(c);
		return c;
	}

	private static void grow(EntityGrid<?> grid) {
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
	}

	/** A row of buttons under a grid: {id, label} pairs with their actions, in order. */
	private static void buttons(Composite parent, String[][] labels, Runnable... actions) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(labels.length).margins(4, 0).applyTo(bar);
		for (int i = 0; i < labels.length; i++) {
			button(bar, labels[i][0], labels[i][1], actions[i]);
		}
	}

	/** The chosen plan's RPO and RTO achieved, run by run, against its targets (the plan chooser decides). */
	private void trends(Composite parent) {
		charts = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).applyTo(charts);
		rpoTrend = new ChartCanvas(charts, "dr.trend.rpo");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rpoTrend);
		rtoTrend = new ChartCanvas(charts, "dr.trend.rto");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rtoTrend);
	}

	private void showTrends() {
		int i = planChoice.getSelectionIndex();
		DrPlan plan = i < 0 || i >= current.plans().size() ? null : current.plans().get(i);
		rpoTrend.setData(plan == null ? null : RecoveryTrend.rpo(plan, 24, ZoneId.systemDefault()));
		rtoTrend.setData(plan == null ? null : RecoveryTrend.rto(plan, 24, ZoneId.systemDefault()));
		// without a measured run there is nothing to chart: the plans and runs get the room
		boolean any = rpoTrend.data() != null && !rpoTrend.data().xLabels().isEmpty();
		if (charts.getVisible() != any) {
			charts.setVisible(any);
			charts.getParent().layout(true);
		}
	}

	/** The row of the node of that name in the nodes grid, or -1; for tests. */
	public int nodeRow(String nodeName) {
		List<PacsNode> shown = current.nodes();
		for (int i = 0; i < shown.size(); i++) {
			if (nodeName.equals(shown.get(i).getName())) {
				return i;
			}
		}
		return -1;
	}

	/** The charted data; for tests. */
	public ChartCanvas[] trendCharts() {
		return new ChartCanvas[] { rpoTrend, rtoTrend };
	}

	static int indexOfId(List<? extends Identified> list, Identified o) {
		for (int i = 0; o != null && i < list.size(); i++) {
			if (list.get(i).getId() != null && list.get(i).getId().equals(o.getId())) {
				return i;
			}
		}
		return -1;
	}

	/** The tabs take the focus, so Ctrl+Page Down moves between plans and registers from the keyboard. */
	@Focus
	void focus() {
		if (tabs != null && !tabs.isDisposed()) {
			tabs.setFocus();
		}
	}

	private DrPlan chosenPlan() {
		int i = planChoice.getSelectionIndex();
		if (i < 0 || i >= current.plans().size()) {
			say("Choose a plan first.");
			return null;
		}
		return current.plans().get(i);
	}

	private void say(String text) {
		status.setText(text);
		root.layout(true);
	}

	/** C-ECHO to every registered node in a Job; the round-trip time or the reason shows in the nodes grid. */
	private void echoNodes() {
		List<PacsNode> all = current.nodes();
		if (all.isEmpty()) {
			say("No PACS nodes are registered.");
			return;
		}
		Job job = Job.create("C-ECHO to " + all.size() + " PACS nodes", monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, all.size());
			for (PacsNode n : all) {
				if (progress.isCanceled()) {
					break;
				}
				progress.subTask(n.getName());
				String outcome;
				try {
					EchoResult r = verification.echo(org.custodian.dr.core.NodeEndpoints.endpoint(n),
							DrCheck.DEFAULT_CALLING_AE, Duration.ofSeconds(10));
					outcome = r.success() ? "ok, " + r.roundTrip().toMillis() + " ms" : "FAILED: " + r.message();
				} catch (IllegalArgumentException e) {
					outcome = "not checked: " + e.getMessage();
				}
				echoes.put(n.getId(), outcome);
				progress.worked(1);
				ui.asyncExec(() -> {
					if (!nodes.table().isDisposed()) {
						nodes.setRows(current.nodes());
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		say("Echoing " + all.size() + " nodes; the outcome shows in the nodes grid.");
	}

	/** The last C-ECHO outcome of the node of that name, or null; for tests. */
	public String echoOutcome(String nodeName) {
		return current.nodes().stream().filter(n -> nodeName.equals(n.getName())).findFirst()
				.map(n -> echoes.get(n.getId())).orElse(null);
	}

	private void verify() {
		DrPlan plan = chosenPlan();
		if (plan == null) {
			return;
		}
		StudyDates range;
		try {
			range = StudyDates.parse(from.getText(), to.getText());
		} catch (IllegalArgumentException e) {
			say(e.getMessage());
			return;
		}
		try {
			Verifications.start(plan, () -> fresh(plan), range.from(), range.to(), sample.getSelection(), verification,
					events);
			say("Verifying " + plan.getName() + "; progress is in the status line.");
		} catch (IllegalArgumentException e) {
			say("Cannot verify " + plan.getName() + ": " + e.getMessage());
		}
	}

	@Inject
	@Optional
	void verified(@UIEventTopic(Verifications.DONE) Verifications.Outcome outcome) {
		if (status == null || status.isDisposed()) {
			return;
		}
		if (outcome.error() != null) {
			say("Verification of " + outcome.plan().getName() + " failed: " + outcome.error());
		} else {
			var r = outcome.report();
			// a run that checked nothing says so first: "0 failures" alone would read as a success
			String nothing = r.findings().stream().filter(f -> Finding.UNVERIFIED.equals(f.check()))
					.map(f -> " Nothing was verified: " + f.detail() + ".").findFirst().orElse("");
			say("Verification of " + outcome.plan().getName() + ": " + r.result() + " ("
					+ Findings.count(r.findings(), org.custodian.dr.core.Severity.FAILURE) + " failures, "
					+ Findings.count(r.findings(), org.custodian.dr.core.Severity.WARNING) + " warnings, "
					+ r.objectsChecked() + " objects checked), recorded as a test run." + nothing);
		}
	}

	/**
	 * Opens the migration campaign of a provider change over the registered nodes; the Suppliers &amp; records
	 * perspective's provider-change checklist opens it through {@link Links#MIGRATION_CAMPAIGN}.
	 *
	 * @param provider the outgoing provider's name, or empty
	 */
	public void migrationCampaign(String provider) {
		if (root == null || root.isDisposed()) {
			return;
		}
		if (!loaded) {
			pendingMigration = provider;
			return;
		}
		new MigrationDialog(root.getShell(), current.nodes(), provider, verification).open();
	}

	@Inject
	@Optional
	void migrationLink(@UIEventTopic(Links.MIGRATION_CAMPAIGN) String provider) {
		migrationCampaign(provider);
	}

	/**
	 * The operator's verdict ({@code verdict}) or the second person's sign-off on the run selected in the runs grid;
	 * the operator is the signed-in user, and the second person signs with their own password in the dialog.
	 */
	private void closeRun(boolean verdict) {
		TestRun run = selected(runs, shownRuns, "test run");
		if (run == null) {
			return;
		}
		DrPlan plan = RecoveryTargets.plan(run);
		if (plan == null) {
			say("That test run belongs to no plan.");
			return;
		}
		String which = "the test run of " + plan.getName() + " started " + Formats.display(run.getStarted());
		if (verdict) {
			VerdictDialog dialog = new VerdictDialog(root.getShell(), plan, run, store.user(), verification);
			if (dialog.open() == Window.OK) {
				say("Verdict " + RecoveryTargets.verdict(dialog.recorded(), Formats::display) + " recorded for " + which
						+ " by " + store.user() + "; a second person signs it off next.");
				events.post(DataEvents.CHANGED, "dr runs");
			}
		} else if (run.getOperatorVerdict() == null || run.getOperatorVerdict() == Verdict.NONE) {
			say("Record the operator's verdict on " + which + " first; then a second person signs it off.");
		} else {
			SignOffDialog dialog = new SignOffDialog(root.getShell(), plan, run, verification);
			if (dialog.open() == Window.OK) {
				say("T" + which.substring(1) + " signed off by "
						+ TestRuns.signer(dialog.recorded()) + ", on the console trail.");
				events.post(DataEvents.CHANGED, "dr runs");
			}
		}
	}

	/** The row of the run with that id in the runs grid, or -1; for tests. */
	public int runRow(String runId) {
		for (int i = 0; i < shownRuns.size(); i++) {
			if (runId.equals(shownRuns.get(i).getId())) {
				return i;
			}
		}
		return -1;
	}

	/** What the runs grid shows in a row under a header; for tests, which read the grid as a user does. */
	public Object runCell(int row, String header) {
		return DrColumns.value(DrColumns.runs(), header, shownRuns.get(row));
	}

	private void boardReport() {
		FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.pdf" });
		dialog.setFileName("dr-board-report-" + LocalDate.now() + ".pdf");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		writeBoardReport(Path.of(chosen));
	}

	/** Writes the board report of the plans shown as a Job; the status line says where it went. */
	public Job writeBoardReport(Path file) {
		List<DrPlan> shown = current.plans();
		Job job = Job.create("Writing the DR board report", monitor -> {
			try {
				int pages = BoardReport.write(shown, null, Instant.now(), ZoneId.systemDefault(), file);
				ui.asyncExec(() -> say("Board report written to " + file + " (" + pages + " pages)."));
			} catch (IOException | RuntimeException | LinkageError e) {
				// a LinkageError is an installation problem (a library's bundle wiring); say so instead of dying silently
				ui.asyncExec(() -> say("Could not write the board report: " + e));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** What the part shows: the registers. */
	private record Registers(DrRegisters.Registers data) {
		List<DrPlan> plans() {
			return data.plans();
		}

		List<PacsNode> nodes() {
			return data.nodes();
		}

		List<BackupPolicy> policies() {
			return data.policies();
		}
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading DR plans", () -> new Registers(new DrRegisters(store.entities()).load()), ui, this::show,
				e -> plans.setEmptyAction("Could not read the DR plans: " + e.getMessage(), null, null));
	}

	private void show(Registers r) {
		if (plans.table().isDisposed()) {
			return;
		}
		String chosen = planChoice.getSelectionIndex() < 0 ? null : planChoice.getText();
		current = r;
		loaded = true;
		if (pendingMigration != null) {
			String provider = pendingMigration;
			pendingMigration = null;
			ui.asyncExec(() -> migrationCampaign(provider));
		}
		Instant now = Instant.now();
		plans.setRows(r.plans().stream().map(p -> PlanStatus.of(p, now)).toList());
		List<TestRun> all = new ArrayList<>();
		r.plans().forEach(p -> all.addAll(p.getRuns()));
		all.sort(Comparator.comparing(TestRun::getStarted, Comparator.nullsLast(Comparator.reverseOrder())));
		shownRuns = all;
		runs.setRows(all);
		nodes.setRows(r.nodes());
		policies.setRows(r.policies());
		planChoice.setItems(r.plans().stream().map(p -> p.getName() == null ? "(unnamed plan)" : p.getName())
				.toArray(String[]::new));
		int again = chosen == null ? -1 : planChoice.indexOf(chosen);
		planChoice.select(again >= 0 ? again : r.plans().isEmpty() ? -1 : 0);
		showTrends();
	}

	private List<TestRun> shownRuns = List.of();

	/** The row selected in a grid, or null after telling the user to select one. */
	private <T> T selected(EntityGrid<?> grid, List<T> rows, String what) {
		List<Integer> chosen = GridTools.selectedRows(grid.table());
		if (chosen.isEmpty() || chosen.get(0) >= rows.size()) {
			say("Select a " + what + " in its list first (click its row).");
			return null;
		}
		return rows.get(chosen.get(0));
	}

	private DrRegisters registers() {
		return new DrRegisters(store.entities());
	}

	/** Opens a register dialog; on OK the change is saved already, so every view reloads. */
	private void edited(FormDialog dialog, String done) {
		if (dialog.open() == Window.OK) {
			say(done);
			events.post(DataEvents.CHANGED, "dr registers");
		}
	}

	private void newNode() {
		edited(new NodeDialog(root.getShell(), registers(), null, current.data().sites()), "Node recorded.");
	}

	private void editNode() {
		PacsNode n = selected(nodes, current.nodes(), "node");
		if (n != null) {
			edited(new NodeDialog(root.getShell(), registers(), n, current.data().sites()), "Node " + n.getName() + " saved.");
		}
	}

	private void removeNode() {
		PacsNode n = selected(nodes, current.nodes(), "node");
		if (n == null) {
			return;
		}
		List<String> users = registers().usersOfNode(n.getId());
		if (!users.isEmpty()) {
			MessageDialog.openInformation(root.getShell(), "Node in use", "The node " + n.getName() + " is used by "
					+ String.join(", ", users) + ". Change or remove those first.");
			return;
		}
		confirmRemoval("Remove node", "Remove the PACS node " + n.getName() + " (" + n.getAeTitle() + "@" + n.getHost()
				+ ":" + n.getPort() + ")?", () -> registers().removeNode(n.getId()));
	}

	private void newPolicy() {
		if (current.nodes().isEmpty()) {
			say("Record the node that is backed up first (Nodes and backup policies, New node).");
			return;
		}
		edited(new PolicyDialog(root.getShell(), registers(), null, current.nodes()), "Backup policy recorded.");
	}

	private void editPolicy() {
		BackupPolicy b = selected(policies, current.policies(), "backup policy");
		if (b != null) {
			edited(new PolicyDialog(root.getShell(), registers(), b, current.nodes()), "Backup policy " + b.getName()
					+ " saved.");
		}
	}

	private void removePolicy() {
		BackupPolicy b = selected(policies, current.policies(), "backup policy");
		if (b != null) {
			confirmRemoval("Remove backup policy", "Remove the backup policy " + b.getName() + "?",
					() -> registers().removePolicy(b.getId()));
		}
	}

	private void newPlan() {
		if (current.nodes().size() < 2) {
			say("A plan recovers a primary node onto a DR node: record both nodes first (Nodes and backup policies).");
			return;
		}
		edited(new PlanDialog(root.getShell(), registers(), null, current.nodes()), "DR plan recorded.");
	}

	private void editPlan() {
		DrPlan p = selected(plans, current.plans(), "plan");
		if (p != null) {
			edited(new PlanDialog(root.getShell(), registers(), p, current.nodes()), "Plan " + p.getName() + " saved.");
		}
	}

	private void removePlan() {
		DrPlan p = selected(plans, current.plans(), "plan");
		if (p != null) {
			confirmRemoval("Remove DR plan", "Remove the DR plan " + p.getName() + " with its " + p.getRuns().size()
					+ " test run(s)? Their evidence files stay on disk.", () -> registers().removePlan(p.getId()));
		}
	}

	/** Asks first (No is the default); a removal is final. */
	private void confirmRemoval(String title, String question, Runnable remove) {
		MessageDialog dialog = new MessageDialog(root.getShell(), title, null, question, MessageDialog.WARNING, 1,
				"&Remove", "&Keep");
		if (dialog.open() != 0) {
			return;
		}
		try {
			remove.run();
			say(title.replace("Remove", "Removed") + ".");
			events.post(DataEvents.CHANGED, "dr registers");
		} catch (IllegalArgumentException | IllegalStateException e) {
			MessageDialog.openWarning(root.getShell(), "Not removed", e.getMessage());
		}
	}

	/**
	 * The plan as stored now: a run is added to it and the plan saved whole, so a copy read before another run was
	 * recorded would drop that run.
	 */
	private DrPlan fresh(DrPlan plan) {
		return new DrRegisters(store.entities()).load().plans().stream().filter(p -> p.getId().equals(plan.getId()))
				.findFirst().orElseThrow(() -> new IllegalStateException("The plan " + plan.getName()
						+ " is no longer stored."));
	}

	/** A run done outside the console (failover, clean-up, a supplier's exercise), with its evidence files. */
	private void recordRun() {
		DrPlan plan = chosenPlan();
		if (plan != null && new RecordRunDialog(root.getShell(), plan, () -> fresh(plan), verification)
				.open() == Window.OK) {
			say("Test run of " + plan.getName() + " recorded; give it the operator's verdict next.");
			events.post(DataEvents.CHANGED, "dr runs");
		}
	}

	private void verifyFolder() {
		if (chosenPlan() == null) {
			return;
		}
		DirectoryDialog folders = new DirectoryDialog(root.getShell());
		folders.setMessage("The restored backup folder to check");
		String folder = folders.open();
		if (folder == null) {
			return;
		}
		FileDialog manifests = new FileDialog(root.getShell(), SWT.OPEN);
		manifests.setText("Its manifest (sha256sum format)");
		manifests.setFilterExtensions(new String[] { "*.sha256;*.txt;*.manifest", "*" });
		String manifest = manifests.open();
		if (manifest != null) {
			verifyFolder(Path.of(folder), Path.of(manifest));
		}
	}

	/**
	 * Checks a restored folder against its manifest (SHA-256 and a header parse per file, in parallel) in a Job
	 * and records the outcome as a test run of the chosen plan; public for tests.
	 */
	public Job verifyFolder(Path folder, Path manifest) {
		DrPlan plan = chosenPlan();
		if (plan == null) {
			return null;
		}
		Job job = Job.create("Verifying " + folder.getFileName() + " against " + manifest.getFileName(), monitor -> {
			Instant started = Instant.now();
			try {
				FileReport r = verification.verifyFiles(folder, manifest, monitor);
				TestRun run = verification.record(fresh(plan), "file-verification", started, r.duration(),
						r.findings(), r.cancelled());
				ui.asyncExec(() -> say("Restored folder " + folder + ": " + r.ok() + " of " + r.listed() + " files intact, "
						+ run.getErrors().size() + " errors; recorded as a test run of " + plan.getName() + "."));
			} catch (IOException | RuntimeException e) {
				ui.asyncExec(() -> say("Could not verify " + folder + ": " + e.getMessage()));
			}
			events.post(DataEvents.CHANGED, "dr runs");
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		say("Verifying " + folder + "; progress is in the status line.");
		return job;
	}

	/** The modalities that must stay lossless, as the user last set them in this session. */
	private String losslessOnly = "MG";

	private void compressionAudit() {
		if (chosenPlan() == null) {
			return;
		}
		InputDialog policy = new InputDialog(root.getShell(), "Compression policy",
				"Modalities whose images must never be lossy (codes separated by commas, for example MG, DX); "
						+ "every other lossy object is listed as a warning:",
				losslessOnly, text -> {
					try {
						CompressionPolicy.parse(text);
						return null;
					} catch (IllegalArgumentException e) {
						return e.getMessage();
					}
				});
		if (policy.open() != Window.OK) {
			return;
		}
		losslessOnly = policy.getValue();
		DirectoryDialog folders = new DirectoryDialog(root.getShell());
		folders.setMessage("The folder of DICOM files to audit (a restored backup, an export)");
		String folder = folders.open();
		if (folder != null) {
			compressionAudit(Path.of(folder), CompressionPolicy.parse(losslessOnly));
		}
	}

	/**
	 * Lists every lossy object of a folder against the policy in a Job and records the outcome as a test run of
	 * the chosen plan; public for tests.
	 */
	public Job compressionAudit(Path folder, CompressionPolicy policy) {
		DrPlan plan = chosenPlan();
		if (plan == null) {
			return null;
		}
		Job job = Job.create("Compression audit of " + folder.getFileName(), monitor -> {
			Instant started = Instant.now();
			try {
				CompressionAudit.Result r = verification.auditCompression(folder, policy, monitor);
				TestRun run = verification.record(fresh(plan), "compression-audit", started,
						Duration.between(started, Instant.now()), r.findings(), monitor.isCanceled());
				ui.asyncExec(() -> say("Compression audit of " + folder + " (" + policy + "): " + r.objects()
						+ " objects, " + r.lossy() + " lossy, " + run.getErrors().size()
						+ " against the policy; recorded as a test run of " + plan.getName() + "."));
			} catch (IOException | RuntimeException e) {
				ui.asyncExec(() -> say("Could not audit " + folder + ": " + e.getMessage()));
			}
			events.post(DataEvents.CHANGED, "dr runs");
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		say("Auditing " + folder + "; progress is in the status line.");
		return job;
	}

	private void showEvidence() {
		TestRun r = selected(runs, shownRuns, "test run");
		if (r == null) {
			return;
		}
		if (r.getEvidence().isEmpty()) {
			say("That test run has no evidence files (runs recorded before evidence was kept, or by hand).");
			return;
		}
		new EvidenceDialog(root.getShell(), List.copyOf(r.getEvidence())).open();
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (plans != null) {
			load();
		}
	}
}
