package org.custodian.audit.ui;

import java.util.List;

import org.custodian.app.ui.FormDialog;
import org.custodian.model.Investigation;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Chooses the open case that the events selected in the grid are attached to as evidence. Only open cases are
 * offered: a closed case cannot change.
 */
final class AttachEvidenceDialog extends FormDialog {
	static final String ID = "access.attach";
	private final List<Investigation> open;
	private final int events;
	private Combo cases;
	private Investigation chosen;

	AttachEvidenceDialog(Shell shell, List<Investigation> open, int events) {
		super(shell, "Attach events to a case", ID);
		this.open = open;
		this.events = events;
	}

	/** The case chosen, once the dialog closed with OK. */
	Investigation chosen() {
		return chosen;
	}

	@Override
	protected void fields(Composite form) {
		Label what = label(form, events + (events == 1 ? " event" : " events") + " selected.");
		org.eclipse.jface.layout.GridDataFactory.fillDefaults().span(2, 1).applyTo(what);
		cases = choice(form, "&Case", ID + ".case", open.stream()
				.map(c -> c.getReference() + " - " + c.getTitle() + (c.getOwner() == null ? "" : " (" + c.getOwner() + ")"))
				.toList(), open.isEmpty() ? -1 : 0);
	}

	@Override
	protected void save() {
		if (cases.getSelectionIndex() < 0) {
			throw new IllegalArgumentException("Choose the case the events are evidence for.");
		}
		chosen = open.get(cases.getSelectionIndex());
	}
}
