package org.custodian.supplier.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.WidgetIds;
import org.custodian.dicom.IdentifyingAttribute;
import org.custodian.store.Store;
import org.custodian.supplier.core.Deidentification;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Teaching collections (REQUIREMENTS S3): the check of a folder of DICOM files for direct and indirect identifiers,
 * one row per attribute (never its value), and de-identified copies under the trust's pseudonyms, checked again
 * once written. Both run as Jobs. The pseudonym map itself is not shown: it links pseudonyms to patients.
 */
public class TeachingPart {

	@Inject
	private Store store;
	@Inject
	private SupplierService supplier;
	@Inject
	private UISynchronize ui;

	private Composite root;
	private Text source;
	private Text target;
	private Text purpose;
	private Label status;
	private EntityGrid<Row> findings;

	/** One identifying attribute of one file, or a file that could not be read. */
	record Row(String file, String attribute, String keyword, String kind, String reason) {
	}

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		Composite form = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		source = field(form, "Folder of DICOM files", "supplier.deid.source");
		Ui.button(form, "supplier.deid.check", "Check for identifiers", () -> check(source.getText().strip()));
		target = field(form, "De-identified copies into", "supplier.deid.target");
		Ui.button(form, "supplier.deid.copy", "De-identify...", this::copy);
		purpose = field(form, "Teaching collection or project", "supplier.deid.purpose");
		new Label(form, SWT.NONE);
		status = WidgetIds.tag(new Label(root, SWT.WRAP), "supplier.deid.status");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
		findings = new EntityGrid<>(root, "supplier.deid.findings", "Identifiers still present (S3)", List.of(
				Column.of("File", Row::file, 300),
				Column.of("Attribute", Row::attribute, 160),
				Column.of("Keyword", Row::keyword, 200),
				Column.of("Kind", Row::kind, 70),
				Column.of("Why", Row::reason, 400)),
				"Choose a folder and press Check: every file that still names its patient, hospital or NHS number is "
						+ "listed here with the attribute.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(findings.control());
	}

	private static Text field(Composite form, String label, String id) {
		new Label(form, SWT.NONE).setText(label);
		Text t = WidgetIds.tag(new Text(form, SWT.BORDER), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(t);
		return t;
	}

	private void say(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			root.layout(true, true);
		}
	}

	/** Checks a folder in a Job and lists what identifies a patient. */
	public void check(String dir) {
		if (!store.isOpen() || dir.isEmpty() || !Files.isDirectory(Path.of(dir))) {
			say("'" + dir + "' is not a folder.");
			return;
		}
		run("Checking " + dir + " for identifiers", monitor -> {
			List<Deidentification.FileFinding> found = supplier.deidentification().check(Path.of(dir), monitor);
			show(Path.of(dir), found, found.isEmpty() ? "No file under " + dir + " carries an identifier."
					: found.size() + " files under " + dir + " still identify their patient.");
		});
	}

	private void copy() {
		String from = source.getText().strip();
		String to = target.getText().strip();
		String why = purpose.getText().strip();
		if (from.isEmpty() || to.isEmpty() || why.isEmpty()) {
			say("Give the folder, where the copies go, and the collection or project they are for.");
			return;
		}
		if (Files.isDirectory(Path.of(to)) && !MessageDialog.openConfirm(root.getShell(), "De-identify",
				"Files of the same name in " + to + " will be replaced by the de-identified copies. Go on?")) {
			return;
		}
		deidentify(from, to, why);
	}

	/** Writes de-identified copies in a Job, then checks them against the trust's pseudonym map. */
	public void deidentify(String from, String to, String why) {
		run("De-identifying " + from, monitor -> {
			Deidentification.CopyReport r = supplier.deidentification().deidentify(Path.of(from), Path.of(to), why,
					monitor);
			List<Deidentification.FileFinding> left = new ArrayList<>(r.refused());
			left.addAll(supplier.deidentification().check(Path.of(to), monitor));
			show(Path.of(to), left, r.written() + " de-identified copies written to " + to + " for \"" + why + "\"; "
					+ r.refused().size() + " files refused; " + (left.size() - r.refused().size())
					+ " copies still carry an identifier.");
		});
	}

	private interface Work {
		void run(IProgressMonitor monitor) throws Exception;
	}

	private void run(String name, Work work) {
		Job job = Job.create(name, monitor -> {
			try {
				work.run(monitor);
			} catch (OperationCanceledException e) {
				ui.asyncExec(() -> say("Cancelled."));
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				ui.asyncExec(() -> say("Failed: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		say(name + "...");
	}

	private void show(Path dir, List<Deidentification.FileFinding> found, String summary) {
		List<Row> rows = new ArrayList<>();
		for (Deidentification.FileFinding f : found) {
			String file = f.file().startsWith(dir) ? dir.relativize(f.file()).toString() : f.file().toString();
			if (f.error() != null) {
				rows.add(new Row(file, "", "", "", "cannot be read or copied: " + f.error()));
			}
			for (IdentifyingAttribute a : f.attributes()) {
				rows.add(new Row(file, a.path(), a.keyword(), a.kind(), a.reason()));
			}
		}
		ui.asyncExec(() -> {
			if (!root.isDisposed()) {
				findings.setRows(rows);
				say(summary);
			}
		});
	}

	/** The status line's text; for tests. */
	public String statusText() {
		return status.getText();
	}
}
