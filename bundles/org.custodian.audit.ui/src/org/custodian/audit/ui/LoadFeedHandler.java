package org.custodian.audit.ui;

import java.io.IOException;

import org.custodian.app.session.Session;
import org.custodian.app.ui.DataEvents;
import org.custodian.audit.core.feeds.FeedReport;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.rules.RuleRunReport;
import org.custodian.report.csv.RecordException;
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
 * Access > Load reference feed... (Ctrl+Shift+L): the PAS, the RIS, the location list, the VIP list or the
 * workstation register, loaded in the background as {@code custodian-cli load-...} does, then the rules run again
 * over every event (a ward stay or an order can explain, a flag can raise, alerts on events imported before).
 * The result names what was refused, by line and field. Enabled for users who may change the Access data.
 */
public class LoadFeedHandler {
	private static final int SHOWN_PROBLEMS = 5;

	@CanExecute
	boolean canExecute(@Optional Session session) {
		return session != null && session.may(Permission.CHANGE_ACCESS);
	}

	@Execute
	void execute(@Named("activeShell") Shell shell, AccessReview review, UISynchronize ui, IEventBroker events) {
		LoadFeedDialog dialog = new LoadFeedDialog(shell);
		if (dialog.open() != Window.OK) {
			return;
		}
		ReferenceFeed feed = dialog.feed();
		Job job = Job.create("Loading " + dialog.file().getFileName(), monitor -> {
			String message;
			boolean failed = false;
			try {
				FeedReport r = feed.load(review.feeds(), dialog.file());
				RuleRunReport rules = review.rules().runFromStart(monitor);
				events.post(DataEvents.CHANGED, "reference feed");
				message = summary(r) + "\n\nThe rules ran again over " + rules.eventsChecked() + " events: "
						+ rules.alertsRaised() + " new alerts." + (rules.alertsExplained() == 0 ? ""
								: " " + rules.alertsExplained() + " open alerts the feeds now explain were marked"
										+ " Explained since.");
			} catch (IOException | RecordException e) {
				failed = true;
				message = dialog.file().getFileName() + " was not loaded: " + e.getMessage();
			} catch (RuntimeException e) {
				failed = true;
				message = dialog.file().getFileName() + " was not loaded: " + e.getMessage();
			}
			String text = message;
			boolean error = failed;
			ui.asyncExec(() -> {
				if (!shell.isDisposed()) {
					if (error) {
						MessageDialog.openError(shell, feed.title, text);
					} else {
						MessageDialog.openInformation(shell, feed.title, text);
					}
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	static String summary(FeedReport r) {
		StringBuilder s = new StringBuilder(r.source() + ": read " + r.read() + ", added " + r.added() + ", refused "
				+ r.problems().size() + ".");
		r.problems().stream().limit(SHOWN_PROBLEMS).forEach(p -> s.append("\n  ").append(p.getMessage()));
		if (r.problems().size() > SHOWN_PROBLEMS) {
			s.append("\n  ... and ").append(r.problems().size() - SHOWN_PROBLEMS).append(" more (custodian-cli lists them all).");
		}
		return s.toString();
	}
}
