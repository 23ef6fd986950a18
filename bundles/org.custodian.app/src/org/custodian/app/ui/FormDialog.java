package org.custodian.app.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * The console's one form dialog: a two-column form for recording or changing one thing (a DR node, policy or
 * plan, the detection rules' settings). OK calls {@link #save()}; a refusal (missing or invalid field, name
 * already used) is shown in the dialog, which stays open with what was typed. Every field has a label with a
 * mnemonic and a stable id, so the form is usable from the keyboard and by tests.
 * <p>
 * {@link #save()} runs on the UI thread: a form should check and keep its values there, and leave the writing to
 * the database to a Job its caller schedules once the dialog is closed with OK.
 */
public abstract class FormDialog extends Dialog {
    private final String title;
    private final String id;
    private Label error;

    protected FormDialog(Shell shell, String title, String id) {
        super(shell);
        this.title = title;
        this.id = id;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        WidgetIds.tag(shell, id);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        fields(form);
        error = WidgetIds.tag(new Label(form, SWT.WRAP), id + ".error");
        error.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(error);
        return area;
    }

    /** Adds the form's labelled fields. */
    protected abstract void fields(Composite form);

    /** Saves what the form holds. @throws IllegalArgumentException or IllegalStateException to refuse */
    protected abstract void save();

    @Override
    protected void okPressed() {
        RuntimeException[] refused = new RuntimeException[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                save();
            } catch (IllegalArgumentException | IllegalStateException e) {
                refused[0] = e;
            } catch (RuntimeException e) {
                refused[0] = new IllegalStateException("Could not save: " + e.getMessage(), e);
            }
        });
        if (refused[0] != null) {
            error.setText(refused[0].getMessage());
            error.getParent().layout(true);
            // grow to show the whole message at the width the user sees; never shrink (pack() would)
            Shell shell = getShell();
            int height = shell.computeSize(shell.getSize().x, SWT.DEFAULT).y;
            if (height > shell.getSize().y) {
                shell.setSize(shell.getSize().x, height);
            }
            return;
        }
        super.okPressed();
    }

    public static Label label(Composite form, String text) {
        Label l = new Label(form, SWT.NONE);
        l.setText(text);
        return l;
    }

    public static Text text(Composite form, String label, String fieldId, String value) {
        label(form, label);
        Text t = WidgetIds.tag(new Text(form, SWT.BORDER), fieldId);
        t.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(t);
        return t;
    }

    /** A text of several lines (notes, a justification, a list with one item a line). */
    public static Text lines(Composite form, String label, String fieldId, String value) {
        label(form, label);
        Text t = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), fieldId);
        t.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 48).applyTo(t);
        return t;
    }

    public static Spinner number(Composite form, String label, String fieldId, int value, int min, int max) {
        label(form, label);
        Spinner s = WidgetIds.tag(new Spinner(form, SWT.BORDER), fieldId);
        s.setValues(value, min, max, 0, 1, 10);
        GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(s);
        return s;
    }

    public static Combo choice(Composite form, String label, String fieldId, List<String> items, int selected) {
        label(form, label);
        Combo c = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), fieldId);
        items.forEach(c::add);
        if (selected >= 0) {
            c.select(selected);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
        return c;
    }

    public static Button check(Composite form, String label, String fieldId, boolean value) {
        new Label(form, SWT.NONE);
        Button b = WidgetIds.tag(new Button(form, SWT.CHECK), fieldId);
        b.setText(label);
        b.setSelection(value);
        return b;
    }
}
