package org.custodian.dr.ui;

import java.util.List;

import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Staff;
import org.custodian.model.Verdict;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
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
 * Asks for a person and, for the operator's verdict, the pass/fail mark and notes. One dialog for both steps
 * of closing a test run: the operator's verdict, and the second person's sign-off (person only).
 */
final class RunDialog extends Dialog {
    private final String title;
    private final List<Staff> staff;
    private final boolean verdict;
    private Combo person;
    private Combo mark;
    private Text notes;
    private Staff chosen;
    private Verdict chosenVerdict;
    private String chosenNotes;

    RunDialog(Shell shell, String title, List<Staff> staff, boolean verdict) {
        super(shell);
        this.title = title;
        this.staff = staff;
        this.verdict = verdict;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(verdict ? "Operator" : "Signed off by");
        person = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), "dr.run.person");
        staff.forEach(s -> person.add(RecoveryPart.name(s)));
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(person);
        if (verdict) {
            new Label(form, SWT.NONE).setText("Verdict");
            mark = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), "dr.run.verdict");
            mark.setItems(Verdict.PASS.getName(), Verdict.FAIL.getName());
            new Label(form, SWT.NONE).setText("Notes");
            notes = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "dr.run.notes");
            GridDataFactory.fillDefaults().grab(true, true).hint(280, 80).applyTo(notes);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        if (person.getSelectionIndex() < 0 || (verdict && mark.getSelectionIndex() < 0)) {
            getButton(IDialogConstants.OK_ID).getShell().getDisplay().beep();
            return;
        }
        chosen = staff.get(person.getSelectionIndex());
        if (verdict) {
            chosenVerdict = Verdict.get(mark.getItem(mark.getSelectionIndex()));
            chosenNotes = notes.getText().isBlank() ? null : notes.getText().strip();
        }
        super.okPressed();
    }

    Staff person() {
        return chosen;
    }

    Verdict verdict() {
        return chosenVerdict;
    }

    String notes() {
        return chosenNotes;
    }
}
