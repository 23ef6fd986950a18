package org.custodian.app.security;

import org.custodian.app.ui.FormDialog;
import org.custodian.app.ui.WidgetIds;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The locked console: an untitled dialog that covers the whole window, so patient data on screen is hidden while
 * the user is away, and that only the signed-in user's password closes (Escape and the window manager cannot).
 * The password is checked by the store like a sign-in, so wrong guesses count towards the account's lock-out.
 * "Exit" leaves instead; the database stays open until then.
 */
public final class LockDialog extends FormDialog {
	/** The button that closes the console instead of unlocking it. */
	public static final int EXIT_ID = IDialogConstants.CLIENT_ID + 1;
	private final Store store;
	private Text password;

	public LockDialog(Shell window, Store store) {
		super(window, "Custodian is locked", "lock.dialog");
		this.store = store;
		setShellStyle(SWT.APPLICATION_MODAL | SWT.NO_TRIM);
	}

	@Override
	protected void fields(Composite form) {
		Label title = new Label(form, SWT.WRAP);
		title.setText("Custodian is locked. " + store.user() + " can unlock it with their password.");
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(title);
		label(form, "&Password:");
		password = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), "lock.password");
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Control area = super.createDialogArea(parent);
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).grab(true, true).applyTo(area);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, EXIT_ID, "E&xit Custodian", false);
		createButton(parent, IDialogConstants.OK_ID, "&Unlock", true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == EXIT_ID) {
			setReturnCode(EXIT_ID);
			close();
			return;
		}
		super.buttonPressed(buttonId);
	}

	@Override
	protected void save() {
		char[] typed = password.getTextChars();
		try {
			store.users().authenticate(store.user(), typed);
		} catch (StoreException e) {
			password.setText("");
			throw new IllegalArgumentException(e.getMessage(), e);
		} finally {
			java.util.Arrays.fill(typed, '\0');
		}
	}

	// the lock is lifted by the password or by leaving the console, not by Escape or closing the dialog
	@Override
	protected void cancelPressed() {
	}

	@Override
	protected void handleShellCloseEvent() {
	}

	@Override
	protected Point getInitialSize() {
		return getParentShell().getSize();
	}

	@Override
	protected Point getInitialLocation(Point initialSize) {
		return getParentShell().getLocation();
	}

	@Override
	protected boolean isResizable() {
		return false;
	}
}
