package org.custodian.audit.core.internal;

import java.nio.file.Path;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.Store;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The {@link AuditImportService} component (OSGI-INF/org.custodian.audit.core.import.xml): imports into the
 * database the {@link Store} service has open at the time of the call.
 */
public final class AuditImportComponent implements AuditImportService {
	private volatile Store store;

	public void bindStore(Store store) {
		this.store = store;
	}

	public void unbindStore(Store store) {
		if (this.store == store) {
			this.store = null;
		}
	}

	@Override
	public ImportReport importFile(Path file, IProgressMonitor monitor) {
		Store current = store;
		if (current == null) {
			throw new IllegalStateException("The database service is not available.");
		}
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		ImportReport report = new AuditLogImporter(current.events()).importFile(file, progress.split(90));
		// the rules run after every import, on what is new since their last run (DESIGN: "incrementally")
		if (!progress.isCanceled()) {
			new RuleEngine(current).run(progress.split(10));
		}
		return report;
	}
}
