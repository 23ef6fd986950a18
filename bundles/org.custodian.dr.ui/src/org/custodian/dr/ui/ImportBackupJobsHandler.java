package org.custodian.dr.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.custodian.app.session.Session;
import org.custodian.app.ui.DataEvents;
import org.custodian.dr.core.BackupJobColumns;
import org.custodian.dr.core.BackupJobs;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.report.csv.RecordException;
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
 * Backup &amp; DR > Import backup report... (Ctrl+Shift+B): the backup system's report export (CSV), its columns
 * named through the trust's saved mapping (shown and changed in the dialog), imported in a Job as {@code
 * custodian-cli import-backup-jobs} does; the result names each refused record by line and column, and the
 * policies' verdicts follow in Backup policies.
 */
public class ImportBackupJobsHandler {
	private static final int SHOWN_PROBLEMS = 5;

	@CanExecute
	boolean canExecute(@Optional Session session) {
		return DrHandlers.mayChange(session);
	}

	@Execute
	void execute(@Named("activeShell") Shell shell, RecoveryVerification verification, UISynchronize ui,
			IEventBroker events) {
		BackupReportDialog dialog = new BackupReportDialog(shell);
		if (dialog.open() != Window.OK) {
			return;
		}
		run(verification, dialog.file(), dialog.columns(), events, text -> ui.asyncExec(() -> {
			if (!shell.isDisposed()) {
				MessageDialog.openInformation(shell, "Backup report", text);
			}
		}));
	}

	/** Imports in a Job and says how it went; public for tests. */
	public static Job run(RecoveryVerification verification, Path file, List<String> columns, IEventBroker events,
			java.util.function.Consumer<String> outcome) {
		Job job = Job.create("Importing " + file.getFileName(), monitor -> {
			String message;
			try {
				BackupJobs.ImportResult r = verification.importBackupJobs(file, columns);
				StringBuilder s = new StringBuilder(file.getFileName() + ": " + r.read() + " records, " + r.added()
						+ " jobs added, " + r.alreadyKept() + " already kept, " + r.errors().size() + " refused.");
				r.errors().stream().limit(SHOWN_PROBLEMS).forEach(e -> s.append("\n  ").append(e));
				if (r.errors().size() > SHOWN_PROBLEMS) {
					s.append("\n  ... and ").append(r.errors().size() - SHOWN_PROBLEMS)
							.append(" more (custodian-cli import-backup-jobs lists them all).");
				}
				message = s.toString();
				events.post(DataEvents.CHANGED, "backup jobs");
			} catch (IOException | RecordException | IllegalArgumentException | IllegalStateException e) {
				message = file.getFileName() + " was not imported: " + e.getMessage();
			}
			outcome.accept(message);
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** The entries of a mapping typed one per line, checked. */
	static List<String> entries(String text) {
		List<String> out = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				out.add(BackupJobColumns.entry(line.strip()));
			}
		}
		return out;
	}
}
