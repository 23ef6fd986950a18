package org.custodian.people.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.custodian.model.Trust;

/**
 * The People perspective's data as a service (OSGi Declarative Services; parts @Inject it, the command line looks
 * it up): imports into the open database, and the trust to calculate on. Each import loads the trust, reads the
 * file's good records into it, matches accounts to staff, and saves it in one transaction; refused records are in
 * the report with their line and column. Calculations (compliance, policies, revocations, reviews) are plain
 * classes over the {@link Trust} from {@link #trust()}.
 */
public interface PeopleService {

	/** The clock and zone of the trust: "today", and where a day ends. */
	Clock clock();

	ImportReport importStaff(Path file) throws IOException;

	/** The trust's own names for the staff export's columns (entries {@code field=their column}). */
	List<String> staffColumns();

	/**
	 * Saves the trust's own names for the staff export's columns, added to those saved before (an entry for a
	 * field replaces its earlier one), and writes the change to the console trail. Needs CHANGE_STAFF.
	 *
	 * @throws IllegalArgumentException naming the entry that is not {@code field=column} of a known field
	 */
	List<String> saveStaffColumns(List<String> entries);

	ImportReport importCourses(Path file) throws IOException;

	ImportReport importTraining(Path file) throws IOException;

	/** CSV, or LDIF (a file ending in .ldif) whose accounts belong to {@code ldifSystem}. */
	ImportReport importAccounts(Path file, String ldifSystem) throws IOException;

	/** Leavers and movers from the HR feed. */
	ImportReport importChanges(Path file) throws IOException;

	ImportReport importAcknowledgements(Path file) throws IOException;

	/** The training needs analysis (see {@link TrainingNeeds#readAnalysis}). */
	ImportReport importTrainingNeeds(Path file) throws IOException;

	/** Evaluations of courses (see {@link TrainingNeeds#readEvaluations}). */
	ImportReport importCourseEvaluations(Path file) throws IOException;

	/** The stored trust, freshly loaded. */
	Trust trust();

	/** Saves a trust from {@link #trust()} after a decision (a reviewer's, a published policy). */
	void save(Trust trust);

	/** Accesses by leavers' accounts after their end dates, read from the access events. */
	List<AccessAfterEndDate.Finding> accessAfterEndDate(Trust trust);
}
