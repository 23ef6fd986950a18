package org.custodian.audit.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.audit.core.feeds.FeedReport;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.rules.RuleRunReport;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The one alert queue: every rule hit, newest first, with why it fired; open a case from the selected alerts or
 * dismiss them; run the rules; load the reference feeds the rules read.
 */
public class AlertsPart {
	static final int SHOWN = 5000;
	static final List<Column<Alert>> COLUMNS = List.of(
			Column.of("Time", Alert::time, 150),
			Column.of("Severity", Alert::severity, 70),
			Column.of("Rule", Alert::rule, 150),
			Column.of("User", Alert::userId, 100),
			Column.of("Patient", Alert::patientId, 100),
			Column.of("Why it fired", Alert::reason, 560),
			Column.of("Status", a -> a.status().toLowerCase(Locale.ROOT).replace('_', ' '), 70),
			Column.of("Case", Alert::caseRef, 110));

	@Inject
	private AccessReview review;
	@Inject
	private UISynchronize ui;

	private Combo status;
	private Label result;
	private EntityGrid<Alert> grid;
	private final List<Alert> shown = new ArrayList<>();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = Buttons.row(parent, 10);
		new Label(bar, SWT.NONE).setText("Show:");
		status = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), "alerts.status");
		status.setItems("Open", "In a case", "Dismissed", "All");
		status.select(0);
		status.addListener(SWT.Selection, e -> refresh());
		Buttons.button(bar, "Open &case from selected...", "alerts.openCase", this::openCase);
		Buttons.button(bar, "&Dismiss selected", "alerts.dismiss", this::dismiss);
		Buttons.button(bar, "&Run rules now", "alerts.run", () -> runRules(false));
		Buttons.button(bar, "Load care feed...", "alerts.loadCare", () -> loadFeed("care"));
		Buttons.button(bar, "Load VIP list...", "alerts.loadFlags", () -> loadFeed("flags"));
		Buttons.button(bar, "Load workstations...", "alerts.loadWorkstations", () -> loadFeed("workstations"));
		result = Buttons.status(parent, "alerts.result");
		grid = new EntityGrid<>(parent, "alerts.grid", "Alerts", COLUMNS,
				"No alerts. The rules run after every import; load the RIS/worklist care feed, the VIP list and the"
						+ " workstation register so that they can tell a legitimate access from an inappropriate one.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
		refresh();
		// whatever arrived without the import service (a receiver, a restored database) is checked now
		runRules(false);
	}

	private AlertFilter filter() {
		String s = switch (status.getSelectionIndex()) {
		case 0 -> Alert.OPEN;
		case 1 -> Alert.IN_CASE;
		case 2 -> Alert.DISMISSED;
		default -> null;
		};
		return new AlertFilter(null, s, null, null, null);
	}

	public void refresh() {
		AlertFilter f = filter();
		Job job = Job.create("Reading the alert queue", monitor -> {
			try {
				List<Alert> alerts = review.store().alerts().list(f, 0, SHOWN);
				long total = review.store().alerts().count(f);
				ui.asyncExec(() -> {
					if (grid.control().isDisposed()) {
						return;
					}
					shown.clear();
					shown.addAll(alerts);
					grid.setRows(alerts);
					if (total > alerts.size()) {
						result.setText("Showing the newest " + alerts.size() + " of " + total + " alerts.");
					}
				});
			} catch (RuntimeException e) {
				ui.asyncExec(() -> show("The alerts could not be read: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private List<Alert> selected() {
		return GridTools.selectedRows(grid.table()).stream().filter(i -> i < shown.size()).map(shown::get).toList();
	}

	private void openCase() {
		List<Alert> alerts = selected();
		if (alerts.isEmpty()) {
			show("Select one or more alerts first (click their row numbers).");
			return;
		}
		InputDialog title = new InputDialog(grid.control().getShell(), "Open a case",
				"Title of the investigation (" + alerts.size() + " alert(s)):",
				alerts.get(0).rule() + ": " + alerts.get(0).userId(), s -> s.isBlank() ? "A case needs a title." : null);
		if (title.open() != Window.OK) {
			return;
		}
		try {
			var c = review.investigations().open(title.getValue(), alerts.stream().map(Alert::id).toList(),
					review.store().user());
			show("Opened " + c.getReference() + ". It is in Cases.");
		} catch (RuntimeException e) {
			show("The case could not be opened: " + e.getMessage());
		}
		refresh();
	}

	private void dismiss() {
		List<Alert> alerts = selected();
		if (alerts.isEmpty()) {
			show("Select one or more alerts first (click their row numbers).");
			return;
		}
		if (!MessageDialog.openConfirm(grid.control().getShell(), "Dismiss alerts", "Dismiss " + alerts.size()
				+ " alert(s)? They stay in the queue under Dismissed and can be reopened into a case later.")) {
			return;
		}
		review.store().alerts().update(alerts.stream().map(Alert::id).toList(), Alert.DISMISSED, null);
		review.store().trail().append(review.store().user(), "dismiss alerts", null, alerts.size() + " alerts");
		refresh();
	}

	/** Runs the rules in the background (over everything when a reference feed changed). */
	public Job runRules(boolean fromStart) {
		Job job = Job.create("Checking access events against the rules", monitor -> {
			try {
				RuleRunReport r = fromStart ? review.rules().runFromStart(monitor) : review.rules().run(monitor);
				ui.asyncExec(() -> {
					show(r.eventsChecked() + " events checked, " + r.alertsRaised() + " new alerts"
							+ (r.raisedByRule().isEmpty() ? "." : " " + r.raisedByRule() + ".")
							+ (r.cancelled() ? " Cancelled." : ""));
					refresh();
				});
			} catch (RuntimeException e) {
				ui.asyncExec(() -> show("The rules could not run: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void loadFeed(String which) {
		FileDialog dialog = new FileDialog(grid.control().getShell(), SWT.OPEN);
		dialog.setText("Load the " + which + " feed (CSV)");
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		String name = dialog.open();
		if (name != null) {
			loadFeed(which, Path.of(name));
		}
	}

	/** Loads a reference feed in the background, then runs the rules over every event again. */
	public Job loadFeed(String which, Path file) {
		Job job = Job.create("Loading " + file.getFileName(), monitor -> {
			try {
				FeedReport r = switch (which) {
				case "care" -> review.feeds().loadCare(file);
				case "flags" -> review.feeds().loadFlags(file);
				default -> review.feeds().loadWorkstations(file);
				};
				String problems = r.problems().isEmpty() ? ""
						: " Refused " + r.problems().size() + ", first: " + r.problems().get(0).getMessage() + ".";
				ui.asyncExec(() -> show(r.source() + ": read " + r.read() + ", added " + r.added() + "." + problems));
				runRules(true);
			} catch (IOException | RuntimeException e) {
				ui.asyncExec(() -> show(file.getFileName() + " could not be loaded: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void show(String text) {
		if (!result.isDisposed()) {
			result.setText(text);
			result.getParent().layout(true);
		}
	}

	@Focus
	void focus() {
		status.setFocus();
	}
}
