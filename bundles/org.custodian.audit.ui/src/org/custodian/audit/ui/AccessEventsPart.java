package org.custodian.audit.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.EmptyState;
import org.custodian.app.ui.Formats;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.Grids;
import org.custodian.app.ui.WidgetIds;
import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.review.AccessClasses;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.review.PatientNumbers;
import org.custodian.audit.core.rules.EventNames;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Access: every imported access to patient data, filtered by patient, user and date range, paged from the
 * database (REQUIREMENTS A1, R7). Import runs in the background; the grid re-reads when it is done.
 */
public class AccessEventsPart {

	/** The grid's columns; the hospital and NHS numbers come through the crosswalk, looked up once a patient. */
	static List<Column<StoredEvent>> columns(PatientNumbers numbers, AccessClasses classes) {
		return List.of(
			Column.of("Time", e -> e.event().time(), 150),
			Column.of("Class", classes::shortClassOf, 250),
			Column.of("Event", e -> EventNames.describe(e.event().eventCode()), 210),
			Column.of("Action", e -> e.event().action(), 55),
			Column.of("Outcome", e -> e.event().outcome() == 0 ? "success" : "failure (" + e.event().outcome() + ")", 90),
			Column.of("User", e -> e.event().userId(), 120),
			Column.of("User name", e -> e.event().userName(), 150),
			Column.of("From (host)", e -> e.event().host(), 130),
			Column.of("Patient", PatientNumbers::localNumber, 110),
			Column.of("NHS number", numbers::nhsNumber, 100),
			Column.of("Patient name", e -> e.event().patientName(), 150),
			Column.of("Study", e -> e.event().studyUid(), 220),
			Column.of("Source", e -> e.event().source(), 110),
			Column.of("Patient ID as written", e -> e.event().patientId(), 160));
	}

	private List<Column<StoredEvent>> gridColumns;
	/** Explained, unexplained or system traffic, per row; forgotten when data changes (a feed, an import). */
	private AccessClasses classes;

	@Inject
	private Store store;
	@Inject
	private AccessReview review;
	@Inject
	private AuditImportService importer;
	@Inject
	private IEventBroker events;
	@Inject
	private org.eclipse.e4.ui.di.UISynchronize ui;

	private Text patient;
	private Text user;
	private Text from;
	private Text to;
	private Label count;
	private Combo order;
	private Label importResult;
	private EmptyState empty;
	private NatTable table;
	private PagedEvents rows;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		classes = review.accessClasses();
		gridColumns = columns(review.patientNumbers(), classes);
		Composite filters = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		GridLayoutFactory.fillDefaults().numColumns(11).applyTo(filters);
		patient = filter(filters, "Patient:", "access.filter.patient", 110);
		patient.setMessage("number, NHS no. or CX");
		patient.setToolTipText("Any identifier of the patient: the hospital number, the NHS number, or a CX such as "
				+ "P0002061^^^RXX. Events under every identifier the demographics feed links are shown.");
		user = filter(filters, "User:", "access.filter.user", 110);
		from = filter(filters, "From:", "access.filter.from", 90);
		from.setMessage("dd/mm/yyyy");
		to = filter(filters, "To:", "access.filter.to", 90);
		to.setMessage("dd/mm/yyyy");
		button(filters, "&Filter", "access.filter.apply", this::applyFilter);
		button(filters, "&Clear", "access.filter.clear", this::clearFilter);
		count = WidgetIds.tag(new Label(filters, SWT.NONE), "access.count");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
		// the view's actions on a row of their own, so that neither they nor the count are cut off in a narrow window
		Composite actions = Buttons.row(parent, 6);
		new Label(actions, SWT.NONE).setText("Order:");
		order = WidgetIds.tag(new Combo(actions, SWT.READ_ONLY), "access.order");
		order.setItems("Newest first", "Oldest first", "By user", "By patient");
		order.select(0);
		order.addListener(SWT.Selection, e -> applyFilter());
		button(actions, "Col&umns...", "access.columns", () -> GridTools.chooseColumns(table.getShell(), table, gridColumns));
		button(actions, "&Export view...", "access.export", this::exportView);
		button(actions, "Add to &case...", "access.attach", this::attachToCase);
		button(actions, "Import audit log...", "access.import", this::chooseAndImport);

		importResult = WidgetIds.tag(new Label(parent, SWT.WRAP), "access.importResult");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(importResult);

		empty = new EmptyState(parent, "access.empty");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(empty);
		rows = new PagedEvents(store.events(), gridColumns);
		table = Grids.grid(empty, "access.events", rows, gridColumns);
		// a click on the header of time, user or patient orders by it (time again: the other way round)
		Grids.onHeaderClick(table, column -> {
			String header = gridColumns.get(column).header();
			int chosen = switch (header) {
			case "Time" -> order.getSelectionIndex() == 0 ? 1 : 0;
			case "User", "User name" -> 2;
			case "Patient", "NHS number", "Patient ID as written" -> 3;
			default -> -1;
			};
			if (chosen >= 0 && chosen != order.getSelectionIndex()) {
				order.select(chosen);
				applyFilter();
			}
		});
		empty.setContent(table);
		empty.setMessage("No access events yet. Import a DICOM audit trail (PS3.15 / RFC 3881 XML) from the PACS "
				+ "to see who looked at which patient's images.", "Import audit log...", this::chooseAndImport);
		applyFilter();
	}

	private Text filter(Composite parent, String label, String id, int width) {
		// Enter in a filter field filters, whichever part holds the shell's default button
		return Buttons.filterField(parent, label, id, width, this::applyFilter);
	}

	private Button button(Composite parent, String label, String id, Runnable action) {
		return Buttons.button(parent, label, id, action);
	}

	private void chooseAndImport() {
		List<Path> files = ImportAuditLogHandler.choose(table.getShell());
		if (!files.isEmpty()) {
			startImport(files);
		}
	}

	/** Imports the files in the background; the grid refreshes when the job is done. */
	public void startImport(List<Path> files) {
		importResult.setText("Importing " + files.size() + " file(s)...");
		AuditImports.start(files, importer, events);
	}

	/** Applies the filter fields; a date that cannot be read is reported and the old filter stays. */
	public void applyFilter() {
		try {
			EventFilter f = new EventFilter(blankToNull(patient.getText()), blankToNull(user.getText()),
					startOf(from.getText()), endOf(to.getText()));
			count.setForeground(null);
			show(f);
		} catch (DateTimeParseException e) {
			count.setForeground(count.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			count.setText(Formats.DAY_HINT);
		}
	}

	private void clearFilter() {
		for (Text t : new Text[] { patient, user, from, to }) {
			t.setText("");
		}
		applyFilter();
	}

	private void show(EventFilter f) {
		classes.forget(); // the RIS feed or the directory may have changed since the last look
		if (f.patientId() != null && !f.equals(rows.filter())) {
			// a patient's events looked at in the grid are on the console trail, as a timeline is
			String who = f.patientId();
			Job trail = Job.create("Recording the view on the console trail", monitor -> {
				try {
					review.timelines().viewedEvents(who, "events grid");
				} catch (RuntimeException e) {
					String text = "The view could not be written to the console trail: " + e.getMessage();
					ui.asyncExec(() -> showResult(text));
				}
				return org.eclipse.core.runtime.Status.OK_STATUS;
			});
			trail.setSystem(true);
			trail.schedule();
		}
		long n = rows.reset(f, EventOrder.values()[Math.max(0, order.getSelectionIndex())]);
		count.setText(n + (n == 1 ? " event" : " events") + (f.isEmpty() ? "" : " match the filter"));
		empty.show(n > 0 || !f.isEmpty());
		table.refresh();
		count.getParent().layout(true);
	}

	/** Attaches the selected events to an open case as evidence. */
	private void attachToCase() {
		List<Long> ids = GridTools.selectedRows(table).stream().map(i -> rows.row(i)).filter(e -> e != null)
				.map(StoredEvent::id).toList();
		CaseEvidence.attach(table.getShell(), review, ui, ids, this::showResult);
	}

	private void showResult(String text) {
		if (!importResult.isDisposed()) {
			importResult.setText(text);
			importResult.getParent().layout(true);
		}
	}

	/** Exports what the grid shows (filter, order, visible columns) to a CSV file, in the background. */
	private void exportView() {
		FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
		dialog.setText("Export the access events shown");
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("access-events.csv");
		dialog.setOverwrite(true);
		String name = dialog.open();
		if (name != null) {
			exportTo(Path.of(name));
		}
	}

	/** Starts the export job; the result is shown where import results are. */
	public Job exportTo(Path file) {
		List<Column<StoredEvent>> shown = GridTools.visibleColumns(table).stream().map(gridColumns::get).toList();
		EventFilter filter = rows.filter();
		EventOrder sort = rows.order();
		Display display = table.getDisplay();
		Job job = Job.create("Exporting access events", monitor -> {
			String message;
			try {
				long n = EventExport.write(store, filter, sort, shown, file, monitor);
				message = n < 0 ? "Export cancelled; no file was written." : n + " events exported to " + file + ".";
			} catch (IOException | RuntimeException e) {
				message = "The export failed: " + e.getMessage();
			}
			String text = message;
			display.asyncExec(() -> {
				if (!importResult.isDisposed()) {
					importResult.setText(text);
					importResult.getParent().layout(true);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	public long rowCount() {
		return rows.count();
	}

	@Inject
	@Optional
	void imported(@UIEventTopic(AuditImports.IMPORTED) AuditImports.ImportOutcome outcome) {
		if (importResult == null || importResult.isDisposed()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		for (ImportReport r : outcome.reports()) {
			text.append(String.format("%s: %d imported, %d duplicates, %d quarantined (%s).  ", r.source(),
					r.imported(), r.duplicates(), r.quarantined(), r.status().toLowerCase()));
			if (!r.firstProblems().isEmpty()) {
				var q = r.firstProblems().get(0);
				text.append("First problem: ").append(q.position()).append(": ").append(q.reason()).append(".  ");
			}
		}
		if (outcome.error() != null) {
			text.append("Import stopped: ").append(outcome.error());
		}
		importResult.setText(text.toString().trim());
		importResult.getParent().layout(true);
		applyFilter();
	}

	@Focus
	void focus() {
		patient.setFocus();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Instant startOf(String day) {
		String d = blankToNull(day);
		return d == null ? null : Formats.parseDay(d).atStartOfDay(ZoneId.systemDefault()).toInstant();
	}

	/** The "to" day is included: the filter's end is the start of the next day. */
	private static Instant endOf(String day) {
		String d = blankToNull(day);
		return d == null ? null : Formats.parseDay(d).plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
	}
}
