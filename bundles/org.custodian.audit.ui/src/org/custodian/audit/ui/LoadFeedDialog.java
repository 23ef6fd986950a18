package org.custodian.audit.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.custodian.app.ui.FormDialog;
import org.custodian.app.ui.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Which reference feed, and its file. */
final class LoadFeedDialog extends FormDialog {
	private Combo kind;
	private Text file;
	private ReferenceFeed chosen;
	private Path path;

	LoadFeedDialog(Shell shell) {
		super(shell, "Load a reference feed", "loadFeed.dialog");
	}

	@Override
	protected void fields(Composite form) {
		kind = choice(form, "Feed:", "loadFeed.kind", Arrays.stream(ReferenceFeed.values()).map(f -> f.title).toList(), 0);
		file = text(form, "File:", "loadFeed.file", "");
		new Label(form, SWT.NONE);
		Button browse = WidgetIds.tag(new Button(form, SWT.PUSH), "loadFeed.browse");
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		Label note = new Label(form, SWT.WRAP);
		note.setText("A file that starts with MSH is read as HL7 v2. The rules run again over every event after the"
				+ " feed is loaded.");
		org.eclipse.jface.layout.GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(note);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		ReferenceFeed f = ReferenceFeed.values()[Math.max(0, kind.getSelectionIndex())];
		dialog.setText(f.title);
		dialog.setFilterExtensions(f.extensions);
		String name = dialog.open();
		if (name != null) {
			file.setText(name);
		}
	}

	@Override
	protected void save() {
		String name = file.getText().strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("Choose the feed's file.");
		}
		Path p = Path.of(name);
		if (!Files.isRegularFile(p)) {
			throw new IllegalArgumentException("There is no file " + name + ".");
		}
		chosen = ReferenceFeed.values()[kind.getSelectionIndex()];
		path = p;
	}

	ReferenceFeed feed() {
		return chosen;
	}

	Path file() {
		return path;
	}
}
