package org.custodian.dr.ui;

import java.util.List;

import org.custodian.app.ui.FormDialog;
import org.custodian.app.ui.Formats;
import org.custodian.app.ui.WidgetIds;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.store.StoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The operator's verdict on the selected test run. The operator is the signed-in user, shown and not chosen; what
 * stands against a Pass (errors, nothing verified, a missed target) is shown above the form, and such a Pass is
 * refused without a written justification, which is kept with the run.
 */
final class VerdictDialog extends FormDialog {
    private static final List<Verdict> VERDICTS = List.of(Verdict.PASS, Verdict.FAIL);
    private final DrPlan plan;
    private final TestRun run;
    private final String operator;
    private final RecoveryVerification verification;
    private Combo mark;
    private Text notes;
    private Text justification;
    private TestRun recorded;

    VerdictDialog(Shell shell, DrPlan plan, TestRun run, String operator, RecoveryVerification verification) {
        super(shell, "Operator's verdict", "dr.verdict.dialog");
        this.plan = plan;
        this.run = run;
        this.operator = operator;
        this.verification = verification;
    }

    @Override
    protected void fields(Composite form) {
        summary(form, "dr.verdict.summary", describe(plan, run) + against(plan, run));
        label(form, "Operator");
        WidgetIds.tag(label(form, operator + " (signed in)"), "dr.verdict.operator");
        mark = choice(form, "&Verdict", "dr.verdict.mark", VERDICTS.stream().map(Formats::display).toList(), -1);
        notes = lines(form, "&Notes", "dr.verdict.notes", run.getNotes());
        justification = lines(form, "&Justification (for a Pass against the evidence)", "dr.verdict.justification",
                run.getVerdictJustification());
    }

    static String describe(DrPlan plan, TestRun run) {
        return "Test run of " + plan.getName() + " started " + Formats.display(run.getStarted()) + ": "
                + DrColumns.value(DrColumns.runs(), "Result", run) + ", " + run.getErrors().size() + " errors, "
                + run.getWarnings().size() + " warnings.";
    }

    private static String against(DrPlan plan, TestRun run) {
        List<String> against = TestRuns.passObjections(plan, run);
        return against.isEmpty() ? "" : "\nA Pass needs a written justification: " + String.join("; ", against) + ".";
    }

    /** A read-only paragraph across the form. */
    static Label summary(Composite form, String id, String text) {
        Label l = WidgetIds.tag(new Label(form, SWT.WRAP), id);
        l.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(l);
        return l;
    }

    @Override
    protected void save() {
        if (mark.getSelectionIndex() < 0) {
            throw new IllegalArgumentException("Choose Pass or Fail.");
        }
        try {
            recorded = verification.recordVerdict(plan, run.getId(), VERDICTS.get(mark.getSelectionIndex()),
                    notes.getText(), justification.getText());
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The run as recorded, after OK. */
    TestRun recorded() {
        return recorded;
    }
}
