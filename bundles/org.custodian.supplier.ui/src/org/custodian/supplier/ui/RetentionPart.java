package org.custodian.supplier.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.ModelFactory;
import org.custodian.model.PatientRetentionFacts;
import org.custodian.model.RetentionClass;
import org.custodian.model.RetentionRule;
import org.custodian.model.RetentionTrigger;
import org.custodian.model.StudyRetention;
import org.custodian.model.Trust;
import org.custodian.store.Store;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.RetentionCalculator;
import org.custodian.supplier.core.RetentionScan;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The retention schedule (classes with trigger, period and source; rows the records code marks "check" flagged),
 * the rules that assign studies to classes, editable, and the retention register: each scanned study with its
 * classes, earliest destruction date and the reasoning. Scans of a folder (archive or backup copy) run as Jobs.
 * (REQUIREMENTS R4, S1.)
 */
public class RetentionPart {

	@Inject
	private Store store;
	@Inject
	private SupplierService supplier;
	@Inject
	private UISynchronize ui;
	@Inject
	private IEventBroker events;

	private Composite root;
	private Text folder;
	private Button backup;
	private Label status;
	private EntityGrid<RetentionClass> classes;
	private EntityGrid<RetentionRule> rules;
	private EntityGrid<StudyRetention> studies;
	private Trust trust;

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(11).margins(4, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("DICOM folder or inventory .csv");
		folder = WidgetIds.tag(new Text(bar, SWT.BORDER), "supplier.retention.folder");
		GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(folder);
		Ui.button(bar, "supplier.retention.browse", "...", this::browse);
		backup = WidgetIds.tag(new Button(bar, SWT.CHECK), "supplier.retention.backup");
		backup.setText("backup copy");
		Ui.button(bar, "supplier.retention.scan", "Scan", () -> scan(folder.getText().strip(), backup.getSelection()));
		Ui.button(bar, "supplier.retention.recompute", "Recompute", this::recompute);
		Ui.button(bar, "supplier.class.edit", "Edit class...", this::editClass);
		Ui.button(bar, "supplier.rule.add", "Add rule...", () -> editRule(null));
		Ui.button(bar, "supplier.rule.edit", "Edit rule...", () -> selected(rules, trust == null ? List.of()
				: trust.getRetentionRules()).ifPresent(this::editRule));
		Ui.button(bar, "supplier.rule.delete", "Delete rule...", this::deleteRule);
		Ui.button(bar, "supplier.facts", "Patient facts...", this::editFacts);
		status = WidgetIds.tag(new Label(root, SWT.WRAP), "supplier.retention.status");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		classes = new EntityGrid<>(sash, "supplier.classes", "Retention classes", List.of(
				Column.of("Code", RetentionClass::getCode, 90),
				Column.of("Class", RetentionClass::getName, 260),
				Column.of("Minimum (years)", RetentionClass::getMinimumYears, 110),
				Column.of("Trigger", RetentionClass::getTrigger, 140),
				Column.of("Until birthday", c -> c.getUntilAge() > 0 ? c.getUntilAge() : null, 100),
				Column.of("After death (years)", c -> c.getYearsAfterDeath() > 0 ? c.getYearsAfterDeath() : null, 130),
				Column.of("Check", c -> c.isDisputed() ? "CHECK: sources disagree" : "", 160),
				Column.of("Source", RetentionClass::getSource, 360),
				Column.of("Notes", RetentionClass::getNotes, 360)),
				"No retention classes: the standard schedule is added when the database is opened.");
		rules = new EntityGrid<>(sash, "supplier.rules", "Assignment rules (every matching rule applies; the longest "
				+ "period wins)", List.of(
				Column.of("Rule", RetentionRule::getName, 220),
				Column.of("Class", r -> r.getRetentionClass() == null ? null : r.getRetentionClass().getCode(), 90),
				Column.of("Enabled", RetentionRule::isEnabled, 70),
				Column.of("When", RetentionCalculator::describe, 520)),
				"No rules: no study is assigned a class, so nothing is ever due for destruction.");
		studies = new EntityGrid<>(sash, "supplier.studies", "Retention register", List.of(
				Column.of("Patient", StudyRetention::getPatientId, 110),
				Column.of("Study date", s -> Dates.day(s.getStudyDate()), 90),
				Column.of("Born", s -> Dates.day(s.getPatientBirthDate()), 90),
				Column.of("Modality", StudyRetention::getModality, 70),
				Column.of("Description", StudyRetention::getStudyDescription, 160),
				Column.of("Copy", s -> s.isBackupCopy() ? "backup" : "archive", 60),
				Column.of("Classes", s -> String.join(" ", s.getClassCodes()), 140),
				Column.of("Earliest destruction", s -> Dates.day(s.getDestructionDue()), 130),
				Column.of("Reasoning", StudyRetention::getReasoning, 900),
				Column.of("Study UID", StudyRetention::getStudyInstanceUid, 260)),
				"No studies scanned yet: choose a folder of DICOM files (the archive or a backup copy) and press Scan.");
		sash.setWeights(30, 25, 45);
		load();
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading the retention schedule", supplier::trust, ui, t -> {
			if (root.isDisposed()) {
				return;
			}
			trust = t;
			classes.setRows(t.getRetentionClasses());
			rules.setRows(t.getRetentionRules());
			studies.setRows(t.getStudyRetentions());
			root.layout(true, true);
		}, e -> say("Could not read the retention schedule: " + e.getMessage()));
	}

	private void say(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			root.layout(true, true);
		}
	}

	private void browse() {
		DirectoryDialog d = new DirectoryDialog(root.getShell());
		d.setText("Folder of DICOM files to scan");
		String chosen = d.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	/**
	 * Scans a folder (or reads an inventory export, a .csv file) in a Job: every study's retention is computed from
	 * its headers and recorded.
	 */
	public void scan(String dir, boolean backupCopy) {
		boolean inventory = !dir.isEmpty() && Files.isRegularFile(Path.of(dir)) && dir.toLowerCase().endsWith(".csv");
		if (dir.isEmpty() || !(inventory || Files.isDirectory(Path.of(dir)))) {
			say("'" + dir + "' is neither a folder nor an inventory export (.csv).");
			return;
		}
		Job job = Job.create("Retention scan of " + dir, monitor -> {
			try {
				RetentionScan.Report r = inventory ? supplier.scanInventory(Path.of(dir), backupCopy)
						: supplier.scanFolder(Path.of(dir), backupCopy, monitor);
				StringBuilder text = new StringBuilder("Scanned " + r.files() + (inventory ? " lines: " : " files: ")
						+ r.studies().size()
						+ " studies recorded" + (backupCopy ? " as a backup copy" : "") + ".");
				if (!r.unreadable().isEmpty()) {
					text.append(" ").append(r.unreadable().size()).append(" could not be read, the first: ")
							.append(r.unreadable().get(0).file()).append(": ").append(r.unreadable().get(0).reason());
				}
				ui.asyncExec(() -> say(text.toString()));
				events.post(DataEvents.CHANGED, "retention");
			} catch (OperationCanceledException e) {
				ui.asyncExec(() -> say("Scan cancelled; nothing was recorded."));
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				ui.asyncExec(() -> say("Scan failed: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		say("Scanning " + dir + "...");
	}

	private void recompute() {
		Job job = Job.create("Recomputing retention", monitor -> {
			try {
				int n = supplier.recompute().size();
				ui.asyncExec(() -> say("Recomputed " + n + " studies with the current schedule, rules and facts."));
				events.post(DataEvents.CHANGED, "retention");
			} catch (RuntimeException e) {
				ui.asyncExec(() -> say("Could not recompute: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private static <T> java.util.Optional<T> selected(EntityGrid<T> grid, List<T> rows) {
		return GridTools.selectedRows(grid.table()).stream().filter(i -> i < rows.size()).map(rows::get).findFirst();
	}

	private void editClass() {
		if (trust == null) {
			return;
		}
		java.util.Optional<RetentionClass> chosen = selected(classes, trust.getRetentionClasses());
		if (chosen.isEmpty()) {
			say("Select a retention class first.");
			return;
		}
		RetentionClass c = chosen.get();
		List<String> triggers = Arrays.stream(RetentionTrigger.values()).map(RetentionTrigger::getName).toList();
		form("Retention class " + c.getCode(), "supplier.class.form", List.of(
				FieldsDialog.Field.text("Name", c.getName()),
				FieldsDialog.Field.text("Minimum years", c.getMinimumYears()),
				FieldsDialog.Field.choice("Trigger", c.getTrigger().getName(), triggers),
				FieldsDialog.Field.text("Until birthday", c.getUntilAge()),
				FieldsDialog.Field.text("Years after death", c.getYearsAfterDeath()),
				FieldsDialog.Field.choice("Check (sources disagree)", c.isDisputed() ? "yes" : "no", List.of("no", "yes")),
				FieldsDialog.Field.text("Source", c.getSource()),
				FieldsDialog.Field.text("Notes", c.getNotes())), v -> updateClass(c.getCode(), v));
	}

	/** Applies an edit of a class to the stored schedule, and recomputes the register. */
	public void updateClass(String code, Map<String, String> v) {
		change(t -> {
			RetentionClass c = t.getRetentionClasses().stream().filter(x -> code.equals(x.getCode())).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no class " + code));
			c.setName(v.get("Name"));
			c.setMinimumYears(Ui.number("Minimum years", v.get("Minimum years")));
			c.setTrigger(RetentionTrigger.getByName(v.get("Trigger")));
			c.setUntilAge(Ui.number("Until birthday", v.get("Until birthday")));
			c.setYearsAfterDeath(Ui.number("Years after death", v.get("Years after death")));
			c.setDisputed("yes".equals(v.get("Check (sources disagree)")));
			c.setSource(v.get("Source"));
			c.setNotes(v.get("Notes"));
		}, "Class " + code + " saved; the register was recomputed.");
	}

	private void editRule(RetentionRule r) {
		if (trust == null) {
			return;
		}
		List<String> codes = trust.getRetentionClasses().stream().map(RetentionClass::getCode).toList();
		String name = r == null ? "" : r.getName();
		form(r == null ? "New assignment rule" : "Rule " + name, "supplier.rule.form", List.of(
				FieldsDialog.Field.text("Name", name),
				FieldsDialog.Field.choice("Class", r == null || r.getRetentionClass() == null ? codes.get(0)
						: r.getRetentionClass().getCode(), codes),
				FieldsDialog.Field.text("Modalities (comma separated)", r == null ? "" : r.getModalities()),
				FieldsDialog.Field.text("Department", r == null ? "" : r.getDepartment()),
				FieldsDialog.Field.text("Description contains", r == null ? "" : r.getDescriptionContains()),
				FieldsDialog.Field.text("Aged at least", r == null ? 0 : r.getAgeFrom()),
				FieldsDialog.Field.text("Aged under", r == null ? 0 : r.getAgeBelow()),
				FieldsDialog.Field.text("Flag", r == null ? "" : r.getFlag()),
				FieldsDialog.Field.choice("Enabled", r == null || r.isEnabled() ? "yes" : "no", List.of("yes", "no"))),
				v -> saveRule(r == null ? null : r.getId(), v));
	}

	/** Adds a rule (id null) or changes the rule of that id, and recomputes the register. */
	public void saveRule(String id, Map<String, String> v) {
		if (v.get("Name") == null || v.get("Name").isBlank()) {
			say("A rule needs a name.");
			return;
		}
		change(t -> {
			RetentionRule r = id == null ? null
					: t.getRetentionRules().stream().filter(x -> id.equals(x.getId())).findFirst().orElse(null);
			if (r == null) {
				r = ModelFactory.eINSTANCE.createRetentionRule();
				t.getRetentionRules().add(r);
			}
			String code = v.get("Class");
			r.setName(v.get("Name"));
			r.setRetentionClass(t.getRetentionClasses().stream().filter(c -> c.getCode().equals(code)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no class " + code)));
			r.setModalities(v.getOrDefault("Modalities (comma separated)", ""));
			r.setDepartment(v.getOrDefault("Department", ""));
			r.setDescriptionContains(v.getOrDefault("Description contains", ""));
			r.setAgeFrom(Ui.number("Aged at least", v.get("Aged at least")));
			r.setAgeBelow(Ui.number("Aged under", v.get("Aged under")));
			r.setFlag(v.getOrDefault("Flag", ""));
			r.setEnabled(!"no".equals(v.get("Enabled")));
		}, "Rule " + v.get("Name") + " saved; the register was recomputed.");
	}

	private void deleteRule() {
		if (trust == null) {
			return;
		}
		java.util.Optional<RetentionRule> chosen = selected(rules, trust.getRetentionRules());
		if (chosen.isEmpty()) {
			say("Select a rule first.");
			return;
		}
		String id = chosen.get().getId();
		String name = chosen.get().getName();
		if (MessageDialog.openConfirm(root.getShell(), "Delete rule", "Delete the rule \"" + name
				+ "\"? Studies it assigned will be recomputed without it, which can bring their destruction forward.")) {
			change(t -> t.getRetentionRules().removeIf(r -> id.equals(r.getId())), "Rule " + name + " deleted.");
		}
	}

	private void editFacts() {
		if (trust == null) {
			return;
		}
		java.util.Optional<StudyRetention> study = selected(studies, trust.getStudyRetentions());
		String patient = study.map(StudyRetention::getPatientId).orElse("");
		PatientRetentionFacts f = trust.getPatientRetentionFacts().stream()
				.filter(x -> x.getPatientId().equals(patient)).findFirst().orElse(null);
		form("Retention facts of a patient", "supplier.facts.form", List.of(
				FieldsDialog.Field.text("Patient ID", patient),
				FieldsDialog.Field.text("Date of death", f == null ? "" : Dates.day(f.getDateOfDeath())),
				FieldsDialog.Field.text("End of treatment", f == null ? "" : Dates.day(f.getEndOfTreatment())),
				FieldsDialog.Field.text("Diagnosis date", f == null ? "" : Dates.day(f.getDiagnosisDate())),
				FieldsDialog.Field.text("Last child born", f == null ? "" : Dates.day(f.getLastChildBorn())),
				FieldsDialog.Field.text("End of trial", f == null ? "" : Dates.day(f.getTrialEnd())),
				FieldsDialog.Field.text("Flags (comma separated)", f == null ? "" : String.join(", ", f.getFlags()))),
				this::saveFacts);
	}

	/** Records a patient's retention facts and recomputes the register. */
	public void saveFacts(Map<String, String> v) {
		String patient = v.getOrDefault("Patient ID", "").strip();
		if (patient.isEmpty()) {
			say("Patient facts need the patient ID.");
			return;
		}
		change(t -> {
			PatientRetentionFacts f = t.getPatientRetentionFacts().stream()
					.filter(x -> x.getPatientId().equals(patient)).findFirst().orElse(null);
			if (f == null) {
				f = ModelFactory.eINSTANCE.createPatientRetentionFacts();
				f.setPatientId(patient);
				t.getPatientRetentionFacts().add(f);
			}
			f.setDateOfDeath(Dates.date(Ui.day("Date of death", v.get("Date of death"))));
			f.setEndOfTreatment(Dates.date(Ui.day("End of treatment", v.get("End of treatment"))));
			f.setDiagnosisDate(Dates.date(Ui.day("Diagnosis date", v.get("Diagnosis date"))));
			f.setLastChildBorn(Dates.date(Ui.day("Last child born", v.get("Last child born"))));
			f.setTrialEnd(Dates.date(Ui.day("End of trial", v.get("End of trial"))));
			f.getFlags().clear();
			for (String flag : v.getOrDefault("Flags (comma separated)", "").split(",")) {
				if (!flag.isBlank()) {
					f.getFlags().add(flag.strip().toLowerCase());
				}
			}
		}, "Facts of patient " + patient + " saved; the register was recomputed.");
	}

	private void form(String title, String id, List<FieldsDialog.Field> fields, Consumer<Map<String, String>> then) {
		FieldsDialog d = new FieldsDialog(root.getShell(), title, id, fields);
		if (d.open() == Window.OK) {
			then.accept(d.values());
		}
	}

	/** Loads, changes, saves and recomputes in a Job; a refused value is shown with its reason and saves nothing. */
	private void change(Consumer<Trust> edit, String done) {
		new TrustChanges(supplier, events, ui, this::say, "Not saved").saveAndRecompute("Saving the retention schedule",
				t -> {
					edit.accept(t);
					return done;
				});
	}

	/** What the retention register shows; for tests. */
	public List<StudyRetention> registerShown() {
		return trust == null ? List.of() : new ArrayList<>(trust.getStudyRetentions());
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (classes != null) {
			load();
		}
	}
}
