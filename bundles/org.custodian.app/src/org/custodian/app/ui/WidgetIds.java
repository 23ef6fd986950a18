package org.custodian.app.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable names for the widgets people and tests look for. A widget's id is stored under {@link #KEY}; UI
 * tests find widgets by it instead of by label text, which changes with wording.
 */
public final class WidgetIds {
	public static final String KEY = "custodian.id";

	private WidgetIds() {
	}

	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
