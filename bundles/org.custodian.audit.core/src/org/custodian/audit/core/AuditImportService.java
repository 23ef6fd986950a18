package org.custodian.audit.core;

import java.nio.file.Path;

import org.custodian.audit.core.read.AuditFormat;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports audit trails into the console's database (an OSGi Declarative Services component; parts and
 * handlers get it injected). Every import is idempotent: importing a file again adds only what is missing.
 */
public interface AuditImportService {

	/**
	 * Imports one audit file into the open database, in batches, reporting progress in bytes. Cancelling the
	 * monitor stops at the next record: committed batches stay, the report says CANCELLED.
	 *
	 * @return what was imported, counted as duplicates and quarantined, with the first problems found
	 * @throws AuditImportException if the file cannot be read or holds no audit message at all
	 * @throws org.custodian.store.StoreException if the database fails (no database open, disk full, ...)
	 */
	ImportReport importFile(Path file, IProgressMonitor monitor);

	/**
	 * Imports one audit file in the given format, as {@link #importFile(Path, IProgressMonitor)}.
	 *
	 * @param format     the format, or null to tell it from the content
	 * @param csvMapping the name of a saved CSV column mapping, or null for a CSV file whose headers are the
	 *                   field names
	 * @throws AuditImportException also if no CSV mapping of that name is saved
	 */
	ImportReport importFile(Path file, AuditFormat format, String csvMapping, IProgressMonitor monitor);
}
