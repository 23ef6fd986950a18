package org.custodian.audit.ui;

import org.custodian.app.ui.WidgetIds;
import org.custodian.model.CaseOutcome;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Asks for what closing a case records: the outcome, the Caldicott principle concerned and the findings. */
final class CloseCaseDialog extends Dialog {
	private static final CaseOutcome[] OUTCOMES = { CaseOutcome.SUBSTANTIATED, CaseOutcome.PARTIALLY_SUBSTANTIATED,
			CaseOutcome.UNSUBSTANTIATED, CaseOutcome.UNFOUNDED };
	private final String reference;
	private Combo outcomeBox;
	private Spinner principleBox;
	private Text findingsBox;
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
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Outcome:");
		outcomeBox = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "close.outcome");
		outcomeBox.setItems("Substantiated", "Partially substantiated", "Unsubstantiated", "Unfounded");
		outcomeBox.select(0);
		new Label(area, SWT.NONE).setText("Caldicott principle (1-8):");
		principleBox = WidgetIds.tag(new Spinner(area, SWT.BORDER), "close.principle");
		principleBox.setValues(1, 1, 8, 0, 1, 1);
		new Label(area, SWT.NONE).setText("Findings:");
		findingsBox = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP), "close.findings");
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 80).applyTo(findingsBox);
		return area;
	}

	@Override
	protected void okPressed() {
		outcome = OUTCOMES[outcomeBox.getSelectionIndex()];
		principle = principleBox.getSelection();
		findings = findingsBox.getText();
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
