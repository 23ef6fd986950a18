package org.custodian.dr.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.custodian.app.ui.ChartCanvas;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.Links;
import org.custodian.app.ui.WidgetIds;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Findings;
import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.RecoveryTrend;
import org.custodian.dr.core.Severity;
import org.custodian.model.DrPlan;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Backup &amp; DR, Plans: the DR plans with their targets, level, last result and next due date (overdue and missed
 * targets flagged), the chosen plan's RPO and RTO achieved run by run against its targets, and the plan's
 * verification (Verify now, a command: Ctrl+Shift+V) over a range of study dates. Plans are recorded, changed
 * and removed (after confirmation) in dialogs; the board report and the migration campaign start here.
 * (REQUIREMENTS R3, G4, A4.)
 */
public class PlansPart extends DrView {

	private Combo planChoice;
	private Text from;
	private Text to;
	private Spinner sample;
	private EntityGrid<PlanStatus> plans;
	private Composite charts;
	private ChartCanvas rpoTrend;
	private ChartCanvas rtoTrend;
	private String pendingMigration;
	@Inject
	private MApplication application;

	@PostConstruct
	void create(Composite parent) {
		frame(parent);
		toolbar(root);
		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite planSection = section(sash);
		plans = new EntityGrid<>(planSection, "dr.plans", "DR plans", DrColumns.plans(),
				"No DR plans yet. Plans per scenario (ransomware, fire, flood...) with RPO and RTO targets are "
						+ "recorded here with New plan (record the PACS nodes first); start the console with --demo "
						+ "to see an example trust.");
		grow(plans);
		buttons(planSection, new String[][] { { "dr.plan.new", "&New plan..." }, { "dr.plan.edit", "&Edit plan..." },
				{ "dr.plan.remove", "Remo&ve plan..." } }, this::newPlan, this::editPlan, this::removePlan);
		charts = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).applyTo(charts);
		rpoTrend = new ChartCanvas(charts, "dr.trend.rpo");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rpoTrend);
		rtoTrend = new ChartCanvas(charts, "dr.trend.rto");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rtoTrend);
		sash.setWeights(55, 45);
		statusLine("dr.status");
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
		planChoice.addListener(SWT.Selection, e -> chosen());
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
		command(bar, "dr.verify", "&Verify now", DrIds.VERIFY);
		command(bar, "dr.report", "Board report (PDF)...", DrIds.BOARD_REPORT);
		button(bar, "dr.migration.open", "&Migration campaign...", () -> migrationCampaign(""));
	}

	@Override
	void show(DrRegisters.Registers r) {
		String chosen = planChoice.getSelectionIndex() < 0 ? null : planChoice.getText();
		Instant now = Instant.now();
		plans.setRows(r.plans().stream().map(p -> PlanStatus.of(p, now)).toList());
		planChoice.setItems(r.plans().stream().map(p -> p.getName() == null ? "(unnamed plan)" : p.getName())
				.toArray(String[]::new));
		int again = chosen == null ? -1 : planChoice.indexOf(chosen);
		planChoice.select(again >= 0 ? again : r.plans().isEmpty() ? -1 : 0);
		chosen();
		if (pendingMigration != null) {
			String provider = pendingMigration;
			pendingMigration = null;
			ui.asyncExec(() -> migrationCampaign(provider));
		}
	}

	/** The chosen plan's trends, and the runs part told which plan the actions there are for. */
	private void chosen() {
		DrPlan plan = plan();
		rpoTrend.setData(plan == null ? null : RecoveryTrend.rpo(plan, 24, ZoneId.systemDefault()));
		rtoTrend.setData(plan == null ? null : RecoveryTrend.rto(plan, 24, ZoneId.systemDefault()));
		// without a measured run there is nothing to chart: the plans get the room
		boolean any = rpoTrend.data() != null && !rpoTrend.data().xLabels().isEmpty();
		if (charts.getVisible() != any) {
			charts.setVisible(any);
			charts.getParent().layout(true);
		}
		application.getContext().set(DrIds.CHOSEN_PLAN, plan == null ? null : plan.getId());
	}

	/** The plan chosen in the toolbar, or null. */
	DrPlan plan() {
		int i = planChoice.getSelectionIndex();
		return i < 0 || i >= current.plans().size() ? null : current.plans().get(i);
	}

	/** The charted data; for tests. */
	public ChartCanvas[] trendCharts() {
		return new ChartCanvas[] { rpoTrend, rtoTrend };
	}

	/** Verify now: the chosen plan over the range, in a Job recorded as a test run (the command's handler). */
	void verify() {
		DrPlan plan = plan();
		if (plan == null) {
			say("Choose a plan first.");
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
					events, store.location().toAbsolutePath().resolveSibling("dr-work").resolve(plan.getId()));
			say("Verifying " + plan.getName() + " (readiness first); progress is in the status line.");
		} catch (IllegalArgumentException e) {
			say("Cannot verify " + plan.getName() + ": " + e.getMessage());
		}
	}

	@Inject
	@Optional
	void verified(@UIEventTopic(Verifications.DONE) Verifications.Outcome outcome) {
		if (root == null || root.isDisposed()) {
			return;
		}
		if (outcome.error() != null) {
			say("Verification of " + outcome.plan().getName() + " failed: " + outcome.error());
			return;
		}
		var r = outcome.report();
		// a run that checked nothing says so first: "0 failures" alone would read as a success
		String nothing = r.findings().stream().filter(f -> Finding.UNVERIFIED.equals(f.check()))
				.map(f -> " Nothing was verified: " + f.detail() + ".").findFirst().orElse("");
		String ready = r.readiness().stream().filter(f -> f.severity() == Severity.FAILURE).findFirst()
				.map(f -> " Not ready: " + f.subject() + " " + f.detail() + ".").orElse("");
		say("Verification of " + outcome.plan().getName() + " at level " + r.check().level() + ": " + r.result() + " ("
				+ Findings.count(r.findings(), Severity.FAILURE) + " failures, "
				+ Findings.count(r.findings(), Severity.WARNING) + " warnings, " + r.objectsChecked()
				+ " objects checked), recorded as a test run." + ready + nothing);
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

	private void newPlan() {
		if (current.nodes().size() < 2) {
			say("A plan recovers a primary node onto a DR node: record both nodes first (PACS nodes).");
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

	/** The plans take the focus, so the keyboard reaches the grid at once. */
	@Focus
	void focus() {
		if (plans != null && !plans.table().isDisposed()) {
			plans.table().setFocus();
		}
	}

	static int indexOfId(java.util.List<? extends org.custodian.model.Identified> list,
			org.custodian.model.Identified o) {
		for (int i = 0; o != null && i < list.size(); i++) {
			if (list.get(i).getId() != null && list.get(i).getId().equals(o.getId())) {
				return i;
			}
		}
		return -1;
	}
}
