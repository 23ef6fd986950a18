package org.custodian.app.handlers;

import java.util.List;

import org.custodian.app.session.RunningWork;
import org.custodian.app.session.Session;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File > Exit (Ctrl+Q), after a confirmation once someone is signed in: Ctrl+Q sits beside Ctrl+W and Ctrl+A,
 * and closing stops an import or a verification that may have run for an hour. The life cycle shuts the database
 * down on the way out.
 */
public class ExitHandler {
	@Execute
	void execute(IWorkbench workbench, Shell shell, @Optional Session session) {
		List<Job> running = RunningWork.jobs();
		if (session != null || !running.isEmpty()) {
			String message = "Close Custodian?" + (running.isEmpty() ? "" : "\n\n" + RunningWork.describe(running));
			MessageDialog confirm = new MessageDialog(shell, "Exit Custodian", null, message, MessageDialog.CONFIRM, 0,
					"E&xit", "&Cancel");
			if (confirm.open() != 0) {
				return;
			}
		}
		workbench.close();
	}
}
