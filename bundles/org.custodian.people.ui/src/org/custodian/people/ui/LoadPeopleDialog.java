package org.custodian.people.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.custodian.app.ui.FormDialog;
import org.custodian.app.ui.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Which People file, its path, and for an LDIF export of accounts the system they belong to. */
final class LoadPeopleDialog extends FormDialog {
	private Combo kind;
	private Text file;
	private Text system;
	private Label columns;
	private PeopleFile chosen;
	private Path path;
	private String ldifSystem;

	LoadPeopleDialog(Shell shell) {
		super(shell, "Load people data", "loadPeople.dialog");
	}

	@Override
	protected void fields(Composite form) {
		kind = choice(form, "File of:", "loadPeople.kind", Arrays.stream(PeopleFile.values()).map(f -> f.title).toList(),
				0);
		kind.addListener(SWT.Selection, e -> showColumns());
		file = text(form, "File:", "loadPeople.file", "");
		new Label(form, SWT.NONE);
		Button browse = WidgetIds.tag(new Button(form, SWT.PUSH), "loadPeople.browse");
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		system = text(form, "LDIF accounts' system:", "loadPeople.system", "AD");
		columns = new Label(form, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(columns);
		showColumns();
	}

	private void showColumns() {
		PeopleFile f = PeopleFile.values()[Math.max(0, kind.getSelectionIndex())];
		columns.setText("Columns: " + f.columns + ". A record that cannot be read is named by its line and column and"
				+ " the others are kept.");
		columns.getParent().layout();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		PeopleFile f = PeopleFile.values()[Math.max(0, kind.getSelectionIndex())];
		dialog.setText(f.title);
		dialog.setFilterExtensions(new String[] { f == PeopleFile.ACCOUNTS ? "*.csv;*.ldif" : "*.csv", "*" });
		String name = dialog.open();
		if (name != null) {
			file.setText(name);
		}
	}

	@Override
	protected void save() {
		String name = file.getText().strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("Choose the file.");
		}
		Path p = Path.of(name);
		if (!Files.isRegularFile(p)) {
			throw new IllegalArgumentException("There is no file " + name + ".");
		}
		chosen = PeopleFile.values()[kind.getSelectionIndex()];
		boolean ldif = p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ldif");
		if (chosen == PeopleFile.ACCOUNTS && ldif && system.getText().isBlank()) {
			throw new IllegalArgumentException("Name the system the LDIF export's accounts belong to (for example AD).");
		}
		ldifSystem = chosen == PeopleFile.ACCOUNTS && ldif ? system.getText().strip() : null;
		path = p;
	}

	PeopleFile kind() {
		return chosen;
	}

	Path file() {
		return path;
	}

	String ldifSystem() {
		return ldifSystem;
	}
}
