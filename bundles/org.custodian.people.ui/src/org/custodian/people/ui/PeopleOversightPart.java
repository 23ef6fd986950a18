package org.custodian.people.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.custodian.app.session.Session;
import org.custodian.app.ui.Background;
import org.custodian.app.ui.ChartCanvas;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.AccessDecision;
import org.custodian.model.Account;
import org.custodian.model.ReviewDecision;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessAfterEndDate;
import org.custodian.people.core.AccessReviews;
import org.custodian.people.core.AccountFindings;
import org.custodian.people.core.Days;
import org.custodian.people.core.Directory;
import org.custodian.people.core.ImportReport;
import org.custodian.people.core.PeopleData;
import org.custodian.people.core.PeopleService;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.people.core.Reminders;
import org.custodian.people.core.ReviewQueue;
import org.custodian.people.core.Revocations;
import org.custodian.people.core.TrainingCompliance;
import org.custodian.people.core.TrainingCompliance.Due;
import org.custodian.people.core.TrainingCompliance.GroupCompliance;
import org.custodian.report.ChartData;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * People oversight for line managers and the IG lead (R1, G1-G3): training compliance per group against the
 * target with its chart over the last twelve months and the reminders for a mail merge, who is overdue or due
 * soon, policy acknowledgements, the review queue of accounts that matched nobody for sure (confirm an owner, or
 * no personal owner), accounts with no owner, shared or unused for the trust's period, movers' access reviews
 * (approve or revoke with a justification; the default shown, and confirmed, before it is applied), leavers with
 * their revocation and any access after their end date. Imports and decisions run as Jobs; the views refresh
 * when data changes.
 */
public class PeopleOversightPart {

	/** Everything the tabs show, read in one go off the UI thread. */
	record View(List<GroupCompliance> compliance, List<Due> due, List<PolicyAcknowledgements.PolicyStatus> policies,
			List<Account> queue, Map<AccountFindings.Kind, List<Account>> accounts, int unusedDays, int graceDays,
			List<AccessReviews.Pending> reviews, List<AccessReviews.Pending> defaults, List<Revocations.Leaver> leavers,
			List<AccessAfterEndDate.Finding> alerts, Map<String, ChartData> charts, List<Staff> staff) {
	}

	@Inject
	private PeopleService people;
	@Inject
	private UISynchronize ui;
	@Inject
	private IEventBroker events;
	@Inject
	@Optional
	private Session session;

	private Label summary;
	private CTabFolder tabs;
	private EntityGrid<GroupCompliance> compliance;
	private ChartCanvas chart;
	private Combo chartCourse;
	private EntityGrid<Due> due;
	private EntityGrid<PolicyAcknowledgements.PolicyStatus> policies;
	private EntityGrid<Account> queue;
	private Combo accountKind;
	private Spinner unusedDays;
	private EntityGrid<Account> accounts;
	private EntityGrid<AccessReviews.Pending> reviews;
	private EntityGrid<Revocations.Leaver> leavers;
	private Spinner graceDays;
	private EntityGrid<AccessAfterEndDate.Finding> alerts;
	private View view;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(6, false));
		importButton(bar, "people.load.staff", "Load &staff...", (p, f) -> p.importStaff(f));
		importButton(bar, "people.load.courses", "Load &courses...", (p, f) -> p.importCourses(f));
		importButton(bar, "people.load.training", "Load &training...", (p, f) -> p.importTraining(f));
		importButton(bar, "people.load.accounts", "Load &accounts...", null);
		importButton(bar, "people.load.leavers", "Load &leavers and movers...", (p, f) -> p.importChanges(f));
		importButton(bar, "people.load.acknowledgements", "Load ac&knowledgements...",
				(p, f) -> p.importAcknowledgements(f));
		summary = WidgetIds.tag(new Label(parent, SWT.WRAP), "people.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		tabs = WidgetIds.tag(new CTabFolder(parent, SWT.BORDER), "people.tabs");
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		trainingTab();
		due = new EntityGrid<>(tab("Overdue and due soon"), "people.due", "Overdue and due soon",
				List.of(Column.of("Status", d -> d.overdue() ? "overdue" : "due soon", 90),
						Column.of("Due", Due::due, 100), Column.of("Staff no.", d -> d.staff().getStaffNumber(), 90),
						Column.of("Name", d -> Directory.name(d.staff()), 180),
						Column.of("Course", d -> d.course().getTitle(), 220),
						Column.of("Line manager", d -> Directory.name(d.staff().getLineManager()), 160)),
				"Nobody is overdue or due soon.");
		policiesTab();
		queueTab();
		accountsTab();
		reviewsTab();
		leaversTab();
		alerts = new EntityGrid<>(tab("Access after leaving"), "people.alerts", "Access after the end date",
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

	@Focus
	void focus() {
		if (tabs != null && !tabs.isDisposed()) {
			tabs.setFocus();
		}
	}

	private void trainingTab() {
		Composite training = tab("Training");
		training.setLayout(new GridLayout(1, false));
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
		compliance.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// the same figures as the compliance grid, over the last twelve months, against the target line
		chart = new ChartCanvas(training, "people.compliance.chart");
		GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, false);
		chartData.heightHint = 220;
		chart.setLayoutData(chartData);
		Composite under = new Composite(training, SWT.NONE);
		under.setLayout(new GridLayout(3, false));
		new Label(under, SWT.NONE).setText("C&hart of the course");
		chartCourse = WidgetIds.tag(new Combo(under, SWT.READ_ONLY), "people.compliance.course");
		GridData courseWidth = new GridData();
		courseWidth.widthHint = 300;
		chartCourse.setLayoutData(courseWidth);
		chartCourse.addListener(SWT.Selection, e -> showChart());
		buttons(under, new String[][] { { "people.reminders", "Export &reminders (CSV)..." } },
				this::exportReminders);
	}

	private void policiesTab() {
		Composite tab = tab("Policies");
		tab.setLayout(new GridLayout(1, false));
		policies = new EntityGrid<>(tab, "people.policies", "Policy acknowledgements",
				List.of(Column.of("Policy", s -> s.policy().getTitle(), 220),
						Column.of("Version", s -> s.current().getVersion(), 80),
						Column.of("Acknowledged", s -> s.acknowledged().size(), 110),
						Column.of("Outstanding", s -> s.outstanding().size(), 110),
						Column.of("%", s -> String.format(Locale.ROOT, "%.1f", s.percentage()), 70),
						Column.of("Still to read", s -> names(s.outstanding()), 400)),
				"No policies yet: load the acknowledgements export (policy, version, staff number, date).");
		policies.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		buttons(tab, new String[][] { { "people.policy.publish", "Publish a new &version..." } },
				this::publishVersion);
	}

	/** A new version of the selected policy: everyone it applies to must acknowledge it again (R1). */
	private void publishVersion() {
		if (view == null) {
			return;
		}
		PolicyAcknowledgements.PolicyStatus p = selected(policies, view.policies(), "a policy");
		if (p == null) {
			return;
		}
		String version = PeopleDialogs.ask(summary.getShell(), "Publish a new version",
				"The new version of " + p.policy().getTitle() + " (now " + p.current().getVersion()
						+ "); everyone it applies to will have to acknowledge it again:",
				"", "people.policy.version");
		if (version == null) {
			return;
		}
		String policyId = p.policy().getId();
		LocalDate today = LocalDate.now(people.clock());
		change("Publishing a new policy version", t -> {
			org.custodian.model.PolicyDocument policy = t.getPolicies().stream().filter(d -> d.getId().equals(policyId))
					.findFirst().orElseThrow(() -> new IllegalArgumentException("The policy is no longer stored."));
			PolicyAcknowledgements.publish(t, policy.getTitle(), version, today, List.copyOf(policy.getAppliesTo()),
					null);
			return "Version " + version + " of " + policy.getTitle() + " published: it is to be acknowledged again.";
		});
	}

	private void queueTab() {
		Composite tab = tab("Account review");
		tab.setLayout(new GridLayout(1, false));
		queue = new EntityGrid<>(tab, "people.accounts.queue", "Accounts waiting for review",
				List.of(Column.of("System", Account::getSystem, 90), Column.of("User name", Account::getUsername, 120),
						Column.of("Display name", Account::getDisplayName, 180),
						Column.of("Match", Account::getMatch, 100),
						Column.of("Suggested owner", a -> Directory.name(a.getSuggestedOwner()), 160),
						Column.of("Why", Account::getMatchNote, 360)),
				"Every account is linked to a member of staff or marked as having no personal owner.");
		queue.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		buttons(tab, new String[][] { { "people.queue.confirm", "Con&firm owner..." },
				{ "people.queue.noowner", "&No personal owner..." } }, this::confirmOwner, this::noOwner);
	}

	private void accountsTab() {
		Composite tab = tab("Accounts to check");
		tab.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(tab, SWT.NONE);
		bar.setLayout(new GridLayout(5, false));
		new Label(bar, SWT.NONE).setText("Sho&w");
		accountKind = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), "people.accounts.kind");
		for (AccountFindings.Kind k : AccountFindings.Kind.values()) {
			accountKind.add(k.title());
		}
		accountKind.select(0);
		accountKind.addListener(SWT.Selection, e -> showAccounts());
		new Label(bar, SWT.NONE).setText("Unused means no log-in for (&days)");
		unusedDays = WidgetIds.tag(new Spinner(bar, SWT.BORDER), "people.accounts.unusedDays");
		unusedDays.setValues(90, 1, 3650, 0, 1, 30);
		Button save = WidgetIds.tag(new Button(bar, SWT.PUSH), "people.accounts.savePeriod");
		save.setText("Set the trust's &period");
		save.addListener(SWT.Selection, e -> savePeriod());
		accounts = new EntityGrid<>(tab, "people.accounts.list", "Accounts",
				List.of(Column.of("System", Account::getSystem, 90), Column.of("User name", Account::getUsername, 130),
						Column.of("Display name", Account::getDisplayName, 180),
						Column.of("Owner", a -> Directory.name(a.getOwner()), 160),
						Column.of("Shared", Account::isShared, 70), Column.of("Last used", Account::getLastUsed, 150),
						Column.of("Match", Account::getMatch, 100), Column.of("Note", Account::getMatchNote, 300)),
				"No account of this kind.");
		accounts.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	private void reviewsTab() {
		Composite tab = tab("Movers' access reviews");
		tab.setLayout(new GridLayout(1, false));
		reviews = new EntityGrid<>(tab, "people.reviews", "Access decisions of movers' reviews",
				List.of(Column.of("Mover", p -> Directory.name(p.review().getChange().getStaff()), 140),
						Column.of("New role", p -> p.review().getChange().getNewRole(), 150),
						Column.of("Account", p -> p.decision().getAccount().getSystem() + " "
								+ p.decision().getAccount().getUsername(), 150),
						Column.of("Reviewer", p -> Directory.name(p.review().getReviewer()), 140),
						Column.of("Due", p -> Days.day(p.review().getDue()), 100),
						Column.of("Decision", p -> p.decision().getDecision(), 90),
						Column.of("If unanswered", this::ifUnanswered, 240),
						Column.of("Justification", p -> p.decision().getJustification(), 300),
						Column.of("Decided by", p -> p.decision().getDecidedBy(), 110)),
				"No mover is waiting for an access review: movers in the HR feed open one.");
		reviews.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		buttons(tab, new String[][] { { "people.review.approve", "A&pprove..." },
				{ "people.review.revoke", "Re&voke..." }, { "people.review.defaults", "Apply &defaults..." },
				{ "people.review.reminders", "Reviewer re&minders (CSV)..." } }, () -> decide(ReviewDecision.APPROVE),
				() -> decide(ReviewDecision.REVOKE), this::applyDefaults, this::exportReviewReminders);
	}

	private void leaversTab() {
		Composite tab = tab("Leavers");
		tab.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(tab, SWT.NONE);
		bar.setLayout(new GridLayout(3, false));
		new Label(bar, SWT.NONE).setText("Accounts are to be disabled by the end of the last working day plus (da&ys)");
		graceDays = WidgetIds.tag(new Spinner(bar, SWT.BORDER), "people.leavers.graceDays");
		graceDays.setValues(0, 0, 365, 0, 1, 7);
		Button save = WidgetIds.tag(new Button(bar, SWT.PUSH), "people.leavers.saveGrace");
		save.setText("Set the trust's deadli&ne");
		save.addListener(SWT.Selection, e -> {
			int days = graceDays.getSelection();
			change("Setting the revocation deadline", t -> {
				Revocations.setGraceDays(t, days);
				return "Leavers' accounts are now due to be disabled by the end of the last working day"
						+ (days == 0 ? "." : " plus " + days + " day(s).");
			});
		});
		leavers = new EntityGrid<>(tab, "people.leavers", "Leavers and revocations",
				List.of(Column.of("Staff no.", l -> l.staff().getStaffNumber(), 90),
						Column.of("Name", l -> Directory.name(l.staff()), 160),
						Column.of("Last day", Revocations.Leaver::endDate, 100),
						Column.of("Deadline", Revocations.Leaver::deadline, 100),
						Column.of("Accounts", l -> l.accounts().size(), 80),
						Column.of("Disabled", Revocations.Leaver::disabledAt, 170),
						Column.of("Smartcard removed", Revocations.Leaver::smartcardRemoved, 130),
						Column.of("Position removed", Revocations.Leaver::positionRemoved, 130),
						Column.of("Status", l -> l.status().breach() ? "BREACH: " + l.status() : l.status(), 140)),
				"No leavers yet: load the HR feed of leavers and movers.");
		leavers.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	/** What happens to an open decision when its reviewer does not answer: shown before it is applied. */
	private String ifUnanswered(AccessReviews.Pending p) {
		if (p.decision().getDecision() != ReviewDecision.PENDING) {
			return p.decision().isDefaulted() ? "default applied" : null;
		}
		String what = p.review().getDefaultDecision().getLiteral().toLowerCase(Locale.ROOT);
		LocalDate dueDay = Days.day(p.review().getDue());
		boolean late = dueDay != null && LocalDate.now(people.clock()).isAfter(dueDay);
		return late ? what.toUpperCase(Locale.ROOT) + ": overdue, by Apply defaults" : what + " after " + dueDay;
	}

	private Composite tab(String title) {
		Composite c = new Composite(tabs, SWT.NONE);
		c.setLayout(new org.eclipse.swt.layout.FillLayout());
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(c);
		return c;
	}

	private static void buttons(Composite parent, String[][] labels, Runnable... actions) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(labels.length, false));
		for (int i = 0; i < labels.length; i++) {
			Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), labels[i][0]);
			b.setText(labels[i][1]);
			Runnable action = actions[i];
			b.addListener(SWT.Selection, e -> action.run());
		}
	}

	private static String names(List<Staff> staff) {
		List<String> n = new ArrayList<>();
		for (int i = 0; i < Math.min(staff.size(), 20); i++) {
			n.add(Directory.name(staff.get(i)));
		}
		return String.join(", ", n) + (staff.size() > 20 ? " and " + (staff.size() - 20) + " more" : "");
	}

	private interface Load {
		ImportReport run(PeopleService people, Path file) throws IOException;
	}

	/** {@code load} null: accounts, whose LDIF exports need the system they come from. */
	private void importButton(Composite bar, String id, String text, Load load) {
		Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(b.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { load == null ? "*.csv;*.ldif" : "*.csv", "*" });
			String file = dialog.open();
			if (file == null) {
				return;
			}
			Load chosen = load;
			if (chosen == null) {
				String system = null;
				if (file.toLowerCase(Locale.ROOT).endsWith(".ldif")) {
					system = PeopleDialogs.ask(b.getShell(), "Accounts from a directory",
							"Which system are the accounts of this LDIF export for (for example AD)?", "AD",
							"people.ldif.system");
					if (system == null) {
						return;
					}
				}
				String ldifSystem = system;
				chosen = (p, f) -> p.importAccounts(f, ldifSystem);
			}
			runImport(text.replace("...", "").replace("&", ""), Path.of(file), chosen);
		});
	}

	/** Imports in a Job (progress in the status line); the outcome in the summary, every view refreshed. */
	void runImport(String what, Path file, Load load) {
		Job job = Job.create(what + " " + file.getFileName(), monitor -> {
			try {
				ImportReport r = load.run(people, file);
				tell(r.toString() + (r.clean() ? "" : ": " + r.problems().get(0).getMessage()));
				events.post(DataEvents.CHANGED, "people");
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				tell(what + " failed: " + e.getMessage());
				return Status.error(what + " failed: " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void tell(String text) {
		ui.asyncExec(() -> {
			if (!summary.isDisposed()) {
				summary.setText(text);
				summary.getParent().layout();
			}
		});
	}

	private String reviewer() {
		return session != null ? session.user() : System.getProperty("user.name");
	}

	/**
	 * Takes a decision in a Job on a freshly loaded trust and saves it; the change returns what to tell the user.
	 * A refusal (the record was decided or removed meanwhile, a required answer missing) is told, nothing saved.
	 */
	Job change(String what, Function<Trust, String> decision) {
		Job job = Job.create(what, monitor -> {
			try {
				Trust trust = people.trust();
				String done = decision.apply(trust);
				people.save(trust);
				tell(done);
				events.post(DataEvents.CHANGED, "people");
			} catch (IllegalArgumentException | IllegalStateException e) {
				tell("Not recorded: " + e.getMessage());
			} catch (RuntimeException e) {
				tell(what + " failed: " + e.getMessage());
				return Status.error(what + " failed: " + e.getMessage(), e);
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** The row of an account in the review queue, or -1; for tests. */
	public int queueRow(String system, String username) {
		List<Account> rows = view == null ? List.of() : view.queue();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getSystem().equals(system) && rows.get(i).getUsername().equals(username)) {
				return i;
			}
		}
		return -1;
	}

	/** The row of a policy in the policies tab, or -1; for tests. */
	public int policyRow(String title) {
		List<PolicyAcknowledgements.PolicyStatus> rows = view == null ? List.of() : view.policies();
		for (int i = 0; i < rows.size(); i++) {
			if (title.equals(rows.get(i).policy().getTitle())) {
				return i;
			}
		}
		return -1;
	}

	/** The row of an account's decision in the movers' reviews, or -1; for tests. */
	public int reviewRow(String system, String username) {
		List<AccessReviews.Pending> rows = view == null ? List.of() : view.reviews();
		for (int i = 0; i < rows.size(); i++) {
			Account a = rows.get(i).decision().getAccount();
			if (a.getSystem().equals(system) && a.getUsername().equals(username)) {
				return i;
			}
		}
		return -1;
	}

	/** What the "If unanswered" column shows for a row of the movers' reviews; for tests. */
	public String ifUnansweredOf(int row) {
		return String.valueOf(ifUnanswered(view.reviews().get(row)));
	}

	private <T> T selected(EntityGrid<T> grid, List<T> rows, String what) {
		List<Integer> chosen = GridTools.selectedRows(grid.table());
		if (chosen.isEmpty() || chosen.get(0) >= rows.size()) {
			tell("Select " + what + " in the list first (click its row).");
			return null;
		}
		return rows.get(chosen.get(0));
	}

	private void confirmOwner() {
		if (view == null) {
			return;
		}
		Account a = selected(queue, view.queue(), "an account");
		if (a == null) {
			return;
		}
		Staff owner = PeopleDialogs.owner(summary.getShell(), a.getSystem() + " account " + a.getUsername()
				+ (a.getDisplayName() == null ? "" : " (" + a.getDisplayName() + ")"), view.staff(), a.getSuggestedOwner());
		if (owner != null) {
			String accountId = a.getId();
			String staffId = owner.getId();
			change("Confirming the owner of " + a.getUsername(), t -> {
				Account done = ReviewQueue.confirmOwner(t, accountId, staffId, reviewer());
				return done.getUsername() + " now belongs to " + Directory.name(done.getOwner()) + ".";
			});
		}
	}

	private void noOwner() {
		if (view == null) {
			return;
		}
		Account a = selected(queue, view.queue(), "an account");
		if (a == null) {
			return;
		}
		MessageDialog ask = new MessageDialog(summary.getShell(), "No personal owner", null, "Record that "
				+ a.getSystem() + " account " + a.getUsername() + " belongs to nobody in particular? It will then "
				+ "be listed with the accounts that have no owner until it is withdrawn or given one.",
				MessageDialog.QUESTION, 1, "&Record", "&Cancel");
		if (ask.open() != 0) {
			return;
		}
		String accountId = a.getId();
		change("Recording no owner for " + a.getUsername(), t -> ReviewQueue.noOwner(t, accountId, reviewer())
				.getUsername() + " is recorded as having no personal owner.");
	}

	private void savePeriod() {
		int days = unusedDays.getSelection();
		change("Setting the period of non-use", t -> {
			AccountFindings.setUnusedPeriod(t, days);
			return "Accounts without a log-in for " + days + " days are now listed as unused.";
		});
	}

	private void showAccounts() {
		if (view == null) {
			return;
		}
		AccountFindings.Kind kind = AccountFindings.Kind.values()[Math.max(0, accountKind.getSelectionIndex())];
		accounts.setRows(view.accounts().get(kind));
	}

	private void decide(ReviewDecision decision) {
		if (view == null) {
			return;
		}
		AccessReviews.Pending p = selected(reviews, view.reviews(), "an account of a review");
		if (p == null) {
			return;
		}
		String account = p.decision().getAccount().getSystem() + " account " + p.decision().getAccount().getUsername();
		String why = PeopleDialogs.ask(summary.getShell(), decision == ReviewDecision.APPROVE ? "Approve" : "Revoke",
				(decision == ReviewDecision.APPROVE ? "Why does " + Directory.name(p.review().getChange().getStaff())
						+ " still need " : "Why is access to be withdrawn from ") + account + "?", "",
				"people.review.justification");
		if (why == null) {
			return;
		}
		String decisionId = p.decision().getId();
		change("Recording the review decision", t -> {
			AccessDecision d = AccessReviews.find(t, decisionId).decision();
			AccessReviews.decide(d, decision, why, reviewer(), people.clock().instant());
			return account + ": " + decision.getLiteral().toLowerCase(Locale.ROOT) + ", recorded.";
		});
	}

	/** Shows every default that would be taken and applies them only when the user agrees. */
	private void applyDefaults() {
		if (view == null) {
			return;
		}
		List<AccessReviews.Pending> pending = view.defaults();
		if (pending.isEmpty()) {
			tell("No review is past its due date with decisions open: no default to apply.");
			return;
		}
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < Math.min(pending.size(), 15); i++) {
			AccessReviews.Pending p = pending.get(i);
			list.append("\n  ").append(p.review().getDefaultDecision().getLiteral().toLowerCase(Locale.ROOT)).append(' ')
					.append(p.decision().getAccount().getSystem()).append(' ')
					.append(p.decision().getAccount().getUsername()).append(" of ")
					.append(Directory.name(p.review().getChange().getStaff())).append(" (due ")
					.append(Days.day(p.review().getDue())).append(", reviewer ")
					.append(Directory.name(p.review().getReviewer())).append(')');
		}
		if (pending.size() > 15) {
			list.append("\n  and ").append(pending.size() - 15).append(" more");
		}
		MessageDialog ask = new MessageDialog(summary.getShell(), "Apply the default decisions", null,
				pending.size() + " decision(s) were not taken by their due date. Applying the defaults records:"
						+ list + "\n\nEach is marked as defaulted.",
				MessageDialog.WARNING, 1, "&Apply defaults", "&Cancel");
		if (ask.open() != 0) {
			return;
		}
		change("Applying the default review decisions", t -> {
			List<AccessReviews.Pending> taken = AccessReviews.applyDefaults(t, LocalDate.now(people.clock()), reviewer(),
					people.clock().instant());
			return taken.size() + " default decision(s) applied.";
		});
	}

	private Path saveAs(String name) {
		FileDialog dialog = new FileDialog(summary.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName(name);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	private interface CsvWrite {
		void write(Writer out) throws IOException;
	}

	/** Writes a CSV in a Job; the summary says where it went and how many lines it holds. */
	Job export(String what, Path file, CsvWrite write) {
		Job job = Job.create("Writing " + what, monitor -> {
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				write.write(out);
			} catch (IOException | RuntimeException e) {
				tell("Could not write " + what + ": " + e.getMessage());
				return Status.OK_STATUS;
			}
			try (var lines = Files.lines(file)) {
				tell(what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " written to " + file + " ("
						+ (lines.count() - 1) + " lines).");
			} catch (IOException e) {
				tell(what + " written to " + file + ".");
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void exportReminders() {
		if (view == null) {
			return;
		}
		Path file = saveAs("training-reminders-" + LocalDate.now(people.clock()) + ".csv");
		if (file != null) {
			exportReminders(file);
		}
	}

	/** The training reminders of what is shown, as CSV for a mail merge; public for tests. */
	public Job exportReminders(Path file) {
		List<GroupCompliance> shown = view == null ? List.of() : view.compliance();
		return export("the training reminders", file, out -> Reminders.write(shown, out));
	}

	private void exportReviewReminders() {
		if (view == null) {
			return;
		}
		Path file = saveAs("access-review-reminders-" + LocalDate.now(people.clock()) + ".csv");
		if (file != null) {
			List<AccessReviews.Pending> open = view.reviews().stream()
					.filter(p -> p.decision().getDecision() == ReviewDecision.PENDING).toList();
			LocalDate today = LocalDate.now(people.clock());
			export("the reviewers' reminders", file, out -> Reminders.writeReviews(open, today, out));
		}
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
			Map<AccountFindings.Kind, List<Account>> lists = new EnumMap<>(AccountFindings.Kind.class);
			for (AccountFindings.Kind k : AccountFindings.Kind.values()) {
				lists.put(k, AccountFindings.of(k, trust, now));
			}
			List<AccessReviews.Pending> all = new ArrayList<>(AccessReviews.all(trust));
			// open decisions first, the oldest due date first
			all.sort(Comparator.comparing((AccessReviews.Pending p) -> p.decision().getDecision() != ReviewDecision.PENDING)
					.thenComparing(p -> p.review().getDue(), Comparator.nullsLast(Comparator.naturalOrder())));
			List<Staff> staff = new ArrayList<>(trust.getStaff());
			staff.sort(Comparator.comparing(Directory::name, Comparator.nullsLast(String::compareToIgnoreCase)));
			return new View(c, d, PolicyAcknowledgements.status(trust, today), AccountFindings.reviewQueue(trust), lists,
					PeopleData.settings(trust).getUnusedAccountDays(), PeopleData.settings(trust).getRevocationGraceDays(),
					all, AccessReviews.pendingDefaults(trust, today),
					Revocations.check(trust, now, people.clock().getZone()), people.accessAfterEndDate(trust),
					charts(trust, today), staff);
		}, ui, this::show, e -> summary.setText("Could not read the people data: " + e.getMessage()));
	}

	/** The compliance chart of every course, mandatory ones first, by title. */
	private static Map<String, ChartData> charts(Trust trust, LocalDate today) {
		Map<String, ChartData> charts = new java.util.LinkedHashMap<>();
		TrainingCompliance compliance = new TrainingCompliance(trust);
		trust.getCourses().stream()
				.sorted(Comparator.comparing((org.custodian.model.Course c) -> !c.isMandatory())
						.thenComparing(c -> c.getTitle() == null ? "" : c.getTitle()))
				.forEach(c -> charts.put(c.getTitle() == null ? c.getCode() : c.getTitle(), compliance.chart(c, today, 12)));
		return charts;
	}

	private void showChart() {
		if (view == null || view.charts().isEmpty()) {
			chart.setData(null);
			return;
		}
		String chosen = chartCourse.getSelectionIndex() < 0 ? null : chartCourse.getText();
		chart.setData(view.charts().getOrDefault(chosen, view.charts().values().iterator().next()));
	}

	private void show(View v) {
		if (summary.isDisposed()) {
			return;
		}
		view = v;
		compliance.setRows(v.compliance());
		due.setRows(v.due());
		policies.setRows(v.policies());
		queue.setRows(v.queue());
		unusedDays.setSelection(v.unusedDays());
		graceDays.setSelection(v.graceDays());
		showAccounts();
		reviews.setRows(v.reviews());
		leavers.setRows(v.leavers());
		alerts.setRows(v.alerts());
		String chosen = chartCourse.getSelectionIndex() < 0 ? null : chartCourse.getText();
		chartCourse.setItems(v.charts().keySet().toArray(String[]::new));
		int again = chosen == null ? -1 : chartCourse.indexOf(chosen);
		chartCourse.select(again >= 0 ? again : v.charts().isEmpty() ? -1 : 0);
		showChart();
		long breaches = v.leavers().stream().filter(l -> l.status().breach()).count();
		long below = v.compliance().stream().filter(g -> !g.meetsTarget()).count();
		long open = v.reviews().stream().filter(p -> p.decision().getDecision() == ReviewDecision.PENDING).count();
		summary.setText(below + " group(s) below the training target, " + breaches + " revocation breach(es), "
				+ v.alerts().size() + " account(s) used after leaving, " + v.queue().size() + " account(s) to review, "
				+ open + " movers' access decision(s) open, " + v.accounts().get(AccountFindings.Kind.NO_OWNER).size()
				+ " enabled account(s) without an owner");
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
