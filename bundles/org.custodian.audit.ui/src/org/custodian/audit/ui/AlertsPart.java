package org.custodian.audit.ui;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.Formats;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.DataEvents;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.rules.RuleRunReport;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The one alert queue: every rule hit, newest first, filtered by status, rule, severity, user, patient and period;
 * the selected alert in full beside it (why it fired first); from an alert, one step to the patient's or the
 * user's timeline, a case, or a dismissal; run the rules; load the reference feeds the rules read.
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
			Column.of("Status", AlertDetail::status, 70),
			Column.of("Case", Alert::caseRef, 110));
	private static final String SELECT_FIRST = "Select one or more alerts first (click their row numbers).";

	@Inject
	private AccessReview review;
	@Inject
	private IEventBroker events;
	@Inject
	private UISynchronize ui;
	@Inject
	private EPartService parts;

	private AlertFilterBar filters;
	private Label result;
	private EntityGrid<Alert> grid;
	private AlertDetail detail;
	private Button patientTimeline;
	private Button userTimeline;
	private final List<Alert> shown = new ArrayList<>();
	/** Counts the reads of the queue, so that only the newest one's rows are shown. */
	private int reads;
	/** The patient the queue was last filtered by, whose view is on the console trail already. */
	private String loggedPatient;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		filters = new AlertFilterBar(parent, this::refresh);
		Composite bar = Buttons.row(parent, 6);
		Buttons.button(bar, "Open &case from selected...", "alerts.openCase", this::openCase);
		Buttons.button(bar, "Case for the user's &alerts", "alerts.openUserCase", this::openUserCase);
		Buttons.button(bar, "&Dismiss selected", "alerts.dismiss", this::dismiss);
		patientTimeline = Buttons.button(bar, "&Patient timeline", "alerts.patientTimeline", () -> timeline(true));
		userTimeline = Buttons.button(bar, "&User timeline", "alerts.userTimeline", () -> timeline(false));
		Buttons.button(bar, "&Run rules now", "alerts.run", () -> runRules(false));
		result = Buttons.status(parent, "alerts.result");
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		grid = new EntityGrid<>(sash, "alerts.grid", "Alerts", COLUMNS,
				"No alerts match. The rules run after every import; load the PAS, the RIS, the location list, the VIP"
						+ " list and the workstation register (File > Load reference feed..., Ctrl+Shift+L) so that they"
						+ " can tell a legitimate access from an inappropriate one.");
		detail = new AlertDetail(sash, review, ui);
		sash.setWeights(7, 3);
		grid.table().addLayerListener(event -> {
			if (event instanceof ISelectionEvent) {
				showSelected();
			}
		});
		new WrappedTooltip(grid);
		showSelected();
		refresh();
		// whatever arrived without the import service (a receiver, a restored database) is checked now
		runRules(false);
	}

	/** Reads the queue under the filter in the background; the selected alerts stay selected if still listed. */
	public void refresh() {
		AlertFilter f;
		try {
			f = filters.filter();
		} catch (DateTimeParseException e) {
			show(Formats.DAY_HINT);
			return;
		}
		int read = ++reads;
		detail.forgetDirectory();
		// the queue filtered by a patient is a view of their events: on the console trail, once per patient
		String viewed = f.patientId() != null && !f.patientId().equals(loggedPatient) ? f.patientId() : null;
		loggedPatient = f.patientId();
		Job job = Job.create("Reading the alert queue", monitor -> {
			try {
				if (viewed != null) {
					review.timelines().viewedEvents(viewed, "alert queue");
				}
				List<Alert> alerts = review.alerts().list(f, 0, SHOWN);
				long total = review.alerts().count(f);
				List<String> rules = review.alerts().rules();
				ui.asyncExec(() -> {
					if (grid.control().isDisposed() || read != reads) {
						return;
					}
					Set<Long> selected = selected().stream().map(Alert::id).collect(Collectors.toSet());
					shown.clear();
					shown.addAll(alerts);
					grid.setRows(alerts);
					filters.setRules(rules);
					reselect(selected);
					if (total > alerts.size()) {
						show("Showing the newest " + alerts.size() + " of " + total + " alerts.");
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

	/** Selects the rows of these alerts among those now shown, and nothing else (rows moved when the list did). */
	private void reselect(Set<Long> ids) {
		SelectionLayer selection = ((DefaultGridLayer) grid.table().getLayer()).getBodyLayer().getSelectionLayer();
		selection.clear(false);
		int[] rows = IntStream.range(0, shown.size()).filter(i -> ids.contains(shown.get(i).id())).toArray();
		if (rows.length > 0) {
			selection.doCommand(new SelectRowsCommand(selection, 0, rows, false, true, rows[0]));
		}
		showSelected();
	}

	private void showSelected() {
		List<Alert> alerts = selected();
		Alert first = alerts.isEmpty() ? null : alerts.get(0);
		detail.show(first, alerts.size());
		patientTimeline.setEnabled(first != null && first.patientId() != null);
		userTimeline.setEnabled(first != null && first.userId() != null);
	}

	/** Opens the Timeline part on the first selected alert's patient or user (the view is recorded in the trail). */
	private void timeline(boolean ofPatient) {
		List<Alert> alerts = selected();
		if (alerts.isEmpty()) {
			show("Select an alert first (click its row number).");
			return;
		}
		String who = ofPatient ? alerts.get(0).patientId() : alerts.get(0).userId();
		if (who == null) {
			show(ofPatient ? "This alert names no patient: it is about the user's accesses to several. Open the user's"
					+ " timeline to see each of them." : "This alert names no user.");
			return;
		}
		MPart part = parts.showPart(TimelinePart.ID, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof TimelinePart timelines) {
			timelines.show(ofPatient, who);
		}
	}

	private void openCase() {
		List<Alert> alerts = selected();
		if (alerts.isEmpty()) {
			show(SELECT_FIRST);
			return;
		}
		InputDialog title = new InputDialog(grid.control().getShell(), "Open a case",
				"Title of the investigation (" + alerts.size() + " alert(s)):",
				alerts.get(0).rule() + ": " + alerts.get(0).userId(), s -> s.isBlank() ? "A case needs a title." : null);
		if (title.open() != Window.OK) {
			return;
		}
		String name = title.getValue();
		List<Long> ids = alerts.stream().map(Alert::id).toList();
		write("Opening a case", () -> "Opened " + review.investigations().open(name, ids, review.user())
				.getReference() + ". It is in Cases.", "The case could not be opened: ");
	}

	/** One case from every open alert about the selected alert's user, whichever rules raised them. */
	private void openUserCase() {
		List<Alert> alerts = selected();
		if (alerts.isEmpty() || alerts.get(0).userId() == null) {
			show(alerts.isEmpty() ? SELECT_FIRST : "This alert names no user.");
			return;
		}
		String user = alerts.get(0).userId();
		if (!MessageDialog.openConfirm(grid.control().getShell(), "Open a case for " + user,
				"Open one case from every open alert about " + user + "? They leave the Open list for the case.")) {
			return;
		}
		write("Opening a case for " + user, () -> "Opened " + review.investigations().openForUser(user, null,
				review.user()).getReference() + " with every open alert about " + user + ". It is in Cases.",
				"The case could not be opened: ");
	}

	private void dismiss() {
		List<Alert> alerts = selected();
		if (alerts.isEmpty()) {
			show(SELECT_FIRST);
			return;
		}
		if (!MessageDialog.openConfirm(grid.control().getShell(), "Dismiss alerts", "Dismiss " + alerts.size()
				+ " alert(s)? They stay in the queue under Dismissed and can be reopened into a case later.")) {
			return;
		}
		List<Long> ids = alerts.stream().map(Alert::id).toList();
		write("Dismissing alerts", () -> {
			review.alerts().dismiss(ids);
			return "Dismissed " + ids.size() + " alert(s). They are listed under Dismissed.";
		}, "The alerts could not be dismissed: ");
	}

	/**
	 * Writes to the database in the background, then says what happened and tells the other parts (Cases lists
	 * the case just opened), which makes this queue read itself again too.
	 */
	private Job write(String name, Supplier<String> work, String failure) {
		return Background.load(name, work, ui, done -> {
			show(done);
			events.post(DataEvents.CHANGED, "alerts and cases");
		}, e -> {
			show(failure + e.getMessage());
			refresh();
		});
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

	private void show(String text) {
		if (!result.isDisposed()) {
			result.setText(text);
			result.getParent().layout(true);
		}
	}

	/** A feed, the rule settings or an import changed what the queue holds. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void changed(@org.eclipse.e4.ui.di.UIEventTopic(DataEvents.CHANGED) String what) {
		if (grid != null && !grid.control().isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		filters.focusControl().setFocus();
	}

	/** The whole reason as the tooltip of its cell, in lines of a readable length (it runs to a paragraph). */
	private static final class WrappedTooltip extends NatTableContentTooltip {
		private static final int LINE = 100;
		private static final int REASON = COLUMNS.stream().map(Column::header).toList().indexOf("Why it fired");

		WrappedTooltip(EntityGrid<Alert> grid) {
			super(grid.table(), GridRegion.BODY);
		}

		@Override
		protected String getText(Event event) {
			if (natTable.getColumnIndexByPosition(natTable.getColumnPositionByX(event.x)) != REASON) {
				return null;
			}
			String text = super.getText(event);
			if (text == null || text.length() <= LINE) {
				return text;
			}
			StringBuilder out = new StringBuilder();
			int column = 0;
			for (String word : text.split(" ")) {
				if (column > 0 && column + word.length() > LINE) {
					out.append('\n');
					column = 0;
				} else if (column > 0) {
					out.append(' ');
					column++;
				}
				out.append(word);
				column += word.length();
			}
			return out.toString();
		}
	}
}
