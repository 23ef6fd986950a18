package org.custodian.supplier.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.custodian.app.ui.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Small things every part of this perspective does the same way. */
final class Ui {
	private Ui() {
	}

	static Button button(Composite bar, String id, String text, Runnable action) {
		Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** A day typed YYYY-MM-DD; empty is null; anything else is refused with the field named. */
	static LocalDate day(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(field + ": dates are written YYYY-MM-DD, not '" + text.strip() + "'");
		}
	}

	static int number(String field, String text) {
		try {
			return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(field + " needs a whole number, not '" + text.strip() + "'");
		}
	}

	static double decimal(String field, String text) {
		try {
			return text == null || text.isBlank() ? 0 : Double.parseDouble(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(field + " needs a number such as 2.5, not '" + text.strip() + "'");
		}
	}

	static String str(Object o) {
		return o == null ? "" : o.toString();
	}
}
