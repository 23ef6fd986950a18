package org.custodian.audit.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.custodian.app.ui.DataEvents;
import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.ImportReport;

/**
 * Runs audit-log imports as one cancellable Job with progress, then tells every view that events changed
 * and the access view what was imported (topic {@link #IMPORTED}, data: the list of reports).
 */
final class AuditImports {
	static final String IMPORTED = "org/custodian/audit/imported";

	private AuditImports() {
	}

	static Job start(List<Path> files, AuditImportService importer, IEventBroker events) {
		Job job = Job.create("Importing audit log", (IProgressMonitor monitor) -> {
			SubMonitor sub = SubMonitor.convert(monitor, "Importing " + files.size() + " audit file(s)",
					files.size());
			List<ImportReport> reports = new ArrayList<>();
			String error = null;
			try {
				for (Path file : files) {
					if (sub.isCanceled()) {
						break;
					}
					sub.subTask(file.getFileName().toString());
					reports.add(importer.importFile(file, sub.split(1)));
				}
			} catch (RuntimeException e) {
				// the import itself keeps every committed batch; say which file stopped and why
				error = files.get(reports.size()).getFileName() + ": " + e.getMessage();
			}
			events.post(DataEvents.CHANGED, "access events");
			events.post(IMPORTED, new ImportOutcome(reports, error));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** What an import job did: one report per finished file, and the error that stopped it, if any. */
	record ImportOutcome(List<ImportReport> reports, String error) {
	}
}
