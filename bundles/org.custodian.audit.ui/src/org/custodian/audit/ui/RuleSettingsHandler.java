package org.custodian.audit.ui;

import org.custodian.app.session.Session;
import org.custodian.app.ui.DataEvents;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.audit.core.rules.RuleRunReport;
import org.custodian.audit.core.rules.RuleSettings;
import org.custodian.store.Permission;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Access > Rule settings... (Ctrl+Shift+R): the detection rules' settings in a form; saved in the background (on
 * the console trail), then the rules run again over every event, as {@code custodian-cli rules set} does.
 * Enabled for users who may change the Access perspective's data.
 */
public class RuleSettingsHandler {

	@CanExecute
	boolean canExecute(@Optional Session session) {
		return session != null && session.may(Permission.CHANGE_ACCESS);
	}

	@Execute
	void execute(@Named("activeShell") Shell shell, AccessReview review, UISynchronize ui, IEventBroker events) {
		RuleEngine engine = review.rules();
		RuleSettingsDialog dialog = new RuleSettingsDialog(shell, engine.settings());
		if (dialog.open() != Window.OK) {
			return;
		}
		RuleSettings changed = dialog.result();
		Job job = Job.create("Saving the rule settings and checking every event again", monitor -> {
			try {
				engine.saveSettings(changed);
				RuleRunReport r = engine.runFromStart(monitor);
				events.post(DataEvents.CHANGED, "rule settings");
				ui.asyncExec(() -> {
					if (!shell.isDisposed()) {
						MessageDialog.openInformation(shell, "Rule settings", "Saved. The rules ran again over "
								+ r.eventsChecked() + " events: " + r.alertsRaised() + " new alerts.");
					}
				});
			} catch (RuntimeException e) {
				ui.asyncExec(() -> {
					if (!shell.isDisposed()) {
						MessageDialog.openError(shell, "Rule settings", "The settings were not saved: " + e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}
}
