package org.custodian.audit.core.internal;

import java.nio.file.Path;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.store.Store;
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
		return new AuditLogImporter(current.events()).importFile(file, monitor);
	}
}
