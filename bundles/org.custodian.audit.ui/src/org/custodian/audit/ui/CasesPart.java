package org.custodian.audit.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.review.Investigations;
import org.custodian.model.CaseNote;
import org.custodian.model.CaseOutcome;
import org.custodian.model.Investigation;
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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Investigations from alert to outcome: the case list, the selected case's facts and notes, and what a guardian
 * does with a case (note, reassign, decide reportability on the 72-hour clock, close with an outcome, export the
 * case pack). Also the repeat offenders and whether the periodic log review is overdue (R7).
 */
public class CasesPart {
	static final List<Column<Investigation>> COLUMNS = List.of(
			Column.of("Case", Investigation::getReference, 120),
			Column.of("Title", Investigation::getTitle, 260),
			Column.of("Status", Investigation::getStatus, 70),
			Column.of("Owner", Investigation::getOwner, 120),
			Column.of("User", Investigation::getSubjectUserId, 100),
			Column.of("Patient", Investigation::getPatientId, 100),
			Column.of("Opened", Investigation::getOpened, 150),
			Column.of("Reporting clock", CasesPart::clock, 170),
			Column.of("Outcome", Investigation::getOutcome, 170));

	@Inject
	private AccessReview review;
	@Inject
	private UISynchronize ui;
	/** The case whose details were last written to the console trail as a view. */
	private String shownCase;

	private Label cadence;
	private Label offenders;
	private Label result;
	private EntityGrid<Investigation> grid;
	private Text details;
	private final List<Investigation> cases = new ArrayList<>();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		cadence = Buttons.status(parent, "cases.cadence");
		offenders = Buttons.status(parent, "cases.offenders");
		Composite bar = Buttons.row(parent, 8);
		Buttons.button(bar, "Add &note...", "cases.note", this::addNote);
		Buttons.button(bar, "&Reassign...", "cases.reassign", this::reassign);
		Buttons.button(bar, "&Decide reportability...", "cases.reportability", this::decide);
		Buttons.button(bar, "C&lose case...", "cases.close", this::close);
		Buttons.button(bar, "Export case &pack...", "cases.pack", this::exportPack);
		Buttons.button(bar, "Record log re&view...", "cases.review", this::recordReview);
		result = Buttons.status(bar, "cases.result");
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		grid = new EntityGrid<>(sash, "cases.grid", "Investigations", COLUMNS,
				"No investigations yet. Open one from the alert queue (Alerts: select alerts, Open case).");
		grid.table().addListener(SWT.MouseUp, e -> showSelected());
		grid.table().addListener(SWT.KeyUp, e -> showSelected());
		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		org.custodian.app.ui.WidgetIds.tag(details, "cases.details");
		sash.setWeights(3, 2);
		refresh();
	}

	private static String clock(Investigation c) {
		if (c.getReportabilityDecidedAt() != null) {
			return c.isBreachReportable() ? "decided: reportable" : "decided: not reportable";
		}
		return Investigations.reportingTimeLeft(c, Instant.now())
				.map(d -> d.isNegative() ? "OVERDUE by " + (-d.toHours()) + " h" : d.toHours() + " h left").orElse("");
	}

	public void refresh() {
		Job job = Job.create("Reading the investigations", monitor -> {
			try {
				Investigations inv = review.investigations();
				List<Investigation> all = inv.all();
				Map<String, Long> repeat = inv.repeatOffenders(2);
				String overdue = inv.reviewOverdue(LocalDate.now(), Investigations.DEFAULT_REVIEW_CADENCE_DAYS).orElse(null);
				ui.asyncExec(() -> {
					if (grid.control().isDisposed()) {
						return;
					}
					cases.clear();
					cases.addAll(all);
					grid.setRows(all);
					cadence.setText(overdue != null ? "Log review overdue: " + overdue
							: "Access logs reviewed within the last " + Investigations.DEFAULT_REVIEW_CADENCE_DAYS + " days.");
					cadence.setForeground(overdue != null ? cadence.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
					offenders.setText(repeat.isEmpty() ? "No user has two or more substantiated cases."
							: "Repeat offenders (two or more substantiated cases): " + repeat);
					showSelected();
					cadence.getParent().layout(true);
				});
			} catch (RuntimeException e) {
				ui.asyncExec(() -> say("The investigations could not be read: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private Investigation selected() {
		List<Integer> rows = GridTools.selectedRows(grid.table());
		return rows.isEmpty() || rows.get(0) >= cases.size() ? null : cases.get(rows.get(0));
	}

	private void showSelected() {
		Investigation c = selected();
		if (c == null) {
			details.setText("Select a case to see its notes.");
			return;
		}
		StringBuilder text = new StringBuilder(c.getReference() + ": " + c.getTitle() + "\n");
		text.append("Owner ").append(c.getOwner()).append(", ").append(c.getStatus().getLiteral().toLowerCase())
				.append(", evidence: ").append(c.getEvidenceEventIds().size()).append(" event(s), reporting: ")
				.append(clock(c)).append("\n\n");
		for (CaseNote n : c.getNotes()) {
			text.append(n.getWrittenAt().toInstant()).append("  ").append(n.getAuthor()).append(": ").append(n.getText())
					.append('\n');
		}
		details.setText(text.toString());
		if (c.getPatientId() != null && !c.getReference().equals(shownCase)) {
			// a case's details are a view of the patient's events: on the console trail, as a timeline is
			shownCase = c.getReference();
			String patient = c.getPatientId();
			String where = "case " + c.getReference();
			Background.load("Recording the view on the console trail", () -> {
				review.timelines().viewedEvents(patient, where);
				return where;
			}, ui, w -> {
			}, e -> say("The view could not be written to the console trail: " + e.getMessage()));
		}
	}

	private Investigation need() {
		Investigation c = selected();
		if (c == null) {
			say("Select a case first.");
		}
		return c;
	}

	private void addNote() {
		Investigation c = need();
		String text = c == null ? null : ask("Note on " + c.getReference(), "Note:", "");
		if (text != null) {
			act(() -> review.investigations().addNote(c.getReference(), text), "Note added.");
		}
	}

	private void reassign() {
		Investigation c = need();
		String owner = c == null ? null : ask("Reassign " + c.getReference(), "New owner:", c.getOwner());
		if (owner != null) {
			act(() -> review.investigations().reassign(c.getReference(), owner), "Reassigned to " + owner + ".");
		}
	}

	private void decide() {
		Investigation c = need();
		if (c == null) {
			return;
		}
		int choice = new MessageDialog(grid.control().getShell(), "Reportability of " + c.getReference(), null,
				"Must this breach be reported to the ICO (within 72 hours of becoming aware of it)? " + clock(c),
				MessageDialog.QUESTION, 2, "Reportable", "Not reportable", "Cancel").open();
		if (choice == 0 || choice == 1) {
			String reason = ask("Reportability of " + c.getReference(), "Reason for the decision:", "");
			if (reason != null) {
				act(() -> review.investigations().decideReportability(c.getReference(), choice == 0, reason),
						"Decision recorded.");
			}
		}
	}

	private void close() {
		Investigation c = need();
		if (c == null) {
			return;
		}
		CloseCaseDialog dialog = new CloseCaseDialog(grid.control().getShell(), c.getReference());
		if (dialog.open() == Window.OK) {
			CaseOutcome outcome = dialog.outcome();
			act(() -> review.investigations().close(c.getReference(), outcome, dialog.principle(), dialog.findings()),
					c.getReference() + " closed; it can no longer be changed.");
		}
	}

	private void exportPack() {
		Investigation c = need();
		if (c == null) {
			return;
		}
		FileDialog dialog = new FileDialog(grid.control().getShell(), SWT.SAVE);
		dialog.setText("Save the case pack of " + c.getReference());
		dialog.setFilterExtensions(new String[] { "*.pdf" });
		dialog.setFileName(c.getReference() + ".pdf");
		dialog.setOverwrite(true);
		String name = dialog.open();
		if (name != null) {
			exportPack(c, Path.of(name));
		}
	}

	/** Writes the case pack in the background. */
	public Job exportPack(Investigation c, Path pdf) {
		Job job = Job.create("Writing the case pack of " + c.getReference(), monitor -> {
			String text;
			try {
				review.casePack().write(c, pdf);
				text = "Case pack written to " + pdf + ".";
			} catch (Exception e) {
				text = "The case pack could not be written: " + e.getMessage();
			}
			String message = text;
			ui.asyncExec(() -> say(message));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void recordReview() {
		String scope = ask("Record a review of the access logs", "What was reviewed (systems, period):", "");
		if (scope == null) {
			return;
		}
		String findings = ask("Record a review of the access logs", "Findings:", "");
		if (findings != null) {
			act(() -> review.investigations().recordReview(scope, findings), "Log review recorded.");
		}
	}

	private String ask(String title, String question, String initial) {
		InputDialog d = new InputDialog(grid.control().getShell(), title, question, initial,
				s -> s.isBlank() ? "Please write something." : null);
		return d.open() == Window.OK ? d.getValue().strip() : null;
	}

	private void act(Runnable action, String done) {
		try {
			action.run();
			say(done);
		} catch (RuntimeException e) {
			say(e.getMessage());
		}
		refresh();
	}

	private void say(String text) {
		if (!result.isDisposed()) {
			result.setText(text);
			result.getParent().layout(true);
		}
	}

	/** A case opened from the queue, an import or a feed changed what the list holds. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void changed(@org.eclipse.e4.ui.di.UIEventTopic(DataEvents.CHANGED) String what) {
		if (grid != null && !grid.control().isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		grid.table().setFocus();
	}
}
