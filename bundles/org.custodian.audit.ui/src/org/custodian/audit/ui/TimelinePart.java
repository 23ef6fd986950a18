package org.custodian.audit.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.custodian.app.ui.Formats;
import org.custodian.app.ui.ChartCanvas;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.review.PatientNumbers;
import org.custodian.audit.core.review.TimelineEntry;
import org.custodian.report.ChartData;
import org.custodian.store.EventFilter;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Patient and user timelines (REQUIREMENTS A1-A3): every access with who, when, where, what and the explanation
 * found, or "none"; and the access volume per day as a chart. Showing a timeline is written to the console trail.
 */
public class TimelinePart {
	/** The part's id in the Access perspective (fragment.e4xmi). */
	static final String ID = "org.custodian.audit.ui.part.timeline";
	static final int LIMIT = 10_000;
	static List<Column<TimelineEntry>> columns(PatientNumbers numbers) {
		return List.of(
			Column.of("When", t -> t.event().event().time(), 150),
			Column.of("Who", TimelineEntry::who, 220),
			Column.of("Where", TimelineEntry::where, 200),
			Column.of("Patient", t -> PatientNumbers.localNumber(t.event()), 100),
			Column.of("NHS number", t -> numbers.nhsNumber(t.event()), 100),
			Column.of("What", TimelineEntry::what, 300),
			Column.of("Explanation", TimelineEntry::explanation, 300));
	}

	@Inject
	private AccessReview review;
	@Inject
	private UISynchronize ui;

	private Button byPatient;
	private Button byUser;
	private Text id;
	private Text from;
	private Text to;
	private Label result;
	private EntityGrid<TimelineEntry> grid;
	private List<TimelineEntry> shown = List.of();
	private ChartCanvas chart;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = Buttons.row(parent, 11);
		byPatient = WidgetIds.tag(new Button(bar, SWT.RADIO), "timeline.byPatient");
		byPatient.setText("&Patient");
		byPatient.setSelection(true);
		byUser = WidgetIds.tag(new Button(bar, SWT.RADIO), "timeline.byUser");
		byUser.setText("&User");
		// Enter in a field shows the timeline (the window's default button would steal Return from other parts)
		id = Buttons.filterField(bar, "ID:", "timeline.id", 140, this::show);
		from = Buttons.filterField(bar, "From:", "timeline.from", 90, this::show);
		from.setMessage("dd/mm/yyyy");
		to = Buttons.filterField(bar, "To:", "timeline.to", 90, this::show);
		to.setMessage("dd/mm/yyyy");
		Buttons.button(bar, "&Show timeline", "timeline.show", this::show);
		Buttons.button(bar, "Add to &case...", "timeline.attach", () -> CaseEvidence.attach(grid.control().getShell(),
				review, ui, GridTools.selectedRows(grid.table()).stream().filter(i -> i < shown.size())
						.map(i -> shown.get(i).event().id()).toList(), text -> result.setText(text)));
		result = Buttons.status(parent, "timeline.result");
		result.setText("Every timeline shown is recorded in the console's own trail, with your name.");
		grid = new EntityGrid<>(parent, "timeline.grid", "Accesses", columns(review.patientNumbers()),
				"Enter a patient ID or a user and press Show timeline.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
		chart = new ChartCanvas(parent, "timeline.chart");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 190).applyTo(chart);
	}

	/** Shows the whole timeline of a patient or of a user (one step from an alert), as if typed in. */
	public void show(boolean ofPatient, String who) {
		byPatient.setSelection(ofPatient);
		byUser.setSelection(!ofPatient);
		id.setText(who);
		from.setText("");
		to.setText("");
		show();
	}

	/** Shows the timeline of the patient or user typed in, in the background. */
	public void show() {
		String who = id.getText().strip();
		if (who.isEmpty()) {
			result.setText("Enter a patient ID or a user first.");
			return;
		}
		Instant start;
		Instant end;
		try {
			start = from.getText().isBlank() ? null
					: Formats.parseDay(from.getText().strip()).atStartOfDay(ZoneId.systemDefault()).toInstant();
			end = to.getText().isBlank() ? null
					: Formats.parseDay(to.getText().strip()).plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			result.setText(Formats.DAY_HINT);
			return;
		}
		boolean patient = byPatient.getSelection();
		result.setText("Reading the timeline of " + (patient ? "patient " : "user ") + who + "...");
		Job job = Job.create("Reading the timeline of " + who, monitor -> {
			try {
				List<TimelineEntry> entries = patient ? review.timelines().patient(who, start, end, LIMIT)
						: review.timelines().user(who, start, end, LIMIT);
				EventFilter filter = patient ? new EventFilter(who, null, start, end) : new EventFilter(null, who, start, end);
				ChartData volume = review.timelines().volume(filter, "Accesses per day, " + (patient ? "patient " : "user ") + who);
				long unexplained = entries.stream().filter(t -> !t.explained()).count();
				ui.asyncExec(() -> {
					if (grid.control().isDisposed()) {
						return;
					}
					shown = entries;
					grid.setRows(entries);
					chart.setData(volume);
					result.setText(entries.size() + (entries.size() == LIMIT ? "+ (the newest " + LIMIT + ")" : "")
							+ " accesses, " + unexplained + " with no explanation found. This view was recorded in the console trail.");
				});
			} catch (RuntimeException e) {
				ui.asyncExec(() -> result.setText("The timeline could not be shown: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	@Focus
	void focus() {
		id.setFocus();
	}
}
