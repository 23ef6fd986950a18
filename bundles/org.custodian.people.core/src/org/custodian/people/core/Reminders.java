package org.custodian.people.core;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.custodian.model.Staff;
import org.custodian.people.core.TrainingCompliance.Due;
import org.custodian.people.core.TrainingCompliance.GroupCompliance;

/**
 * The training reminders as CSV for a mail merge: one line per person and course overdue or due soon, with the
 * person's and their line manager's e-mail addresses.
 */
public final class Reminders {
	public static final List<String> HEADER = List.of("staff_number", "given_name", "family_name", "email", "group",
			"course_code", "course_title", "status", "due", "line_manager", "line_manager_email");

	private Reminders() {
	}

	public static void write(List<GroupCompliance> compliance, Appendable out) throws IOException {
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
				.get())) {
			for (GroupCompliance g : compliance) {
				for (Due d : g.overdue()) {
					line(csv, g.group(), d);
				}
				for (Due d : g.dueSoon()) {
					line(csv, g.group(), d);
				}
			}
			csv.flush();
		}
	}

	public static final List<String> REVIEW_HEADER = List.of("reviewer", "reviewer_email", "staff_number", "mover",
			"new_role", "system", "username", "due", "status", "if_unanswered");

	/**
	 * Reminders to reviewers of movers' access: one line per decision still open, with the due date and the
	 * decision that will be taken if they do not answer, so the reminder itself says what happens by default.
	 */
	public static void writeReviews(List<AccessReviews.Pending> open, java.time.LocalDate today, Appendable out)
			throws IOException {
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
				.setHeader(REVIEW_HEADER.toArray(String[]::new)).get())) {
			for (AccessReviews.Pending p : open) {
				Staff reviewer = p.review().getReviewer();
				Staff mover = p.review().getChange() == null ? null : p.review().getChange().getStaff();
				java.time.LocalDate due = Days.day(p.review().getDue());
				csv.printRecord(reviewer == null ? "" : Directory.name(reviewer), reviewer == null ? "" : reviewer.getEmail(),
						mover == null ? "" : mover.getStaffNumber(), mover == null ? "" : Directory.name(mover),
						p.review().getChange() == null ? "" : nullToEmpty(p.review().getChange().getNewRole()),
						p.decision().getAccount().getSystem(), p.decision().getAccount().getUsername(),
						due == null ? "" : due.toString(), due != null && today.isAfter(due) ? "overdue" : "open",
						p.review().getDefaultDecision().getLiteral().toLowerCase(java.util.Locale.ROOT));
			}
			csv.flush();
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static void line(CSVPrinter csv, String group, Due d) throws IOException {
		Staff s = d.staff();
		Staff m = s.getLineManager();
		csv.printRecord(s.getStaffNumber(), s.getGivenName(), s.getFamilyName(), s.getEmail(), group,
				d.course().getCode(), d.course().getTitle(), d.overdue() ? "overdue" : "due soon",
				d.due() == null ? "" : d.due().toString(), m == null ? "" : Directory.name(m),
				m == null ? "" : m.getEmail());
	}
}
