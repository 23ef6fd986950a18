package org.custodian.dr.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.custodian.app.session.Session;
import org.custodian.dr.core.BoardReport;
import org.custodian.dr.core.DrRegisters;
import org.custodian.model.ModelPackage;
import org.custodian.model.Trust;
import org.custodian.store.Store;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Backup &amp; DR > Board report (Ctrl+Shift+P): every plan's targets against what its tests achieved, written as a
 * PDF in a Job, as {@code custodian-cli board-report} writes it.
 */
public class BoardReportHandler {
	@CanExecute
	boolean canExecute(@Optional Session session) {
		return DrHandlers.mayView(session);
	}

	@Execute
	void execute(@Named("activeShell") Shell shell, Store store, UISynchronize ui) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.pdf" });
		dialog.setFileName("dr-board-report-" + LocalDate.now() + ".pdf");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			write(store, Path.of(chosen), text -> ui.asyncExec(() -> {
				if (!shell.isDisposed()) {
					MessageDialog.openInformation(shell, "Board report", text);
				}
			}));
		}
	}

	/** Writes the report of every plan in a Job, then says how it went to {@code outcome}; public for tests. */
	public static Job write(Store store, Path file, java.util.function.Consumer<String> outcome) {
		Job job = Job.create("Writing the DR board report", monitor -> {
			String message;
			try {
				var plans = new DrRegisters(store.entities()).load().plans();
				List<Trust> trusts = store.entities().loadAll(ModelPackage.Literals.TRUST);
				int pages = BoardReport.write(plans, trusts.isEmpty() ? null : trusts.get(0).getName(), Instant.now(),
						ZoneId.systemDefault(), file);
				message = "Board report written to " + file + " (" + pages + " pages).";
			} catch (IOException | RuntimeException | LinkageError e) {
				// a LinkageError is an installation problem (a library's bundle wiring): said, not swallowed
				message = "Could not write the board report: " + e;
			}
			outcome.accept(message);
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
