package org.custodian.people.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.ChartCanvas;
import org.custodian.app.ui.Column;
import org.custodian.report.ChartData;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Account;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessAfterEndDate;
import org.custodian.people.core.AccountFindings;
import org.custodian.people.core.Directory;
import org.custodian.people.core.ImportReport;
import org.custodian.people.core.PeopleService;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.people.core.Revocations;
import org.custodian.people.core.TrainingCompliance;
import org.custodian.people.core.TrainingCompliance.Due;
import org.custodian.people.core.TrainingCompliance.GroupCompliance;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * People oversight for line managers and the IG lead (R1, G1-G3): training compliance per group against the
 * target, who is overdue or due soon, policy acknowledgements, the account review queue, leavers with their
 * revocation and any access after their end date. Imports run as Jobs; the views refresh when data changes.
 */
public class PeopleOversightPart {

	/** One row of the compliance grid. */
	record ComplianceRow(GroupCompliance g) {
	}

	/** One row of the policy grid. */
	record PolicyRow(PolicyAcknowledgements.PolicyStatus s) {
	}

	/** Everything the tabs show, read in one go off the UI thread. */
	record View(List<GroupCompliance> compliance, List<Due> due, List<PolicyAcknowledgements.PolicyStatus> policies,
			List<Account> queue, List<Revocations.Leaver> leavers, List<AccessAfterEndDate.Finding> alerts,
			ChartData chart) {
	}

	@Inject
	private PeopleService people;
	@Inject
	private UISynchronize ui;
	@Inject
	private IEventBroker events;

	private Label summary;
	private EntityGrid<GroupCompliance> compliance;
	private ChartCanvas chart;
	private EntityGrid<Due> due;
	private EntityGrid<PolicyAcknowledgements.PolicyStatus> policies;
	private EntityGrid<Account> queue;
	private EntityGrid<Revocations.Leaver> leavers;
	private EntityGrid<AccessAfterEndDate.Finding> alerts;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(5, false));
		importButton(bar, "people.load.staff", "Load staff...", (p, f) -> p.importStaff(f));
		importButton(bar, "people.load.training", "Load training...", (p, f) -> p.importTraining(f));
		importButton(bar, "people.load.accounts", "Load accounts...", (p, f) -> p.importAccounts(f, null));
		importButton(bar, "people.load.leavers", "Load leavers...", (p, f) -> p.importChanges(f));
		summary = WidgetIds.tag(new Label(bar, SWT.NONE), "people.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		CTabFolder tabs = WidgetIds.tag(new CTabFolder(parent, SWT.BORDER), "people.tabs");
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite training = tab(tabs, "Training");
		training.setLayout(new org.eclipse.swt.layout.FillLayout(SWT.VERTICAL));
		compliance = new EntityGrid<>(training, "people.compliance", "Compliance per group",
				List.of(Column.of("Group", GroupCompliance::group, 160),
						Column.of("Course", g -> g.course().getTitle(), 220),
						Column.of("Required", GroupCompliance::required, 80),
						Column.of("Trained", GroupCompliance::trained, 80),
						Column.of("%", g -> String.format(Locale.ROOT, "%.1f", g.percentage()), 70),
						Column.of("Target", g -> g.meetsTarget() ? "met" : "BELOW " + (int) g.target() + "%", 100),
						Column.of("Overdue", g -> g.overdue().size(), 80),
						Column.of("Due soon", g -> g.dueSoon().size(), 80)),
				"No training yet: load the staff directory, the courses and the training records.");
		// the same figures as the compliance grid, over the last twelve months, against the target line
		chart = new ChartCanvas(training, "people.compliance.chart");
		due = new EntityGrid<>(tab(tabs, "Overdue and due soon"), "people.due", "Overdue and due soon",
				List.of(Column.of("Status", d -> d.overdue() ? "overdue" : "due soon", 90),
						Column.of("Due", Due::due, 100), Column.of("Staff no.", d -> d.staff().getStaffNumber(), 90),
						Column.of("Name", d -> Directory.name(d.staff()), 180),
						Column.of("Course", d -> d.course().getTitle(), 220),
						Column.of("Line manager", d -> Directory.name(d.staff().getLineManager()), 160)),
				"Nobody is overdue or due soon.");
		policies = new EntityGrid<>(tab(tabs, "Policies"), "people.policies", "Policy acknowledgements",
				List.of(Column.of("Policy", s -> s.policy().getTitle(), 220),
						Column.of("Version", s -> s.current().getVersion(), 80),
						Column.of("Acknowledged", s -> s.acknowledged().size(), 110),
						Column.of("Outstanding", s -> s.outstanding().size(), 110),
						Column.of("%", s -> String.format(Locale.ROOT, "%.1f", s.percentage()), 70),
						Column.of("Still to read", s -> names(s.outstanding()), 400)),
				"No policies yet.");
		queue = new EntityGrid<>(tab(tabs, "Account review"), "people.accounts.queue", "Accounts waiting for review",
				List.of(Column.of("System", Account::getSystem, 90), Column.of("User name", Account::getUsername, 120),
						Column.of("Display name", Account::getDisplayName, 180),
						Column.of("Match", Account::getMatch, 100),
						Column.of("Suggested owner", a -> Directory.name(a.getSuggestedOwner()), 160),
						Column.of("Why", Account::getMatchNote, 360)),
				"Every account is linked to a member of staff.");
		leavers = new EntityGrid<>(tab(tabs, "Leavers"), "people.leavers", "Leavers and revocations",
				List.of(Column.of("Staff no.", l -> l.staff().getStaffNumber(), 90),
						Column.of("Name", l -> Directory.name(l.staff()), 160),
						Column.of("Last day", Revocations.Leaver::endDate, 100),
						Column.of("Deadline", Revocations.Leaver::deadline, 100),
						Column.of("Accounts", l -> l.accounts().size(), 80),
						Column.of("Disabled", Revocations.Leaver::disabledAt, 170),
						Column.of("Status", l -> l.status().breach() ? "BREACH: " + l.status() : l.status(), 140)),
				"No leavers yet: load the HR feed of leavers and movers.");
		alerts = new EntityGrid<>(tab(tabs, "Access after leaving"), "people.alerts",
				"Access after the end date",
				List.of(Column.of("Staff no.", f -> f.staff().getStaffNumber(), 90),
						Column.of("Name", f -> Directory.name(f.staff()), 160),
						Column.of("Account", f -> f.account().getSystem() + " " + f.account().getUsername(), 160),
						Column.of("Last day", f -> f.staff().getEndDate(), 100),
						Column.of("Accesses", AccessAfterEndDate.Finding::events, 90),
						Column.of("Latest", AccessAfterEndDate.Finding::latest, 180)),
				"No account was used after its owner left.");
		tabs.setSelection(0);
		load();
	}

	private static Composite tab(CTabFolder tabs, String title) {
		Composite c = new Composite(tabs, SWT.NONE);
		c.setLayout(new org.eclipse.swt.layout.FillLayout());
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(c);
		return c;
	}

	private static String names(List<org.custodian.model.Staff> staff) {
		List<String> n = new ArrayList<>();
		for (int i = 0; i < Math.min(staff.size(), 20); i++) {
			n.add(Directory.name(staff.get(i)));
		}
		return String.join(", ", n) + (staff.size() > 20 ? " and " + (staff.size() - 20) + " more" : "");
	}

	private interface Load {
		ImportReport run(PeopleService people, Path file) throws IOException;
	}

	private void importButton(Composite bar, String id, String text, Load load) {
		Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(b.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.ldif", "*" });
			String file = dialog.open();
			if (file != null) {
				runImport(text.replace("...", ""), Path.of(file), load);
			}
		});
	}

	/** Imports in a Job (progress in the status line); the outcome in the summary, every view refreshed. */
	void runImport(String what, Path file, Load load) {
		Job job = Job.create(what + " " + file.getFileName(), monitor -> {
			try {
				ImportReport r = load.run(people, file);
				ui.asyncExec(() -> {
					if (!summary.isDisposed()) {
						summary.setText(r.toString() + (r.clean() ? "" : ": " + r.problems().get(0).getMessage()));
						summary.getParent().layout();
					}
				});
				events.post(DataEvents.CHANGED, "people");
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return Status.error(what + " failed: " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void load() {
		Background.load("Reading people data", () -> {
			Trust trust = people.trust();
			LocalDate today = LocalDate.now(people.clock());
			Instant now = people.clock().instant();
			List<GroupCompliance> c = new TrainingCompliance(trust).on(today);
			List<Due> d = new ArrayList<>();
			c.forEach(g -> {
				d.addAll(g.overdue());
				d.addAll(g.dueSoon());
			});
			return new View(c, d, PolicyAcknowledgements.status(trust, today), AccountFindings.reviewQueue(trust),
					Revocations.check(trust, now, people.clock().getZone()), people.accessAfterEndDate(trust),
					trust.getCourses().stream().filter(org.custodian.model.Course::isMandatory).findFirst()
							.map(course -> new TrainingCompliance(trust).chart(course, today, 12)).orElse(null));
		}, ui, this::show, e -> summary.setText("Could not read the people data: " + e.getMessage()));
	}

	private void show(View v) {
		if (summary.isDisposed()) {
			return;
		}
		compliance.setRows(v.compliance());
		due.setRows(v.due());
		policies.setRows(v.policies());
		queue.setRows(v.queue());
		leavers.setRows(v.leavers());
		alerts.setRows(v.alerts());
		chart.setData(v.chart());
		long breaches = v.leavers().stream().filter(l -> l.status().breach()).count();
		long below = v.compliance().stream().filter(g -> !g.meetsTarget()).count();
		summary.setText(below + " group(s) below the training target, " + breaches + " revocation breach(es), "
				+ v.alerts().size() + " account(s) used after leaving, " + v.queue().size() + " account(s) to review");
		summary.getParent().layout();
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (summary != null && !summary.isDisposed()) {
			load();
		}
	}
}
