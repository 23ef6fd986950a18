package org.custodian.dr.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.custodian.app.ui.FormDialog;
import org.custodian.app.ui.WidgetIds;
import org.custodian.dr.core.RecoveryTargets;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;
import org.custodian.store.StoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The second person's sign-off of the selected, judged test run: they type their own console user name and
 * password here, checked as at sign-in, so the sign-off shows that person saw the result. The verdict, the
 * justification and the evidence's SHA-256 are shown for them to read first.
 */
final class SignOffDialog extends FormDialog {
    private final DrPlan plan;
    private final TestRun run;
    private final RecoveryVerification verification;
    private Text signer;
    private Text password;
    private TestRun recorded;

    SignOffDialog(Shell shell, DrPlan plan, TestRun run, RecoveryVerification verification) {
        super(shell, "Second-person sign-off", "dr.signoff.dialog");
        this.plan = plan;
        this.run = run;
        this.verification = verification;
    }

    @Override
    protected void fields(Composite form) {
        String justification = run.getVerdictJustification() == null ? ""
                : "\nJustification: " + run.getVerdictJustification();
        String evidence = run.getEvidence().isEmpty() ? "no evidence file"
                : run.getEvidence().stream().map(e -> e.getName() + " (SHA-256 " + e.getSha256() + ")")
                        .collect(Collectors.joining(", "));
        VerdictDialog.summary(form, "dr.signoff.summary", VerdictDialog.describe(plan, run) + "\nVerdict: "
                + RecoveryTargets.verdict(run) + " by " + TestRuns.operator(run) + "." + justification + "\nEvidence: "
                + evidence + "\nThe second person signs with their own console user and password.");
        signer = text(form, "&Second person (console user)", "dr.signoff.user", "");
        label(form, "&Their password");
        password = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), "dr.signoff.password");
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
    }

    @Override
    protected void save() {
        if (signer.getText().isBlank()) {
            throw new IllegalArgumentException("Type the second person's console user name.");
        }
        char[] secret = password.getTextChars();
        try {
            recorded = verification.signOff(plan, run.getId(), signer.getText().strip(), secret);
        } catch (StoreException e) {
            password.setText(""); // a wrong password is typed again, not corrected
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The run as signed off, after OK. */
    TestRun recorded() {
        return recorded;
    }
}
