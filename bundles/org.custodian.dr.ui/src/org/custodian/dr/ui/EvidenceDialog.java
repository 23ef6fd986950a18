package org.custodian.dr.ui;

import java.io.IOException;
import java.util.List;

import org.custodian.app.ui.WidgetIds;
import org.custodian.dr.core.Evidence;
import org.custodian.model.EvidenceFile;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A test run's evidence files: where each is, whether it still matches the SHA-256 recorded with the run, and
 * its findings (severity, check, subject, detail) to read; "Open" hands the file to the desktop's program for
 * CSV files.
 */
final class EvidenceDialog extends Dialog {
    /** Enough of a findings file to read on screen; the whole file is one click away. */
    private static final int SHOWN_CHARACTERS = 200_000;
    private final List<EvidenceFile> files;

    EvidenceDialog(Shell shell, List<EvidenceFile> files) {
        super(shell);
        this.files = files;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Evidence of the test run");
        WidgetIds.tag(shell, "dr.evidence.dialog");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        StringBuilder about = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (EvidenceFile f : files) {
            String state;
            try {
                Evidence.Contents c = Evidence.read(f);
                state = !c.present() ? "MISSING: the file is no longer there"
                        : c.intact() ? "intact (SHA-256 as recorded)"
                                : "CHANGED since the run: its SHA-256 is " + c.sha256() + ", the run recorded "
                                        + f.getSha256();
                if (c.present()) {
                    text.append(c.text(), 0, Math.min(c.text().length(), SHOWN_CHARACTERS));
                    if (c.text().length() > SHOWN_CHARACTERS) {
                        text.append("\n... (the rest is in the file)\n");
                    }
                }
            } catch (IOException e) {
                state = "cannot be read: " + e.getMessage();
            }
            about.append(f.getName()).append(": ").append(f.getPath()).append("\n  ").append(state).append('\n');
        }
        Label summary = WidgetIds.tag(new Label(area, SWT.WRAP), "dr.evidence.summary");
        summary.setText(about.toString().strip());
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
        Text content = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL),
                "dr.evidence.text");
        content.setText(text.toString());
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 360).applyTo(content);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button open = createButton(parent, IDialogConstants.OPEN_ID, "&Open file", false);
        WidgetIds.tag(open, "dr.evidence.open");
        open.setEnabled(!files.isEmpty());
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OPEN_ID) {
            if (!Program.launch(files.get(0).getPath())) {
                getShell().getDisplay().beep();
            }
            return;
        }
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }
}
