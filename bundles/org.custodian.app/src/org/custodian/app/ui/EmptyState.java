package org.custodian.app.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A place that shows either its content (a grid) or, when there is nothing to show, a sentence telling the
 * user what to do next with a button that does it.
 */
public final class EmptyState extends Composite {
	private final StackLayout stack = new StackLayout();
	private final Composite emptyPanel;
	private final Label text;
	private final Button action;
	private Control content;

	public EmptyState(Composite parent, String id) {
		super(parent, SWT.NONE);
		setLayout(stack);
		WidgetIds.tag(this, id);
		emptyPanel = new Composite(this, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(40, 40).applyTo(emptyPanel);
		text = WidgetIds.tag(new Label(emptyPanel, SWT.WRAP | SWT.CENTER), id + ".message");
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.END).grab(true, true).hint(520, SWT.DEFAULT)
				.applyTo(text);
		action = WidgetIds.tag(new Button(emptyPanel, SWT.PUSH), id + ".action");
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).grab(true, true).applyTo(action);
		action.setVisible(false);
	}

	/** The control shown when there is data; create it with this EmptyState as its parent. */
	public void setContent(Control content) {
		this.content = content;
	}

	public void setMessage(String message, String actionLabel, Runnable onAction) {
		text.setText(message);
		action.setVisible(actionLabel != null);
		if (actionLabel != null) {
			action.setText(actionLabel);
			for (var l : action.getListeners(SWT.Selection)) {
				action.removeListener(SWT.Selection, l);
			}
			action.addListener(SWT.Selection, e -> onAction.run());
		}
		emptyPanel.layout(true);
	}

	/** Shows the content when {@code hasData}, the message otherwise. */
	public void show(boolean hasData) {
		stack.topControl = hasData && content != null ? content : emptyPanel;
		layout(true);
	}
}
