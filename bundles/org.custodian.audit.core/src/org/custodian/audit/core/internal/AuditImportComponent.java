package org.custodian.audit.core.internal;

import java.nio.file.Path;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.AuditImportException;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.read.AuditFormat;
import org.custodian.audit.core.read.CsvColumnMapping;
import org.custodian.audit.core.read.CsvMappings;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

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
		return importFile(file, null, null, monitor);
	}

	@Override
	public ImportReport importFile(Path file, AuditFormat format, String csvMapping, IProgressMonitor monitor) {
		Store current = store;
		if (current == null) {
			throw new IllegalStateException("The database service is not available.");
		}
		current.require(Permission.CHANGE_ACCESS);
		CsvColumnMapping mapping = CsvColumnMapping.builtIn();
		if (csvMapping != null) {
			CsvMappings saved = new CsvMappings(current.entities());
			mapping = saved.named(csvMapping).orElseThrow(() -> new AuditImportException("No CSV column mapping is saved"
					+ " under the name \"" + csvMapping + "\"; saved: " + (saved.all().isEmpty() ? "none"
							: String.join(", ", saved.all().stream().map(CsvColumnMapping::name).toList())) + ".", null));
		}
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		ImportReport report = new AuditLogImporter(current.events()).importFile(file, format, mapping, progress.split(90));
		// the rules run after every import, on what is new since their last run (DESIGN: "incrementally")
		if (!progress.isCanceled()) {
			new RuleEngine(current).run(progress.split(10));
		}
		return report;
	}
}
