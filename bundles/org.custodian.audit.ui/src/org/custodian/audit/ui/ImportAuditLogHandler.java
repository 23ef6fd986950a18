package org.custodian.audit.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.custodian.app.session.Session;
import org.custodian.audit.core.AuditImportService;

import jakarta.inject.Named;

/** File > Import audit log... (Ctrl+I): choose DICOM audit files and import them in the background. */
public class ImportAuditLogHandler {

	@CanExecute
	boolean canExecute(@Optional Session session) {
		return session != null;
	}

	@Execute
	void execute(@Named("activeShell") Shell shell, AuditImportService importer, IEventBroker events) {
		List<Path> files = choose(shell);
		if (!files.isEmpty()) {
			AuditImports.start(files, importer, events);
		}
	}

	static List<Path> choose(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText("Import audit log");
		dialog.setFilterNames(new String[] { "Audit messages (*.xml, *.log)", "All files" });
		dialog.setFilterExtensions(new String[] { "*.xml;*.log;*.txt", "*" });
		List<Path> files = new ArrayList<>();
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				files.add(Path.of(dialog.getFilterPath(), name));
			}
		}
		return files;
	}
}
