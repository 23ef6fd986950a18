package org.custodian.dr.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custodian.app.ui.FormDialog;
import org.custodian.dr.core.BackupJobColumns;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Which backup report to import, and the names of its columns: the mapping is shown one {@code field=column} per
 * line (empty: a Veeam session export's own names, Name, CreationTime, EndTime, Result), and saved for the next
 * report. Nothing is written here: the import runs in a Job once the dialog closes.
 */
final class BackupReportDialog extends FormDialog {
	private Text file;
	private Text columns;
	private Path chosen;
	private List<String> entries = List.of();

	BackupReportDialog(Shell shell) {
		super(shell, "Import backup report", "dr.jobs.dialog");
	}

	@Override
	protected void fields(Composite form) {
		file = text(form, "Report &file (CSV)", "dr.jobs.file", null);
		button(form, "dr.jobs.browse", "&Browse...", () -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN);
			d.setFilterExtensions(new String[] { "*.csv", "*" });
			String f = d.open();
			if (f != null) {
				file.setText(f);
			}
		});
		org.eclipse.swt.widgets.Label help = new org.eclipse.swt.widgets.Label(form, SWT.WRAP);
		help.setText("Fields: " + String.join(", ", BackupJobColumns.FIELDS)
				+ ". Empty: the mapping saved with the last report, else a Veeam session export's names (job=Name, "
				+ "started=CreationTime, finished=EndTime, status=Result). A job's name names its backup policy "
				+ "unless a policy column is mapped.");
		org.eclipse.jface.layout.GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(help);
		columns = lines(form, "Column &mapping (field=column, one per line; saved for the next report)",
				"dr.jobs.columns", null);
	}

	private static void button(Composite form, String id, String text, Runnable action) {
		label(form, "");
		org.eclipse.swt.widgets.Button b = org.custodian.app.ui.WidgetIds.tag(new org.eclipse.swt.widgets.Button(form,
				SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	@Override
	protected void save() {
		Path p = Path.of(file.getText().strip());
		if (file.getText().isBlank() || !Files.isRegularFile(p)) {
			throw new IllegalArgumentException("Choose the report file: " + (file.getText().isBlank() ? "none given"
					: p + " is not a file") + ".");
		}
		entries = ImportBackupJobsHandler.entries(columns.getText());
		chosen = p;
	}

	Path file() {
		return chosen;
	}

	List<String> columns() {
		return entries;
	}
}
