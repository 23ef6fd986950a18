package org.custodian.app.handlers;

import org.custodian.app.security.LockDialog;
import org.custodian.app.session.Session;
import org.custodian.store.Store;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

/** File > Lock (Ctrl+Alt+L): hides the window until the signed-in user's password is typed again. */
public class LockHandler {
	@CanExecute
	boolean canExecute(@Optional Session session) {
		return session != null;
	}

	@Execute
	void execute(Shell shell, Store store, IWorkbench workbench) {
		// background work goes on while locked: an import started before lunch is done after it
		if (new LockDialog(shell, store).open() == LockDialog.EXIT_ID) {
			workbench.close();
		}
	}
}
