package org.custodian.audit.ui;

import org.custodian.app.ui.WidgetIds;
import org.custodian.audit.core.review.CaldicottPrinciples;
import org.custodian.model.CaseOutcome;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for what closing a case records: the outcome, the Caldicott principle concerned (named, not numbered)
 * and the findings. Nothing is chosen for the guardian: Close stays disabled until all three are given, and
 * closing asks once more, since a closed case cannot be changed.
 */
final class CloseCaseDialog extends Dialog {
	private static final CaseOutcome[] OUTCOMES = { CaseOutcome.SUBSTANTIATED, CaseOutcome.PARTIALLY_SUBSTANTIATED,
			CaseOutcome.UNSUBSTANTIATED, CaseOutcome.UNFOUNDED };
	private final String reference;
	private Combo outcomeBox;
	private Combo principleBox;
	private Text findingsBox;
	private Label missing;
	private CaseOutcome outcome;
	private int principle;
	private String findings;

	CloseCaseDialog(Shell shell, String reference) {
		super(shell);
		this.reference = reference;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Close " + reference + " (a closed case cannot be changed)");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("&Outcome:");
		outcomeBox = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "close.outcome");
		outcomeBox.setItems("Substantiated", "Partially substantiated", "Unsubstantiated", "Unfounded");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(outcomeBox);
		new Label(area, SWT.NONE).setText("Caldicott &principle:");
		principleBox = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "close.principle");
		for (int i = 1; i <= CaldicottPrinciples.TITLES.size(); i++) {
			principleBox.add(i + ". " + CaldicottPrinciples.TITLES.get(i - 1));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(principleBox);
		Label findingsLabel = new Label(area, SWT.NONE);
		findingsLabel.setText("&Findings:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(findingsLabel);
		findingsBox = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "close.findings");
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 90).applyTo(findingsBox);
		missing = WidgetIds.tag(new Label(area, SWT.WRAP), "close.missing");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(missing);
		outcomeBox.addListener(SWT.Selection, e -> check());
		principleBox.addListener(SWT.Selection, e -> check());
		findingsBox.addListener(SWT.Modify, e -> check());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Close case", false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
		check();
	}

	/** Says what is still missing, and enables closing only when nothing is. */
	private void check() {
		if (missing == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		StringBuilder need = new StringBuilder();
		if (outcomeBox.getSelectionIndex() < 0) {
			need.append("an outcome");
		}
		if (principleBox.getSelectionIndex() < 0) {
			need.append(need.isEmpty() ? "" : ", ").append("the Caldicott principle concerned");
		}
		if (findingsBox.getText().isBlank()) {
			need.append(need.isEmpty() ? "" : ", ").append("the findings");
		}
		missing.setText(need.isEmpty() ? "" : "Still needed: " + need + ".");
		missing.getParent().layout(true);
		getButton(IDialogConstants.OK_ID).setEnabled(need.isEmpty());
	}

	@Override
	protected void okPressed() {
		outcome = OUTCOMES[outcomeBox.getSelectionIndex()];
		principle = principleBox.getSelectionIndex() + 1;
		findings = findingsBox.getText().strip();
		if (!MessageDialog.openQuestion(getShell(), "Close " + reference, "Close " + reference + " as "
				+ outcomeBox.getText().toLowerCase() + "? A closed case cannot be changed.")) {
			return;
		}
		super.okPressed();
	}

	CaseOutcome outcome() {
		return outcome;
	}

	int principle() {
		return principle;
	}

	String findings() {
		return findings;
	}
}
