package org.custodian.audit.core;

import java.util.List;

import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;

/**
 * The outcome of one import, for the import dialog and the command line.
 *
 * @param importId      the run in the database (IMPORT_RUN), whose quarantine holds every problem
 * @param source        the file name (or receiver name) imported
 * @param imported      new events stored
 * @param duplicates    events already stored (or repeated in the source), not stored again
 * @param quarantined   records that could not be read
 * @param status        one of the {@link ImportRun} statuses
 * @param firstProblems the first {@link #MAX_PROBLEMS} quarantined records, in source order
 */
public record ImportReport(long importId, String source, long imported, long duplicates, long quarantined,
		String status, List<QuarantinedRecord> firstProblems) {

	/** How many problems a report carries; all of them are in the run's quarantine. */
	public static final int MAX_PROBLEMS = 100;

	public ImportReport {
		firstProblems = List.copyOf(firstProblems);
	}
}
