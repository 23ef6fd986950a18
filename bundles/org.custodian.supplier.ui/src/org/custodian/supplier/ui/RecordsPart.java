package org.custodian.supplier.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.DestructionRecord;
import org.custodian.model.LegalHold;
import org.custodian.model.Trust;
import org.custodian.store.Store;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.RecordsRegister;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Records due for review on a day, legal holds, the destruction register (what, when, by whom, method, certificate)
 * and the check that nothing under a hold or not yet due was destroyed. Recording a destruction and releasing a hold
 * ask for confirmation; the core refuses a destruction under a hold or before its date. (REQUIREMENTS R4.)
 */
public class RecordsPart {

	@Inject
	private Store store;
	@Inject
	private SupplierService supplier;
	@Inject
	private UISynchronize ui;
	@Inject
	private IEventBroker events;

	private Composite root;
	private Text at;
	private Label status;
	private EntityGrid<RecordsRegister.Due> due;
	private EntityGrid<LegalHold> holds;
	private EntityGrid<DestructionRecord> destroyed;
	private EntityGrid<RecordsRegister.Problem> problems;
	private View current;

	private record View(Trust trust, List<RecordsRegister.Due> due, List<RecordsRegister.Problem> problems) {
	}

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 4).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Due for review on");
		at = WidgetIds.tag(new Text(bar, SWT.BORDER), "supplier.due.at");
		at.setText(LocalDate.now().toString());
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(at);
		Ui.button(bar, "supplier.due.show", "Show", this::load);
		Ui.button(bar, "supplier.destroy", "Record destruction...", this::destroySelected);
		Ui.button(bar, "supplier.hold.place", "Place legal hold...", this::placeHoldForm);
		Ui.button(bar, "supplier.hold.release", "Release hold...", this::releaseSelected);
		status = WidgetIds.tag(new Label(root, SWT.WRAP), "supplier.records.status");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		due = new EntityGrid<>(sash, "supplier.due", "Due for review", List.of(
				Column.of("Due", (RecordsRegister.Due d) -> d.due(), 90),
				Column.of("Patient", d -> d.study().getPatientId(), 110),
				Column.of("Study date", d -> Dates.day(d.study().getStudyDate()), 90),
				Column.of("Modality", d -> d.study().getModality(), 70),
				Column.of("Classes", d -> String.join(" ", d.study().getClassCodes()), 120),
				Column.of("Copy", d -> d.study().isBackupCopy() ? "backup" : "archive", 60),
				Column.of("Reasoning", d -> d.study().getReasoning(), 800),
				Column.of("Study UID", d -> d.study().getStudyInstanceUid(), 260)),
				"Nothing is due for review on this day.");
		holds = new EntityGrid<>(sash, "supplier.holds", "Legal holds", List.of(
				Column.of("Reference", LegalHold::getReference, 110),
				Column.of("Patient", LegalHold::getPatientId, 110),
				Column.of("Reason", LegalHold::getReason, 300),
				Column.of("Placed", h -> Dates.day(h.getPlacedAt()), 90),
				Column.of("Released", h -> Dates.day(h.getReleasedAt()), 90)),
				"No legal holds. A hold stops the destruction of every record of a patient.");
		destroyed = new EntityGrid<>(sash, "supplier.destroyed", "Destruction register", List.of(
				Column.of("Destroyed", d -> Dates.day(d.getDestroyedAt()), 90),
				Column.of("What", DestructionRecord::getDescription, 200),
				Column.of("Patient", DestructionRecord::getPatientId, 110),
				Column.of("By", d -> d.getDestroyedByName() != null ? d.getDestroyedByName()
						: d.getDestroyedBy() == null ? null : d.getDestroyedBy().getFamilyName(), 140),
				Column.of("Method", DestructionRecord::getMethod, 140),
				Column.of("Certificate", DestructionRecord::getCertificateReference, 120),
				Column.of("Study UID", DestructionRecord::getStudyInstanceUid, 260)),
				"Nothing has been destroyed.");
		problems = new EntityGrid<>(sash, "supplier.destroyed.problems",
				"Destructions under a hold, before their date, or without evidence", List.of(
						Column.of("Problem", RecordsRegister.Problem::problem, 900)),
				"Every destruction in the register was due, not under a hold, and has its evidence.");
		sash.setWeights(35, 20, 25, 20);
		load();
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		LocalDate day;
		try {
			day = Ui.day("Due for review on", at.getText());
		} catch (IllegalArgumentException e) {
			say(e.getMessage());
			return;
		}
		LocalDate when = day == null ? LocalDate.now() : day;
		Background.load("Loading the records registers", () -> {
			Trust t = supplier.trust();
			return new View(t, RecordsRegister.dueForReview(t, when), RecordsRegister.check(t));
		}, ui, v -> {
			if (root.isDisposed()) {
				return;
			}
			current = v;
			due.setRows(v.due());
			holds.setRows(v.trust().getLegalHolds());
			destroyed.setRows(v.trust().getDestructionRecords());
			problems.setRows(v.problems());
			say(v.due().size() + " studies due for review on " + when + "; " + v.problems().size()
					+ " destructions breach the schedule.");
		}, e -> say("Could not read the registers: " + e.getMessage()));
	}

	private void say(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			root.layout(true, true);
		}
	}

	private void destroySelected() {
		if (current == null) {
			return;
		}
		java.util.Optional<RecordsRegister.Due> chosen = GridTools.selectedRows(due.table()).stream()
				.filter(i -> i < current.due().size()).map(current.due()::get).findFirst();
		if (chosen.isEmpty()) {
			say("Select a study that is due first.");
			return;
		}
		RecordsRegister.Due d = chosen.get();
		FieldsDialog form = new FieldsDialog(root.getShell(), "Record the destruction of a study", "supplier.destroy.form",
				List.of(FieldsDialog.Field.text("What", d.study().getStudyDescription()),
						FieldsDialog.Field.text("Destroyed on", LocalDate.now()),
						FieldsDialog.Field.text("By", ""),
						FieldsDialog.Field.text("Method", "Secure erasure"),
						FieldsDialog.Field.text("Certificate reference", "")));
		if (form.open() != Window.OK) {
			return;
		}
		if (!MessageDialog.openConfirm(root.getShell(), "Confirm destruction", "Record that study "
				+ d.study().getStudyInstanceUid() + " of patient " + d.study().getPatientId()
				+ " has been destroyed? The register entry is the trust's evidence and cannot be undone here.")) {
			return;
		}
		recordDestruction(d.study().getStudyInstanceUid(), form.values());
	}

	/** Records a destruction (after the user confirmed it); a refusal shows its reason. */
	public void recordDestruction(String studyUid, Map<String, String> v) {
		change(t -> RecordsRegister.recordDestruction(t, studyUid, v.get("What"),
				Ui.day("Destroyed on", v.get("Destroyed on")), v.get("By"), v.get("Method"),
				v.get("Certificate reference")), "Destruction of " + studyUid + " recorded.");
	}

	private void placeHoldForm() {
		FieldsDialog form = new FieldsDialog(root.getShell(), "Place a legal hold", "supplier.hold.form", List.of(
				FieldsDialog.Field.text("Reference", ""), FieldsDialog.Field.text("Patient ID", ""),
				FieldsDialog.Field.text("Reason", ""), FieldsDialog.Field.text("Placed on", LocalDate.now())));
		if (form.open() == Window.OK) {
			placeHold(form.values());
		}
	}

	/** Places a hold on a patient's records. */
	public void placeHold(Map<String, String> v) {
		change(t -> RecordsRegister.placeHold(t, v.get("Reference"), v.get("Patient ID"), v.get("Reason"),
				java.util.Objects.requireNonNullElse(Ui.day("Placed on", v.get("Placed on")), LocalDate.now())),
				"Legal hold " + v.get("Reference") + " placed.");
	}

	private void releaseSelected() {
		if (current == null) {
			return;
		}
		List<LegalHold> all = current.trust().getLegalHolds();
		java.util.Optional<LegalHold> chosen = GridTools.selectedRows(holds.table()).stream()
				.filter(i -> i < all.size()).map(all::get).findFirst();
		if (chosen.isEmpty()) {
			say("Select a legal hold first.");
			return;
		}
		String ref = chosen.get().getReference();
		if (MessageDialog.openConfirm(root.getShell(), "Release legal hold", "Release legal hold " + ref
				+ "? The patient's records become due for review again by their dates.")) {
			change(t -> t.getLegalHolds().stream().filter(h -> ref.equals(h.getReference()) && h.getReleasedAt() == null)
					.findFirst().ifPresent(h -> RecordsRegister.releaseHold(h, LocalDate.now())),
					"Legal hold " + ref + " released.");
		}
	}

	private void change(Consumer<Trust> edit, String done) {
		new TrustChanges(supplier, events, ui, this::say, "Not recorded").save("Saving the records registers", t -> {
			edit.accept(t);
			return done;
		});
	}

	/** The status line's text; for tests. */
	public String statusText() {
		return status.getText();
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (due != null) {
			load();
		}
	}
}
