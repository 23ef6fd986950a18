package org.custodian.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;
import org.custodian.app.security.ConsoleSecurityDialog;
import org.custodian.app.session.Session;
import org.custodian.store.Store;

/** File > Console security: own password for everyone, and what the role may do to the console itself. */
public class ConsoleSecurityHandler {

	@CanExecute
	boolean canExecute(@Optional Session session) {
		return session != null;
	}

	@Execute
	void execute(Shell shell, Store store, Session session, UISynchronize ui) {
		new ConsoleSecurityDialog(shell, store, session, ui).open();
	}
}
