package org.custodian.people.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.custodian.model.Course;
import org.custodian.model.EmploymentType;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.people.core.Directory;
import org.custodian.people.core.ImportReport;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.people.core.PolicyAcknowledgements.PolicyStatus;
import org.custodian.people.core.Reminders;
import org.custodian.people.core.TrainingCompliance;
import org.custodian.people.core.TrainingCompliance.GroupCompliance;
import org.custodian.report.ChartData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff directory, courses and training records imported into a real database; compliance arithmetic. */
class StaffAndTrainingTest {
	static final String STAFF = """
			staff_number,given_name,family_name,group,role,employment,start_date,end_date,line_manager,email
			E1,Ann,Archer,Radiology,Radiologist,permanent,2020-01-01,,E9,ann@trust.example
			E2,Bob,Baker,Radiology,Radiographer,agency,2025-06-01,,E9,bob@trust.example
			E3,Cat,Cole,Radiology,Radiographer,bank,2019-01-01,2026-03-31,E9,
			E4,Dan,Drew,Radiology,Radiographer,temporary,2026-04-20,,E9,
			E5,Eve,Egan,Radiology,Radiographer,permanent,2026-03-01,,E9,
			E9,Max,Moss,Admin,Manager,permanent,2010-01-01,,,max@trust.example
			""";
	static final String COURSES = """
			code,title,refresh_months,mandatory,groups,roles
			DSA,Data security awareness,12,yes,,
			IRMER,IR(ME)R for referrers,24,yes,,Radiologist
			""";

	@TempDir
	Path dir;
	private PeopleDatabase db;

	@BeforeEach
	void open() throws Exception {
		db = new PeopleDatabase(dir, LocalDateTime.parse("2026-05-01T09:00:00"));
	}

	@AfterEach
	void close() {
		db.close();
	}

	@Test
	void badStaffRowsAreReportedWithLineAndColumnAndGoodRowsAreKept() throws Exception {
		ImportReport r = db.people.importStaff(db.write("staff.csv", """
				staff_number,given_name,family_name,employment,start_date,end_date,line_manager
				E1,Ann,Archer,agency,2020-01-01,,E2
				E2,Bob,,permanent,2020-01-01,,
				E3,Cat,Cole,volunteer,2020-01-01,,
				E4,Dan,Drew,permanent,31/02/2026,,
				E5,Eve,Egan,permanent,2026-01-01,2025-01-01,
				E6,Fay,Ford,permanent,2026-01-01,,E99
				E7,Gus,Gray,bank,2026-01-01,,E1
				"""));
		assertEquals(3, r.added(), r.toString());
		List<String> where = r.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
		// managers are linked after every row is read: E1's manager E2 was refused, E6's does not exist
		assertEquals(List.of("3:family_name", "4:employment", "5:start_date", "6:end_date", "2:line_manager",
				"7:line_manager"), where);
		assertTrue(r.problems().get(5).getMessage().contains("E99"), r.problems().get(5).getMessage());

		Trust trust = db.people.trust();
		Directory d = new Directory(trust);
		assertEquals(3, trust.getStaff().size());
		assertEquals(EmploymentType.AGENCY, d.staff("E1").getEmployment());
		assertNull(d.staff("E1").getLineManager(), "E2 was refused, so E1 has no manager");
		assertEquals(d.staff("E1"), d.staff("E7").getLineManager());
		assertNull(d.staff("E6").getLineManager());
	}

	@Test
	void reimportUpdatesByStaffNumberAndLinksManagersListedBelowTheirTeam() throws Exception {
		db.people.importStaff(db.write("staff.csv", STAFF));
		ImportReport again = db.people.importStaff(db.write("staff2.csv", """
				Staff Number,Given Name,Family Name,Group,End Date,Line Manager
				e1,Ann,Archer-Smith,Radiology,2026-06-30,E9
				"""));
		assertEquals(0, again.added());
		assertEquals(1, again.updated());
		Trust trust = db.people.trust();
		assertEquals(6, trust.getStaff().size());
		Staff ann = new Directory(trust).staff("E1");
		assertEquals("Archer-Smith", ann.getFamilyName());
		assertEquals(LocalDate.of(2026, 6, 30), org.custodian.people.core.Days.day(ann.getEndDate()));
		assertEquals("Moss", ann.getLineManager().getFamilyName());
		assertEquals(2, trust.getStaffGroups().size());
	}

	private Trust trained() throws Exception {
		db.people.importStaff(db.write("staff.csv", STAFF));
		db.people.importCourses(db.write("courses.csv", COURSES));
		ImportReport r = db.people.importTraining(db.write("training.csv", """
				staff_number,course,completed,expires
				E1,DSA,2025-06-01,
				E1,IRMER,2025-01-10,
				E2,DSA,2025-05-10,
				E3,DSA,2024-01-01,
				E9,DSA,2026-01-15,
				E5,DSA,2026-03-05,
				X1,DSA,2026-01-01,
				E1,NOPE,2026-01-01,
				E2,DSA,2026-01-01,2025-01-01
				"""));
		assertEquals(6, r.added(), r.toString());
		assertEquals(List.of(8L, 9L, 10L), r.problems().stream().map(p -> p.line()).toList());
		return db.people.trust();
	}

	@Test
	void complianceCountsAgencyStaffAndLeaversUntilTheirLastDayAndJoinersAfterInduction() throws Exception {
		Trust trust = trained();
		TrainingCompliance c = new TrainingCompliance(trust);

		// 1 May 2026: E3 left on 31 March; E4 joined 20 April (in induction); E2 (agency) expired 10 May 2026
		GroupCompliance radiology = find(c.on(LocalDate.of(2026, 5, 1)), "Radiology", "DSA");
		assertEquals(3, radiology.required(), "E1, E2 (agency), E5; not the leaver, not the joiner in induction");
		assertEquals(3, radiology.trained());
		assertEquals(100.0, radiology.percentage(), 1e-9);
		assertEquals(List.of("E2", "E4"), numbers(radiology.dueSoon()), "E2 expires 10 May, E4 due by 18 May");

		// 31 March: the leaver's last day still counts (and her training had lapsed)
		GroupCompliance lastDay = find(c.on(LocalDate.of(2026, 3, 31)), "Radiology", "DSA");
		assertEquals(4, lastDay.required());
		assertEquals(List.of("E3"), numbers(lastDay.overdue()));
		assertEquals(75.0, lastDay.percentage(), 1e-9);
		assertTrue(!lastDay.meetsTarget());

		// 1 June: E2's record expired (agency staff are not excused), E4's induction is over
		GroupCompliance june = find(c.on(LocalDate.of(2026, 6, 1)), "Radiology", "DSA");
		assertEquals(4, june.required());
		assertEquals(List.of("E2", "E4", "E1"), numbers(june.overdue()),
				"oldest first: E2 lapsed 10 May, E4's induction ended 18 May, E1's year ended 1 June");
		assertEquals(1, june.trained());
	}

	@Test
	void roleTailoredCoursesAreRequiredOfThatRoleOnly() throws Exception {
		TrainingCompliance c = new TrainingCompliance(trained());
		GroupCompliance irmer = find(c.on(LocalDate.of(2026, 5, 1)), "Radiology", "IRMER");
		assertEquals(1, irmer.required());
		assertEquals(1, irmer.trained());
		assertTrue(c.on(LocalDate.of(2026, 5, 1)).stream().noneMatch(g -> g.group().equals("Admin")
				&& g.course().getCode().equals("IRMER")));
	}

	@Test
	void chartAndRemindersComeFromTheSameFigures() throws Exception {
		Trust trust = trained();
		TrainingCompliance c = new TrainingCompliance(trust);
		Course dsa = trust.getCourses().get(0);
		ChartData chart = c.chart(dsa, LocalDate.of(2026, 6, 1), 3);
		assertEquals(List.of("Apr 2026", "May 2026", "Jun 2026"), chart.xLabels());
		assertEquals(95.0, chart.target());
		assertEquals("All staff", chart.series().get(0).name());
		GroupCompliance june = c.total(dsa, LocalDate.of(2026, 6, 1));
		assertEquals(june.percentage(), chart.series().get(0).values()[2], 1e-9);

		StringWriter out = new StringWriter();
		Reminders.write(c.on(LocalDate.of(2026, 6, 1)), out);
		String[] lines = out.toString().split("\r\n");
		assertTrue(lines[0].startsWith("staff_number,given_name,family_name,email"), lines[0]);
		assertTrue(out.toString().contains("E2,Bob,Baker,bob@trust.example,Radiology,DSA,Data security awareness,overdue,2026-05-10,Max Moss,max@trust.example"),
				out.toString());
	}

	@Test
	void aNewPolicyVersionMakesEveryoneWhoMustReadItUnacknowledgedAgain() throws Exception {
		db.people.importStaff(db.write("staff.csv", STAFF));
		Trust trust = db.people.trust();
		var v1 = PolicyAcknowledgements.publish(trust, "IG policy", "1.0", LocalDate.of(2025, 1, 1),
				List.of(new Directory(trust).group("Radiology")), "first");
		db.people.save(trust);
		ImportReport acks = db.people.importAcknowledgements(db.write("acks.csv", """
				staff_number,policy,version,acknowledged_at
				E1,IG policy,1.0,2025-02-01
				E2,IG Policy,1.0,2025-07-01 10:30
				E5,IG policy,2.0,2026-03-02
				"""));
		assertEquals(2, acks.added());
		assertEquals("version", acks.problems().get(0).column());

		trust = db.people.trust();
		PolicyStatus before = PolicyAcknowledgements.status(trust, LocalDate.of(2026, 3, 10)).get(0);
		assertEquals(List.of("E1", "E2"), before.acknowledged().stream().map(Staff::getStaffNumber).toList());
		assertEquals(List.of("E3", "E5"), before.outstanding().stream().map(Staff::getStaffNumber).toList(),
				"Admin's manager E9 need not read it; E4 has not started");

		PolicyAcknowledgements.publish(trust, "IG policy", "2.0", LocalDate.of(2026, 4, 1),
				List.of(new Directory(trust).group("Radiology")), "second");
		db.people.save(trust);
		trust = db.people.trust();
		PolicyStatus after = PolicyAcknowledgements.status(trust, LocalDate.of(2026, 5, 1)).get(0);
		assertEquals("2.0", after.current().getVersion());
		assertTrue(after.acknowledged().isEmpty());
		assertEquals(List.of("E1", "E2", "E4", "E5"), after.outstanding().stream().map(Staff::getStaffNumber).toList());
		assertEquals(2, trust.getAcknowledgements().size(), "acknowledgements of 1.0 are kept as history");
		assertEquals(v1.getVersion(), trust.getAcknowledgements().get(0).getPolicyVersion().getVersion());
	}

	private static GroupCompliance find(List<GroupCompliance> all, String group, String course) {
		return all.stream().filter(g -> g.group().equals(group) && g.course().getCode().equals(course)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + group + "/" + course + " in " + all));
	}

	private static List<String> numbers(List<TrainingCompliance.Due> due) {
		return due.stream().map(d -> d.staff().getStaffNumber()).toList();
	}
}
