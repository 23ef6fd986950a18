package org.custodian.app.handlers;

import java.util.List;

import org.custodian.app.session.RunningWork;
import org.custodian.app.session.Session;
import org.custodian.app.ui.Perspectives;
import org.custodian.store.Store;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;

/**
 * File > Sign out (Ctrl+Shift+Q): stops the user's background work, closes the database and returns to the
 * sign-in screen, where another user (or another database) can sign in. The session leaves the context first, so
 * no command stays enabled for the user who left.
 */
public class SignOutHandler {
	/** How long running work gets to stop before the database closes under it. */
	private static final long STOP_MILLIS = 10_000;

	@CanExecute
	boolean canExecute(@Optional Session session) {
		return session != null;
	}

	@Execute
	void execute(Shell shell, Store store, MApplication app, EModelService models, EPartService parts,
			MWindow window) {
		List<Job> running = RunningWork.jobs();
		String message = "Sign out of Custodian? The database closes and the sign-in screen opens."
				+ (running.isEmpty() ? "" : "\n\n" + RunningWork.describe(running));
		if (new MessageDialog(shell, "Sign out", null, message, MessageDialog.CONFIRM, 0, "&Sign out", "&Cancel")
				.open() != 0) {
			return;
		}
		app.getContext().remove(Session.class);
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			RunningWork.cancelAndWait(running, STOP_MILLIS);
			store.close();
		});
		window.setLabel("Custodian");
		Perspectives.show(Perspectives.LOGIN_ID, app, models, parts);
		Perspectives.renderParts(false, app, models);
	}
}
