package org.custodian.supplier.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.custodian.model.Trust;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The Suppliers & records perspective's data as a service (OSGi Declarative Services; parts @Inject it, the
 * command line looks it up). Calculations (expiry alerts, assurance comparison, contract checks, the due list, the
 * destruction check, the media register's checks) are plain classes over the {@link Trust} from {@link #trust()};
 * this service adds what needs the database or the DICOM reader.
 */
public interface SupplierService {

	/** The clock and zone of the trust: "today". */
	Clock clock();

	default LocalDate today() {
		return LocalDate.now(clock());
	}

	/** The stored trust, freshly loaded, with the standard retention schedule when it had none. */
	Trust trust();

	/** Saves a trust from {@link #trust()} after an edit. */
	void save(Trust trust);

	/**
	 * Reads the DICOM headers under {@code dir}, computes each study's retention and records it in the register
	 * (replacing an earlier result for the same study and copy).
	 *
	 * @param source     what the register names as the source (the folder, or the node the files came from)
	 * @param backupCopy true when the folder is a backup copy rather than the archive
	 */
	RetentionScan.Report scanFolder(Path dir, String source, boolean backupCopy, IProgressMonitor monitor)
			throws IOException;

	/** {@link #scanFolder(Path, String, boolean, IProgressMonitor)} with the folder as the source. */
	default RetentionScan.Report scanFolder(Path dir, boolean backupCopy, IProgressMonitor monitor) throws IOException {
		return scanFolder(dir, dir.toString(), backupCopy, monitor);
	}

	/**
	 * Computes the retention of the studies of an inventory export (CSV, see {@link RetentionInventory}) and records
	 * them like a scan; bad lines are in the report's unreadable list with their line and column.
	 */
	RetentionScan.Report scanInventory(Path csv, boolean backupCopy) throws IOException;

	/**
	 * S2: reads the DICOM headers under {@code dir}, names the studies whose objects lack a label (see
	 * {@link Labelling}), records the check in the trust and saves it. Needs CHANGE_RECORDS.
	 *
	 * @param source what the check names as the source (the folder, or the node the files came from)
	 */
	Labelling.Report checkLabels(Path dir, String source, IProgressMonitor monitor) throws IOException;

	/** Computes the register's studies again with the current schedule, rules, facts and holds, and saves. */
	List<RetentionOutcome> recompute();

	/** The de-identification check and the de-identifier, with the trust's pseudonym map. */
	Deidentification deidentification();
}
