package org.custodian.audit.ui;

import org.custodian.app.ui.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The small widget-making steps the Access parts share: a row of controls, a button, a labelled field. */
final class Buttons {
	private Buttons() {
	}

	static Composite row(Composite parent, int columns) {
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
		return row;
	}

	static Button button(Composite parent, String label, String id, Runnable action) {
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(label);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	static Text field(Composite parent, String label, String id, int width) {
		new Label(parent, SWT.NONE).setText(label);
		Text t = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.SEARCH), id);
		GridDataFactory.swtDefaults().hint(width, SWT.DEFAULT).applyTo(t);
		return t;
	}

	/**
	 * A labelled filter field that applies on Enter. The shell's default button may be another part's, hidden
	 * behind this one, and a Return traversed to a hidden default button is swallowed: so Return is not traversed
	 * out of the field, and the field applies itself.
	 */
	static Text filterField(Composite parent, String label, String id, int width, Runnable apply) {
		Text t = field(parent, label, id, width);
		t.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
			}
		});
		t.addListener(SWT.DefaultSelection, e -> apply.run());
		return t;
	}

	static Label status(Composite parent, String id) {
		Label l = WidgetIds.tag(new Label(parent, SWT.WRAP), id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
		return l;
	}
}
