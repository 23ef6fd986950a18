package org.custodian.dr.ui;

import org.custodian.app.ui.FormDialog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.WidgetIds;
import org.custodian.dicom.DicomNode;
import org.custodian.dr.core.DrCheck;
import org.custodian.dr.core.Evidence;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.MigrationCampaign;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.model.EvidenceFile;
import org.custodian.model.NodeRole;
import org.custodian.model.PacsNode;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The migration campaign of a provider change: the old PACS is compared with the new one over a range of study
 * dates, in a Job, and the sign-off gate stays closed while a study of the old PACS is missing or incomplete on the
 * new one. The findings can be saved as a CSV evidence file with its SHA-256. Opened from the toolbar, or from the
 * Suppliers &amp; records perspective's provider-change checklist, which names the outgoing provider.
 */
final class MigrationDialog extends Dialog {
    static final String ID = "dr.migration";

    private final List<PacsNode> nodes;
    private final String provider;
    private final RecoveryVerification verification;
    private Combo oldPacs;
    private Combo newPacs;
    private Text from;
    private Text to;
    private Button compare;
    private Button save;
    private Button signOff;
    /** What the last comparison compared: the sign-off compares the same again. */
    private DicomNode comparedOld;
    private DicomNode comparedNew;
    private StudyDates comparedRange;
    private Label gate;
    private EntityGrid<Finding> grid;
    private List<Finding> findings = List.of();

    /** @param provider the outgoing provider's name, or empty */
    MigrationDialog(Shell shell, List<PacsNode> nodes, String provider, RecoveryVerification verification) {
        super(shell);
        this.nodes = nodes;
        this.provider = provider == null ? "" : provider;
        this.verification = verification;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(provider.isEmpty() ? "Migration campaign" : "Migration campaign: changing from " + provider);
        WidgetIds.tag(shell, ID);
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(980, 620);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("A provider change is checked like a DR copy: every study of the old PACS in the range must be on"
                + " the new one, with as many objects, before the migration is signed off. Studies only on the new"
                + " PACS are listed for review but do not hold the gate.");
        GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(intro);

        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(form);
        List<String> names = nodes.stream().map(PacsNode::getName).toList();
        oldPacs = choice(form, "&Old PACS", ID + ".old", names, guessOld());
        newPacs = choice(form, "&New PACS", ID + ".new", names, guessNew());
        from = FormDialog.text(form, "&From", ID + ".from", LocalDate.now().minusYears(1).toString());
        to = FormDialog.text(form, "&To", ID + ".to", LocalDate.now().toString());
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(from);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(to);

        Composite actions = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        compare = WidgetIds.tag(new Button(actions, SWT.PUSH), ID + ".compare");
        compare.setText("&Compare");
        compare.addListener(SWT.Selection, e -> compare());
        save = WidgetIds.tag(new Button(actions, SWT.PUSH), ID + ".save");
        save.setText("&Save findings as evidence...");
        save.setEnabled(false);
        save.addListener(SWT.Selection, e -> saveFindings());
        signOff = WidgetIds.tag(new Button(actions, SWT.PUSH), ID + ".signoff");
        signOff.setText("Sign o&ff the migration...");
        signOff.setToolTipText("Compares once more and records the sign-off, with the findings as evidence, on the"
                + " console's trail; refused while anything of the old PACS is missing");
        signOff.setEnabled(false);
        signOff.addListener(SWT.Selection, e -> confirmSignOff());
        gate = WidgetIds.tag(new Label(actions, SWT.WRAP), ID + ".gate");
        gate.setText(nodes.size() < 2 ? "Register the old and the new PACS as nodes first (Nodes and backup policies)."
                : "Choose the two PACS and the range of study dates, then Compare.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(gate);

        grid = new EntityGrid<>(area, ID + ".findings", "Findings", List.of(
                Column.of("Severity", (Finding f) -> f.severity().name(), 80),
                Column.of("Check", Finding::check, 90),
                Column.of("Study or node", Finding::subject, 260),
                Column.of("Detail", Finding::detail, 480)),
                "No comparison yet.");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    private static Combo choice(Composite form, String label, String id, List<String> items, int selected) {
        Combo c = FormDialog.choice(form, label, id, items, selected);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(c);
        return c;
    }

    /** The outgoing provider's primary node when its vendor or name says so, else the first primary node. */
    private int guessOld() {
        String p = provider.toLowerCase(Locale.ROOT);
        for (int i = 0; !p.isEmpty() && i < nodes.size(); i++) {
            String vendor = lower(nodes.get(i).getVendor());
            if (!vendor.isBlank() && (vendor.contains(p) || p.contains(vendor)) || lower(nodes.get(i).getName())
                    .contains(p)) {
                return i;
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getRole() == NodeRole.PRIMARY) {
                return i;
            }
        }
        return nodes.isEmpty() ? -1 : 0;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private int guessNew() {
        int old = guessOld();
        for (int i = 0; i < nodes.size(); i++) {
            if (i != old) {
                return i;
            }
        }
        return -1;
    }

    private void say(String text) {
        if (!gate.isDisposed()) {
            gate.setText(text);
            gate.getParent().layout(true);
        }
    }

    /** Starts the comparison in a Job; the gate and the findings show when it ends. */
    void compare() {
        int o = oldPacs.getSelectionIndex();
        int n = newPacs.getSelectionIndex();
        if (o < 0 || n < 0 || o == n) {
            say("Choose two different PACS nodes: the old one and the new one.");
            return;
        }
        // the range and both addresses are checked before anything starts; the first problem is said
        StudyDates range;
        DicomNode before;
        DicomNode after;
        try {
            range = StudyDates.parse(from.getText(), to.getText());
            before = Verifications.node(nodes.get(o), "old");
            after = Verifications.node(nodes.get(n), "new");
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return;
        }
        comparedOld = before;
        comparedNew = after;
        comparedRange = range;
        signOff.setEnabled(false);
        compare.setEnabled(false);
        say("Comparing " + nodes.get(o).getName() + " with " + nodes.get(n).getName() + "...");
        Shell shell = getShell();
        Job job = Job.create("Migration campaign: " + nodes.get(o).getName() + " to " + nodes.get(n).getName(),
                monitor -> {
                    List<Finding> result;
                    try {
                        result = verification.compareMigration(before, after, DrCheck.DEFAULT_CALLING_AE,
                                range.from(), range.to(), Duration.ofSeconds(120));
                    } catch (RuntimeException e) {
                        result = List.of(Finding.failure("gate", "", "closed: " + e.getMessage()));
                    }
                    List<Finding> shown = result;
                    if (!shell.isDisposed()) {
                        shell.getDisplay().asyncExec(() -> show(shown));
                    }
                    return Status.OK_STATUS;
                });
        job.setUser(true);
        job.schedule();
    }

    private void show(List<Finding> result) {
        if (gate.isDisposed()) {
            return;
        }
        findings = result;
        grid.setRows(result);
        compare.setEnabled(true);
        save.setEnabled(!result.isEmpty());
        Finding last = result.isEmpty() ? null : result.get(result.size() - 1);
        boolean open = MigrationCampaign.gateOpen(result);
        gate.setForeground(gate.getDisplay().getSystemColor(open ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
        signOff.setEnabled(open);
        say("Sign-off gate " + (last == null ? "unknown" : last.detail()));
    }

    private void confirmSignOff() {
        if (MessageDialog.openConfirm(getShell(), "Sign off the migration", "Sign off the migration from "
                + comparedOld + " to " + comparedNew + " for the studies from " + comparedRange.from() + " to "
                + comparedRange.to() + "? The two PACS are compared once more; the sign-off is refused if anything"
                + " is missing now, and recorded with your name on the console's trail otherwise.")) {
            signOff();
        }
    }

    /** Signs the last comparison's migration off in a Job; the gate line says the outcome. */
    void signOff() {
        signOff.setEnabled(false);
        compare.setEnabled(false);
        say("Comparing once more before the sign-off...");
        DicomNode before = comparedOld;
        DicomNode after = comparedNew;
        StudyDates range = comparedRange;
        Shell shell = getShell();
        Job job = Job.create("Signing off the migration to " + after, monitor -> {
            String outcome;
            try {
                EvidenceFile e = verification.signOffMigration(before, after, DrCheck.DEFAULT_CALLING_AE, range.from(),
                        range.to(), Duration.ofSeconds(120));
                outcome = "Migration signed off and recorded on the console trail; evidence " + e.getPath()
                        + " (SHA-256 " + e.getSha256() + ").";
            } catch (IOException | RuntimeException e) {
                outcome = "Not signed off: " + e.getMessage();
            }
            String said = outcome;
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!compare.isDisposed()) {
                        compare.setEnabled(true);
                        say(said);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void saveFindings() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("migration-" + LocalDate.now() + ".csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            // the dialog has asked before replacing a file; evidence files are otherwise never overwritten
            java.nio.file.Files.deleteIfExists(Path.of(chosen));
        } catch (IOException e) {
            say("Could not replace " + chosen + ": " + e.getMessage());
            return;
        }
        saveFindings(Path.of(chosen));
    }

    /** Writes the findings shown as a CSV evidence file and says its SHA-256. */
    void saveFindings(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            EvidenceFile written = Evidence.writeFindings(folder, file.getFileName().toString(), findings);
            say("Findings saved to " + file + " (SHA-256 " + written.getSha256() + ").");
        } catch (IOException e) {
            say("The findings could not be saved to " + file + ": " + e.getMessage());
        }
    }
}
