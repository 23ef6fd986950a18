package org.custodian.dr.ui;

import org.custodian.app.ui.FormDialog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.custodian.app.ui.Formats;
import org.custodian.app.ui.WidgetIds;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.RunResult;
import org.custodian.model.TestOperation;
import org.custodian.model.TestRun;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Records a test run done outside the console (a failover or clean-up exercise with the supplier, a test by
 * the VM tools): operation, start, duration, result, errors and warnings, notes and evidence files, which are
 * copied beside the database with their SHA-256. The operator's verdict and the sign-off follow as for any run.
 */
final class RecordRunDialog extends FormDialog {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<TestOperation> OPERATIONS = TestOperation.VALUES;
    private static final List<RunResult> RESULTS = RunResult.VALUES;
    private final java.util.function.Supplier<DrPlan> stored;
    private final RecoveryVerification verification;
    private final List<Path> files = new ArrayList<>();
    private Combo operation;
    private Text started;
    private Spinner minutes;
    private Combo result;
    private Text errors;
    private Text warnings;
    private Text notes;
    private org.eclipse.swt.widgets.List evidence;

    /** {@code stored} reads the plan as stored at the moment of saving. */
    RecordRunDialog(Shell shell, DrPlan plan, java.util.function.Supplier<DrPlan> stored,
            RecoveryVerification verification) {
        super(shell, "Record a test run of " + plan.getName(), "dr.record.dialog");
        this.stored = stored;
        this.verification = verification;
    }

    @Override
    protected void fields(Composite form) {
        operation = choice(form, "&Operation", "dr.record.operation", OPERATIONS.stream().map(Formats::display).toList(), 0);
        started = text(form, "&Started (YYYY-MM-DD HH:MM)", "dr.record.started",
                STARTED.format(LocalDateTime.now().withSecond(0)));
        minutes = number(form, "&Duration (minutes)", "dr.record.minutes", 60, 0, 60 * 24 * 14);
        result = choice(form, "&Result", "dr.record.result", RESULTS.stream().map(Formats::display).toList(), 0);
        errors = lines(form, "&Errors (one a line)", "dr.record.errors", null);
        warnings = lines(form, "&Warnings (one a line)", "dr.record.warnings", null);
        notes = lines(form, "&Notes", "dr.record.notes", null);
        label(form, "E&vidence files");
        Composite box = new Composite(form, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        evidence = WidgetIds.tag(new org.eclipse.swt.widgets.List(box, SWT.BORDER | SWT.V_SCROLL), "dr.record.evidence");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 60).applyTo(evidence);
        Button add = WidgetIds.tag(new Button(box, SWT.PUSH), "dr.record.addEvidence");
        add.setText("&Add file...");
        add.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            if (d.open() != null) {
                Arrays.stream(d.getFileNames()).forEach(n -> addEvidence(Path.of(d.getFilterPath(), n)));
            }
        });
    }

    /** Adds an evidence file to the run being recorded; for tests as for the Add button. */
    void addEvidence(Path file) {
        files.add(file);
        evidence.add(file.toString());
    }

    @Override
    protected void save() {
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(started.getText().strip(), STARTED);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The start is written YYYY-MM-DD HH:MM, not '" + started.getText() + "'.");
        }
        TestRun run = TestRuns.fromFindings(OPERATIONS.get(operation.getSelectionIndex()),
                start.atZone(ZoneId.systemDefault()).toInstant(), Duration.ofMinutes(minutes.getSelection()),
                RESULTS.get(result.getSelectionIndex()), List.of());
        split(errors.getText()).forEach(run.getErrors()::add);
        split(warnings.getText()).forEach(run.getWarnings()::add);
        run.setNotes(notes.getText().isBlank() ? null : notes.getText().strip());
        if (run.getResult() == RunResult.SUCCESS && !run.getErrors().isEmpty()) {
            throw new IllegalArgumentException("A run with errors is not a success: choose Errors as its result.");
        }
        try {
            verification.recordManual(stored.get(), run, List.copyOf(files));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("An evidence file could not be copied: " + e.getMessage(), e);
        }
    }

    private static List<String> split(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
