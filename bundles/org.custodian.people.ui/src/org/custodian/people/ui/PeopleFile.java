package org.custodian.people.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.custodian.people.core.ImportReport;
import org.custodian.people.core.PeopleService;

/** The files of People data a user loads, with the columns each needs (the same as custodian-cli's loads). */
enum PeopleFile {
	STAFF("Staff directory (ESR export)", "Employee Number or staff_number, names, Staff Group, dates; ESR's own"
			+ " column names are read as they are", (p, f, s) -> p.importStaff(f)),
	COURSES("Courses", "code, title, refresh_months, mandatory, groups, roles", (p, f, s) -> p.importCourses(f)),
	TRAINING("Training records", "staff_number, course, completed, expires", (p, f, s) -> p.importTraining(f)),
	NEEDS("Training needs analysis", "group, course, reason, target (%), approved_by, approved_on",
			(p, f, s) -> p.importTrainingNeeds(f)),
	EVALUATIONS("Evaluations of courses", "course, evaluated_on, method, findings, effective, evaluated_by",
			(p, f, s) -> p.importCourseEvaluations(f)),
	ACCOUNTS("Accounts (CSV or LDIF)", "system, username, display_name, employee_number, enabled, last_used, shared;"
			+ " an LDIF export names the system below", (p, f, s) -> p.importAccounts(f, s)),
	CHANGES("Leavers and movers (HR feed)", "staff_number, change, effective_date, new_role",
			(p, f, s) -> p.importChanges(f)),
	ACKNOWLEDGEMENTS("Policy acknowledgements", "staff_number, policy, version, acknowledged_at",
			(p, f, s) -> p.importAcknowledgements(f));

	interface Load {
		ImportReport run(PeopleService people, Path file, String ldifSystem) throws IOException;
	}

	final String title;
	final String columns;
	final Load load;

	PeopleFile(String title, String columns, Load load) {
		this.title = title;
		this.columns = columns;
		this.load = load;
	}
}
