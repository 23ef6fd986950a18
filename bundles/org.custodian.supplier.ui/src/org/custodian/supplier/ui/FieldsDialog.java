package org.custodian.supplier.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.custodian.app.ui.WidgetIds;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * One small form for every edit of this perspective (a retention class, a rule, a hold, a destruction, a media
 * register entry): labelled fields, free text or a choice, returned by label. What the values mean is checked by the
 * core, whose message is shown when it refuses them: in the dialog, which then stays open with what was typed, when
 * the form is given a {@link #check}; otherwise in the part's status line after the save.
 */
final class FieldsDialog extends Dialog {

	/** A field: its label, its value, and the choices when it is a choice (else null). */
	record Field(String label, String value, List<String> choices) {
		static Field text(String label, Object value) {
			return new Field(label, value == null ? "" : value.toString(), null);
		}

		static Field choice(String label, Object value, List<String> choices) {
			return new Field(label, value == null ? "" : value.toString(), choices);
		}
	}

	private final String title;
	private final String idPrefix;
	private final List<Field> fields;
	private final List<Control> inputs = new ArrayList<>();
	private final Map<String, String> values = new LinkedHashMap<>();
	private Consumer<Map<String, String>> check = v -> {
	};
	private Label error;

	FieldsDialog(Shell shell, String title, String idPrefix, List<Field> fields) {
		super(shell);
		this.title = title;
		this.idPrefix = idPrefix;
		this.fields = fields;
	}

	/**
	 * Checks the values before the dialog closes (on the UI thread, without the database: apply them to a copy).
	 *
	 * @param check throws IllegalArgumentException with the sentence to show
	 */
	FieldsDialog check(Consumer<Map<String, String>> check) {
		this.check = check;
		return this;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		WidgetIds.tag(shell, idPrefix);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		for (int i = 0; i < fields.size(); i++) {
			Field f = fields.get(i);
			new Label(form, SWT.NONE).setText(f.label());
			Control input;
			if (f.choices() != null) {
				Combo c = new Combo(form, SWT.READ_ONLY);
				f.choices().forEach(c::add);
				c.select(Math.max(0, f.choices().indexOf(f.value())));
				input = c;
			} else {
				Text t = new Text(form, SWT.BORDER);
				t.setText(f.value());
				input = t;
			}
			WidgetIds.tag(input, idPrefix + "." + i);
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(input);
			inputs.add(input);
		}
		error = WidgetIds.tag(new Label(form, SWT.WRAP), idPrefix + ".error");
		error.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(error);
		return area;
	}

	@Override
	protected void okPressed() {
		for (int i = 0; i < fields.size(); i++) {
			Control c = inputs.get(i);
			values.put(fields.get(i).label(), (c instanceof Combo combo ? combo.getText() : ((Text) c).getText()).strip());
		}
		try {
			check.accept(values);
		} catch (IllegalArgumentException e) {
			error.setText(e.getMessage());
			error.getParent().layout(true);
			getShell().pack();
			return;
		}
		super.okPressed();
	}

	/** The values by label, after OK. */
	Map<String, String> values() {
		return values;
	}
}
