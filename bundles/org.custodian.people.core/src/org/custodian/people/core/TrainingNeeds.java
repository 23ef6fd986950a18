package org.custodian.people.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.model.Course;
import org.custodian.model.CourseEvaluation;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.StaffGroup;
import org.custodian.model.TrainingNeed;
import org.custodian.model.Trust;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * The training needs analysis and the evaluation of each course, as the CAF-aligned DSPT asks since 2023/24 in place
 * of a fixed 95 % of all staff: which course each staff group needs and why (approved by someone), training
 * delivered to that analysis, and evidence that the training worked.
 * <p>
 * A line of the analysis makes its course required of its group (as well as of those the course itself names),
 * and sets the group's target for that course; a line without a target uses the trust's default (the people
 * settings' training target, 95 % unless changed).
 */
public final class TrainingNeeds {
	public static final List<String> ANALYSIS_COLUMNS = List.of("group", "course", "reason");
	public static final List<String> EVALUATION_COLUMNS = List.of("course", "evaluated_on", "method");

	/** An evaluation older than this is no evidence that the course works today: courses are refreshed yearly. */
	public static final int EVALUATION_DAYS = 365;

	private TrainingNeeds() {
	}

	/** The line of the analysis for a group and a course. */
	public static Optional<TrainingNeed> need(Trust trust, StaffGroup group, Course course) {
		return trust.getTrainingNeeds().stream().filter(n -> n.getGroup() == group && n.getCourse() == course)
				.findFirst();
	}

	/** Whether the analysis says that {@code s}'s group needs {@code c}. */
	public static boolean needed(Trust trust, Course c, Staff s) {
		return s.getGroup() != null && need(trust, s.getGroup(), c).isPresent();
	}

	/** The target for a group (by name) and course: the analysis's, else the trust's default. */
	public static double target(Trust trust, String group, Course course) {
		for (TrainingNeed n : trust.getTrainingNeeds()) {
			if (n.getCourse() == course && n.getGroup() != null && group.equals(n.getGroup().getName())
					&& n.getTargetPercent() > 0) {
				return n.getTargetPercent();
			}
		}
		return PeopleData.settings(trust).getTrainingTarget();
	}

	/** The newest evaluation of a course, or null. */
	public static CourseEvaluation latestEvaluation(Trust trust, Course course) {
		CourseEvaluation best = null;
		for (CourseEvaluation e : trust.getCourseEvaluations()) {
			if (e.getCourse() == course && e.getEvaluatedOn() != null
					&& (best == null || e.getEvaluatedOn().after(best.getEvaluatedOn()))) {
				best = e;
			}
		}
		return best;
	}

	/** Whether a course has an evaluation within {@link #EVALUATION_DAYS} of {@code today}. */
	public static boolean evaluatedRecently(Trust trust, Course course, LocalDate today) {
		CourseEvaluation e = latestEvaluation(trust, course);
		return e != null && !Days.day(e.getEvaluatedOn()).plusDays(EVALUATION_DAYS).isBefore(today);
	}

	/**
	 * Records (or replaces) the line of the analysis for a group and course, as typed in the console.
	 *
	 * @param target percent, above 0 and at most 100; 0 for the trust's default
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static TrainingNeed setNeed(Trust trust, String groupName, String courseCode, String reason, double target,
			String approvedBy, LocalDate approvedOn, LocalDate today) {
		StaffGroup group = trust.getStaffGroups().stream().filter(g -> g.getName() != null
				&& g.getName().equalsIgnoreCase(groupName)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no staff group is called \"" + groupName + "\""));
		Course course = new Directory(trust).course(courseCode);
		if (course == null) {
			throw new IllegalArgumentException("no course has the code \"" + courseCode + "\"");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("say why the group needs the course");
		}
		if (target < 0 || target > 100) {
			throw new IllegalArgumentException(target + " is not a percentage above 0 and at most 100");
		}
		if (approvedOn != null && approvedOn.isAfter(today)) {
			throw new IllegalArgumentException("the approval date " + approvedOn + " is in the future");
		}
		TrainingNeed n = need(trust, group, course).orElseGet(() -> {
			TrainingNeed created = ModelFactory.eINSTANCE.createTrainingNeed();
			created.setGroup(group);
			created.setCourse(course);
			trust.getTrainingNeeds().add(created);
			return created;
		});
		n.setReason(reason.strip());
		n.setTargetPercent(target);
		n.setApprovedBy(blankToNull(approvedBy));
		n.setApprovedOn(Days.date(approvedOn));
		return n;
	}

	/**
	 * Records an evaluation of a course, as typed in the console.
	 *
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static CourseEvaluation addEvaluation(Trust trust, String courseCode, LocalDate on, String method,
			String findings, boolean effective, String by, LocalDate today) {
		Course course = new Directory(trust).course(courseCode);
		if (course == null) {
			throw new IllegalArgumentException("no course has the code \"" + courseCode + "\"");
		}
		if (on == null || on.isAfter(today)) {
			throw new IllegalArgumentException(on == null ? "give the day of the evaluation"
					: "the evaluation's day " + on + " is in the future");
		}
		if (method == null || method.isBlank()) {
			throw new IllegalArgumentException("say how the course was evaluated");
		}
		CourseEvaluation e = ModelFactory.eINSTANCE.createCourseEvaluation();
		e.setCourse(course);
		e.setEvaluatedOn(Days.date(on));
		e.setMethod(method.strip());
		e.setFindings(blankToNull(findings));
		e.setEffective(effective);
		e.setEvaluatedBy(blankToNull(by));
		trust.getCourseEvaluations().add(e);
		return e;
	}

	/**
	 * The analysis from a CSV: group, course (code), reason, and optionally target (percent; empty: the trust's
	 * default), approved_by, approved_on. A line for a group and course already in the analysis replaces it.
	 */
	public static ImportReport readAnalysis(Trust trust, Path file, LocalDate today) throws IOException {
		Directory directory = new Directory(trust);
		List<RecordException> problems = new ArrayList<>();
		int added = 0;
		int updated = 0;
		try (CsvTable table = CsvTable.open(file, ANALYSIS_COLUMNS)) {
			for (CsvRow row : table) {
				try {
					String groupName = row.required("group");
					StaffGroup group = trust.getStaffGroups().stream()
							.filter(g -> groupName.equalsIgnoreCase(g.getName())).findFirst()
							.orElseThrow(() -> row.error("group", "no staff group is called \"" + groupName
									+ "\" (the groups come from the staff directory)"));
					Course course = directory.course(row.required("course"));
					if (course == null) {
						throw row.error("course", "no course has the code \"" + row.get("course")
								+ "\" (load the courses first)");
					}
					String reason = row.required("reason");
					double target = 0;
					String t = row.get("target");
					if (t != null && !t.isBlank()) {
						try {
							target = Double.parseDouble(t.strip().replace("%", "").strip());
						} catch (NumberFormatException e) {
							throw row.error("target", "\"" + t + "\" is not a percentage");
						}
						if (target <= 0 || target > 100) {
							throw row.error("target", t + " is not a percentage above 0 and at most 100");
						}
					}
					LocalDate approvedOn = row.date("approved_on");
					if (approvedOn != null && approvedOn.isAfter(today)) {
						throw row.error("approved_on", approvedOn + " is in the future");
					}
					TrainingNeed n = need(trust, group, course).orElse(null);
					if (n == null) {
						n = ModelFactory.eINSTANCE.createTrainingNeed();
						n.setGroup(group);
						n.setCourse(course);
						trust.getTrainingNeeds().add(n);
						added++;
					} else {
						updated++;
					}
					n.setReason(reason);
					n.setTargetPercent(target);
					n.setApprovedBy(blankToNull(row.get("approved_by")));
					n.setApprovedOn(Days.date(approvedOn));
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		return new ImportReport(file.getFileName().toString(), added, updated, problems);
	}

	/**
	 * Evaluations from a CSV: course (code), evaluated_on, method, and optionally findings, effective (yes/no,
	 * default yes), evaluated_by. A date in the future is refused.
	 */
	public static ImportReport readEvaluations(Trust trust, Path file, LocalDate today) throws IOException {
		Directory directory = new Directory(trust);
		List<RecordException> problems = new ArrayList<>();
		int added = 0;
		try (CsvTable table = CsvTable.open(file, EVALUATION_COLUMNS)) {
			for (CsvRow row : table) {
				try {
					Course course = directory.course(row.required("course"));
					if (course == null) {
						throw row.error("course", "no course has the code \"" + row.get("course")
								+ "\" (load the courses first)");
					}
					LocalDate on = row.requiredDate("evaluated_on");
					if (on.isAfter(today)) {
						throw row.error("evaluated_on", on + " is in the future");
					}
					CourseEvaluation e = ModelFactory.eINSTANCE.createCourseEvaluation();
					e.setCourse(course);
					e.setEvaluatedOn(Days.date(on));
					e.setMethod(row.required("method"));
					e.setFindings(blankToNull(row.get("findings")));
					e.setEffective(row.bool("effective", true));
					e.setEvaluatedBy(blankToNull(row.get("evaluated_by")));
					trust.getCourseEvaluations().add(e);
					added++;
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		return new ImportReport(file.getFileName().toString(), added, 0, problems);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
