package org.custodian.people.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.custodian.model.Course;
import org.custodian.model.PolicyDocument;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessNotice;
import org.custodian.people.core.Directory;
import org.custodian.people.core.ImportReport;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.people.core.TrainingCompliance;
import org.custodian.people.core.TrainingCompliance.GroupCompliance;
import org.custodian.people.core.TrainingNeeds;
import org.custodian.report.csv.RecordException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training needs analysis per ESR staff group (the groups as an ESR export names them), its targets per group
 * and course, the evaluations of courses, and the access notice acknowledged by PACS account holders (A3); bad lines
 * named by line and column, the good ones kept.
 */
class TrainingNeedsTest {
	private static final String ESR = "Employee Number,Last Name,First Name,Staff Group,Job Role,Assignment Start Date,"
			+ "Termination Date\n"
			+ "20000001,SMITH,JANE,Medical and Dental,Consultant,08/11/2015,\n"
			+ "20000002,JONES,OWEN,Allied Health Professionals,Radiographer,01/02/2020,\n"
			+ "20000003,BROWN,AMY,Allied Health Professionals,Radiographer,01/02/2021,\n"
			+ "20000004,KHAN,SAMI,Administrative and Clerical,Medical Secretary,01/02/2019,\n"
			+ "20000005,LEE,TOM,Administrative and Clerical,Receptionist,01/02/2018,\n";
	private static final String COURSES = """
			code,title,refresh_months,mandatory,groups,roles
			DSA,Data Security Awareness Level 1,12,yes,,
			PACSADM,PACS administration and audit,24,no,,
			""";

	@TempDir
	Path dir;
	private PeopleDatabase db;

	@BeforeEach
	void open() throws Exception {
		db = new PeopleDatabase(dir, LocalDateTime.parse("2026-05-01T09:00:00"));
		assertTrue(db.people.importStaff(db.write("esr.csv", ESR)).clean());
		assertTrue(db.people.importCourses(db.write("courses.csv", COURSES)).clean());
		assertTrue(db.people.importTraining(db.write("training.csv", """
				staff_number,course,completed
				20000001,DSA,2026-01-10
				20000002,DSA,2026-02-01
				20000003,DSA,2024-01-01
				20000004,DSA,2026-03-01
				20000005,DSA,2026-03-02
				20000002,PACSADM,2025-09-01
				""")).clean());
	}

	@AfterEach
	void close() {
		db.close();
	}

	@Test
	void theAnalysisSetsTargetsPerGroupAndCourseAndBadLinesAreNamed() throws Exception {
		ImportReport r = db.people.importTrainingNeeds(db.write("tna.csv", """
				group,course,reason,target,approved_by,approved_on
				Medical and Dental,DSA,Every clinician handles patient data,,Caldicott Guardian,2026-04-01
				Allied Health Professionals,DSA,Radiographers export images and burn CDs,100%,SIRO,2026-04-01
				Allied Health Professionals,PACSADM,They run the PACS and review its audit trail,90,SIRO,2026-04-01
				Admin and Clerical,DSA,Bookings and letters,95,SIRO,2026-04-01
				Administrative and Clerical,NOPE,Bookings and letters,95,SIRO,2026-04-01
				Administrative and Clerical,DSA,,95,SIRO,2026-04-01
				Administrative and Clerical,DSA,Bookings and letters,120,SIRO,2026-04-01
				Administrative and Clerical,DSA,Bookings and letters,95,SIRO,2026-06-01
				Administrative and Clerical,DSA,Bookings and letters,95,,
				"""));
		assertEquals(4, r.added(), r.toString());
		List<String> where = r.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
		assertEquals(List.of("5:group", "6:course", "7:reason", "8:target", "9:approved_on"), where);
		assertTrue(r.problems().get(0).getMessage().contains("no staff group is called \"Admin and Clerical\""),
				r.problems().get(0).getMessage());

		Trust trust = db.people.trust();
		Directory d = new Directory(trust);
		Course dsa = d.course("DSA");
		Course admin = d.course("PACSADM");
		assertEquals(95.0, TrainingNeeds.target(trust, "Medical and Dental", dsa), "an empty target is the default");
		assertEquals(100.0, TrainingNeeds.target(trust, "Allied Health Professionals", dsa));
		assertEquals(90.0, TrainingNeeds.target(trust, "Allied Health Professionals", admin));

		List<GroupCompliance> c = new TrainingCompliance(trust).on(LocalDate.of(2026, 5, 1));
		GroupCompliance ahpDsa = find(c, "Allied Health Professionals", "DSA");
		// one of two radiographers trained: under their own 100 % target
		assertEquals(2, ahpDsa.required());
		assertEquals(1, ahpDsa.trained());
		assertEquals(100.0, ahpDsa.target());
		assertFalse(ahpDsa.meetsTarget());
		// the analysis makes a course that is not mandatory required of its group, and no other
		GroupCompliance ahpAdmin = find(c, "Allied Health Professionals", "PACSADM");
		assertEquals(2, ahpAdmin.required());
		assertEquals(1, ahpAdmin.trained());
		assertTrue(c.stream().noneMatch(g -> g.group().equals("Medical and Dental") && g.course() == admin));
		assertEquals(95.0, find(c, "Administrative and Clerical", "DSA").target());
	}

	@Test
	void evaluationsAreRecordedAndAFutureOneIsRefused() throws Exception {
		ImportReport r = db.people.importCourseEvaluations(db.write("evaluations.csv", """
				course,evaluated_on,method,findings,effective,evaluated_by
				DSA,2026-03-31,Quiz after the course and a phishing exercise,12 % clicked the test link (was 30 %),yes,IG manager
				PACSADM,2026-04-15,Audit trail review exercise,Two of five missed the unexplained access,no,IG manager
				DSA,2026-07-01,Quiz,,yes,IG manager
				NOPE,2026-03-01,Quiz,,yes,
				DSA,2026-03-01,,,yes,
				"""));
		assertEquals(2, r.added(), r.toString());
		assertEquals(List.of("4:evaluated_on", "5:course", "6:method"),
				r.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
		Trust trust = db.people.trust();
		Directory d = new Directory(trust);
		assertTrue(TrainingNeeds.evaluatedRecently(trust, d.course("DSA"), LocalDate.of(2026, 5, 1)));
		assertFalse(TrainingNeeds.latestEvaluation(trust, d.course("PACSADM")).isEffective());
		assertFalse(TrainingNeeds.evaluatedRecently(trust, d.course("DSA"), LocalDate.of(2027, 4, 1)),
				"a year later the evaluation is old");
	}

	@Test
	void aLineAndAnEvaluationTypedInTheConsoleAreCheckedAsTheCsvIs() throws Exception {
		Trust trust = db.people.trust();
		LocalDate today = LocalDate.of(2026, 5, 1);
		TrainingNeeds.setNeed(trust, "medical and dental", "DSA", "Every clinician", 98, "SIRO", today, today);
		assertEquals(98.0, TrainingNeeds.target(trust, "Medical and Dental", new Directory(trust).course("DSA")));
		// the same group and course again replaces the line
		TrainingNeeds.setNeed(trust, "Medical and Dental", "DSA", "Every clinician, again", 0, null, null, today);
		assertEquals(1, trust.getTrainingNeeds().size());
		assertEquals(95.0, TrainingNeeds.target(trust, "Medical and Dental", new Directory(trust).course("DSA")));
		assertEquals("no staff group is called \"Porters\"", refusal(() -> TrainingNeeds.setNeed(trust, "Porters", "DSA",
				"x", 0, null, null, today)));
		assertEquals("the approval date 2026-05-02 is in the future", refusal(() -> TrainingNeeds.setNeed(trust,
				"Medical and Dental", "DSA", "x", 0, null, today.plusDays(1), today)));
		TrainingNeeds.addEvaluation(trust, "DSA", today.minusDays(3), "Quiz", null, false, "IG manager", today);
		assertFalse(TrainingNeeds.latestEvaluation(trust, new Directory(trust).course("DSA")).isEffective());
		assertEquals("say how the course was evaluated", refusal(() -> TrainingNeeds.addEvaluation(trust, "DSA", today,
				" ", null, true, null, today)));
	}

	private static String refusal(Runnable r) {
		try {
			r.run();
			throw new AssertionError("refused expected");
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	@Test
	void wrongColumnsAreNamedForTheWholeFile() throws Exception {
		try {
			db.people.importTrainingNeeds(db.write("wrong.csv", "staff group,course code\nMedical and Dental,DSA\n"));
			throw new AssertionError("a file without the analysis's columns must be refused");
		} catch (RecordException e) {
			assertTrue(e.getMessage().contains("group"), e.getMessage());
		}
	}

	@Test
	void theAccessNoticeIsCountedOverPacsAccountHolders() throws Exception {
		db.people.importAccounts(db.write("pacs.csv", """
				system,username,display_name,employee_number,enabled,last_used,shared
				PACS,jsmith,Jane Smith,20000001,yes,2026-04-30,no
				PACS,ojones,Owen Jones,20000002,yes,2026-04-30,no
				PACS,ssharp,Old Account,20000003,no,2025-01-01,no
				RIS,skhan,Sami Khan,20000004,yes,2026-04-30,no
				"""), null);
		Trust trust = db.people.trust();
		assertNull(AccessNotice.status(trust, LocalDate.of(2026, 5, 1)), "no policy marked yet");
		PolicyAcknowledgements.publish(trust, "Acceptable use of PACS", "3", LocalDate.of(2026, 1, 5), List.of(), null);
		PolicyAcknowledgements.publish(trust, "Information governance", "1", LocalDate.of(2026, 1, 5), List.of(), null);
		PolicyDocument aup = trust.getPolicies().get(0);
		AccessNotice.mark(trust, aup);
		db.people.save(trust);
		db.people.importAcknowledgements(db.write("acks.csv", """
				staff_number,policy,version,acknowledged_at
				20000001,Acceptable use of PACS,3,2026-01-10
				20000004,Acceptable use of PACS,3,2026-01-10
				20000002,Information governance,1,2026-01-10
				"""));
		trust = db.people.trust();
		AccessNotice.Status s = AccessNotice.status(trust, LocalDate.of(2026, 5, 1));
		assertEquals("Acceptable use of PACS", s.policy().getTitle());
		// holders of enabled PACS accounts only: Jane read it, Owen read another policy; Amy's account is disabled
		// and Sami's is the RIS's
		assertEquals(List.of("20000001"), s.acknowledged().stream().map(x -> x.getStaffNumber()).toList());
		assertEquals(List.of("20000002"), s.outstanding().stream().map(x -> x.getStaffNumber()).toList());
		assertEquals(50.0, s.percentage());
		// marking another policy unmarks the first: there is one notice
		AccessNotice.mark(trust, trust.getPolicies().get(1));
		assertFalse(trust.getPolicies().get(0).isAccessNotice());
		assertEquals("Information governance", AccessNotice.policy(trust).getTitle());
	}

	private static GroupCompliance find(List<GroupCompliance> all, String group, String course) {
		return all.stream().filter(g -> g.group().equals(group) && g.course().getCode().equals(course)).findFirst()
				.orElseThrow(() -> new AssertionError(group + " " + course + " in " + all));
	}
}
