package org.custodian.people.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.custodian.model.Course;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.StaffGroup;
import org.custodian.model.TrainingRecord;
import org.custodian.model.Trust;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * Courses and training records from the learning system's exports (G3). Courses are keyed by code, records by
 * person, course and completion day, so importing again updates instead of duplicating.
 */
public final class TrainingImport {
	public static final List<String> COURSE_COLUMNS = List.of("code", "title");
	public static final List<String> RECORD_COLUMNS = List.of("staff_number", "course", "completed");

	private TrainingImport() {
	}

	/**
	 * Courses: code, title, refresh_months (0: never expires), mandatory (yes/no), groups and roles (separated by
	 * semicolons; both empty: required of everyone).
	 */
	public static ImportReport readCourses(Trust trust, Path file) throws IOException {
		Directory directory = new Directory(trust);
		List<RecordException> problems = new ArrayList<>();
		int added = 0;
		int updated = 0;
		try (CsvTable table = CsvTable.open(file, COURSE_COLUMNS)) {
			for (CsvRow row : table) {
				try {
					String code = row.required("code");
					String title = row.required("title");
					int refresh = row.integer("refresh_months", 12);
					if (refresh < 0) {
						throw row.error("refresh_months", "must not be negative");
					}
					boolean mandatory = row.bool("mandatory", true);
					Course c = directory.course(code);
					if (c == null) {
						c = ModelFactory.eINSTANCE.createCourse();
						c.setCode(code);
						trust.getCourses().add(c);
						directory.add(c);
						added++;
					} else {
						updated++;
					}
					c.setTitle(title);
					c.setRefreshMonths(refresh);
					c.setMandatory(mandatory);
					c.getRequiredFor().clear();
					for (String g : list(row.get("groups"))) {
						c.getRequiredFor().add(directory.groupOrNew(g));
					}
					c.getRequiredForRoles().clear();
					c.getRequiredForRoles().addAll(list(row.get("roles")));
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		return new ImportReport(file.getFileName().toString(), added, updated, problems);
	}

	/** Records: staff_number, course (code), completed, and expires when the system gives one. */
	public static ImportReport readRecords(Trust trust, Path file) throws IOException {
		Directory directory = new Directory(trust);
		List<RecordException> problems = new ArrayList<>();
		int added = 0;
		int updated = 0;
		// indexed, not searched: a learning system's export holds a record per person and course and year
		java.util.Map<List<Object>, TrainingRecord> known = new java.util.HashMap<>();
		for (TrainingRecord r : trust.getTrainingRecords()) {
			known.put(List.of(r.getStaff(), r.getCourse(), Days.day(r.getCompleted())), r);
		}
		try (CsvTable table = CsvTable.open(file, RECORD_COLUMNS)) {
			for (CsvRow row : table) {
				try {
					Staff s = directory.staff(row.required("staff_number"));
					if (s == null) {
						throw row.error("staff_number", "no member of staff has the number \""
								+ row.get("staff_number") + "\" (load the staff directory first)");
					}
					Course c = directory.course(row.required("course"));
					if (c == null) {
						throw row.error("course", "no course has the code \"" + row.get("course")
								+ "\" (load the courses first)");
					}
					LocalDate completed = row.requiredDate("completed");
					LocalDate expires = row.date("expires");
					if (expires != null && !expires.isAfter(completed)) {
						throw row.error("expires", expires + " is not after the completion " + completed);
					}
					TrainingRecord r = known.get(List.of(s, c, completed));
					if (r == null) {
						r = ModelFactory.eINSTANCE.createTrainingRecord();
						r.setStaff(s);
						r.setCourse(c);
						r.setCompleted(Days.date(completed));
						trust.getTrainingRecords().add(r);
						known.put(List.of(s, c, completed), r);
						added++;
					} else {
						updated++;
					}
					r.setExpires(Days.date(expires));
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		return new ImportReport(file.getFileName().toString(), added, updated, problems);
	}

	static List<String> list(String cell) {
		if (cell == null) {
			return List.of();
		}
		return Arrays.stream(cell.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	/** Whether {@code s} must complete {@code c}: mandatory, and for everyone, their group or their role. */
	public static boolean requires(Course c, Staff s) {
		if (!c.isMandatory()) {
			return false;
		}
		if (c.getRequiredFor().isEmpty() && c.getRequiredForRoles().isEmpty()) {
			return true;
		}
		StaffGroup g = s.getGroup();
		if (g != null && c.getRequiredFor().contains(g)) {
			return true;
		}
		return s.getRole() != null
				&& c.getRequiredForRoles().stream().anyMatch(role -> role.equalsIgnoreCase(s.getRole()));
	}
}
