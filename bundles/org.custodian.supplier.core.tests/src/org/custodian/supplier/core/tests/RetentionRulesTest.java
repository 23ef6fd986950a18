package org.custodian.supplier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.custodian.model.ModelFactory;
import org.custodian.model.PatientRetentionFacts;
import org.custodian.model.RetentionRule;
import org.custodian.model.Trust;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.RecordsRegister;
import org.custodian.supplier.core.RetentionCalculator;
import org.custodian.supplier.core.RetentionDefaults;
import org.custodian.supplier.core.RetentionOutcome;
import org.custodian.supplier.core.StudyFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every retention rule of the schedule (retention.md) with its edge cases: the default for imaging, children (aged
 * 17 at the end of treatment), maternity records that are also a child's, oncology inside the main record, death
 * before the period ends, undatable classes, legal holds, and rules the user edits. The longest period wins and every
 * date carries its reasoning.
 */
class RetentionRulesTest {
	private Trust trust;

	@BeforeEach
	void schedule() {
		trust = ModelFactory.eINSTANCE.createTrust();
		RetentionDefaults.ensure(trust);
	}

	private static StudyFacts study(String patient, String born, String on, String modality, String department,
			String description) {
		return new StudyFacts("2.25." + Math.abs((patient + on + modality).hashCode()), patient,
				born == null ? null : LocalDate.parse(born), LocalDate.parse(on), Set.of(modality), department,
				description, Set.of());
	}

	private PatientRetentionFacts facts(String patient) {
		PatientRetentionFacts f = ModelFactory.eINSTANCE.createPatientRetentionFacts();
		f.setPatientId(patient);
		trust.getPatientRetentionFacts().add(f);
		return f;
	}

	private RetentionOutcome compute(StudyFacts s, PatientRetentionFacts f) {
		return new RetentionCalculator(trust).compute(s, f, s.studyDate(), trust.getLegalHolds());
	}

	@Test
	void anAdultStudyIsKeptEightYearsAfterTheEndOfTreatment() {
		RetentionOutcome o = compute(study("A1", "1980-04-02", "2020-03-10", "CT", "Radiology", "CT chest"), null);
		assertEquals(List.of("ADULT"), o.classCodes());
		assertEquals(LocalDate.of(2028, 3, 10), o.destructionDue());
		assertTrue(o.reasoning().contains("8 years from end of treatment not recorded, so the latest study 2020-03-10"),
				o.reasoning());
		// a recorded end of treatment is used instead of the study
		PatientRetentionFacts f = facts("A1");
		f.setEndOfTreatment(Dates.date(LocalDate.of(2021, 1, 5)));
		assertEquals(LocalDate.of(2029, 1, 5), compute(study("A1", "1980-04-02", "2020-03-10", "CT", "", ""), f)
				.destructionDue());
	}

	@Test
	void aChildAged17WhenTreatmentEndedIsKeptUntilThe26thBirthday() {
		PatientRetentionFacts f = facts("C17");
		f.setEndOfTreatment(Dates.date(LocalDate.of(2017, 9, 1)));
		RetentionOutcome o = compute(study("C17", "2000-06-01", "2017-08-01", "DX", "", "Knee"), f);
		assertEquals(List.of("ADULT", "CHILD"), o.classCodes());
		assertEquals(LocalDate.of(2026, 6, 1), o.destructionDue());
		assertEquals("CHILD", o.deciding().code());
		assertTrue(o.reasoning().contains("aged 17 when treatment ended"), o.reasoning());
		assertTrue(o.reasoning().contains("26th birthday"), o.reasoning());

		// aged 16 at the end of treatment: the 25th birthday
		PatientRetentionFacts g = facts("C16");
		g.setEndOfTreatment(Dates.date(LocalDate.of(2016, 9, 1)));
		RetentionOutcome sixteen = compute(study("C16", "2000-06-01", "2016-08-01", "DX", "", "Knee"), g);
		assertEquals(LocalDate.of(2025, 6, 1), sixteen.destructionDue());
		assertTrue(sixteen.reasoning().contains("25th birthday"), sixteen.reasoning());

		// aged 18 at the end of treatment: a child at the study, but 8 years after treatment is longer
		PatientRetentionFacts h = facts("C18");
		h.setEndOfTreatment(Dates.date(LocalDate.of(2018, 9, 1)));
		RetentionOutcome eighteen = compute(study("C18", "2000-06-01", "2017-08-01", "DX", "", ""), h);
		assertEquals(LocalDate.of(2026, 9, 1), eighteen.destructionDue());
		assertEquals("ADULT", eighteen.deciding().code());
	}

	@Test
	void aMaternityRecordThatIsAlsoAChildsRecordKeepsTheLongerPeriod() {
		// a mother aged 16 at her obstetric scan: her record is maternity and a child's at once
		PatientRetentionFacts f = facts("M16");
		f.setLastChildBorn(Dates.date(LocalDate.of(2024, 9, 10)));
		RetentionOutcome o = compute(study("M16", "2008-03-01", "2024-05-01", "US", "Maternity",
				"Obstetric ultrasound 20 weeks"), f);
		assertEquals(List.of("ADULT", "CHILD", "MATERNITY"), o.classCodes());
		assertEquals(LocalDate.of(2049, 9, 10), o.destructionDue(), "25 years from the birth of the last child");
		assertEquals("MATERNITY", o.deciding().code());
		assertTrue(o.reasoning().contains("The longest period wins: MATERNITY"), o.reasoning());
		assertTrue(o.reasoning().contains("MATERNITY is a \"check\" row"), o.reasoning());
		assertTrue(o.reasoning().contains("until the 25th birthday: 2033-03-01"), o.reasoning());

		// the maternity flag alone assigns the class, and without the birth recorded the latest study counts
		PatientRetentionFacts g = facts("M30");
		g.getFlags().add("Maternity");
		RetentionOutcome flagged = compute(study("M30", "1994-01-01", "2024-05-01", "MR", "", "Pelvis"), g);
		assertEquals(LocalDate.of(2049, 5, 1), flagged.destructionDue());
		assertTrue(flagged.reasoning().contains("birth of the last child not recorded"), flagged.reasoning());
	}

	@Test
	void oncologyInsideTheMainRecordKeepsEveryStudyOfThePatient() {
		PatientRetentionFacts f = facts("ON1");
		f.getFlags().add("oncology");
		f.setDiagnosisDate(Dates.date(LocalDate.of(2020, 1, 15)));
		// a chest X-ray from before the diagnosis and a screening mammogram: both follow the oncology record
		RetentionOutcome chest = compute(study("ON1", "1960-02-02", "2019-05-01", "CR", "Radiology", "Chest"), f);
		assertEquals(List.of("ADULT", "ONCOLOGY"), chest.classCodes());
		assertEquals(LocalDate.of(2050, 1, 15), chest.destructionDue());
		f.getFlags().add("screening");
		RetentionOutcome mammo = compute(study("ON1", "1960-02-02", "2021-03-01", "MG", "Breast screening", ""), f);
		assertEquals(List.of("ADULT", "ONCOLOGY", "MAMMO"), mammo.classCodes());
		assertEquals("ONCOLOGY", mammo.deciding().code());
		assertEquals(LocalDate.of(2050, 1, 15), mammo.destructionDue());
	}

	@Test
	void aDeathBeforeThePeriodEndsShortensItWhereTheScheduleSaysSo() {
		// a child who died aged 6: 8 years after death comes before the 25th birthday
		PatientRetentionFacts f = facts("D6");
		f.setDateOfDeath(Dates.date(LocalDate.of(2021, 6, 1)));
		RetentionOutcome child = compute(study("D6", "2015-01-01", "2020-11-20", "CT", "", "Head"), f);
		assertEquals(List.of("ADULT", "CHILD", "DECEASED"), child.classCodes());
		assertEquals(LocalDate.of(2029, 6, 1), child.destructionDue());
		assertTrue(child.reasoning().contains("died 2021-06-01 and 8 years after death is sooner: 2029-06-01"),
				child.reasoning());

		// mental health: 20 years after treatment, or 10 after death if sooner
		PatientRetentionFacts g = facts("MH");
		g.setEndOfTreatment(Dates.date(LocalDate.of(2010, 1, 1)));
		g.setDateOfDeath(Dates.date(LocalDate.of(2012, 1, 1)));
		RetentionOutcome mental = compute(study("MH", "1950-01-01", "2009-06-01", "MR", "Mental Health", "Brain"), g);
		assertEquals(List.of("ADULT", "MENTAL", "DECEASED"), mental.classCodes());
		assertEquals(LocalDate.of(2022, 1, 1), mental.destructionDue());
		assertEquals("MENTAL", mental.deciding().code());

		// a death class does not apply while the patient is alive
		RetentionOutcome alive = compute(study("AL", "1950-01-01", "2009-06-01", "MR", "Mental Health", ""), null);
		assertEquals(List.of("ADULT", "MENTAL"), alive.classCodes());
		assertEquals(LocalDate.of(2029, 6, 1), alive.destructionDue());
	}

	@Test
	void aLegalHoldStopsDestructionButKeepsTheDate() {
		StudyFacts s = study("LH", "1950-01-01", "2010-01-01", "CT", "", "");
		assertTrue(compute(s, null).dueOn(LocalDate.of(2026, 1, 1)));
		var hold = RecordsRegister.placeHold(trust, "LIT-2025-07", "LH", "Clinical negligence claim",
				LocalDate.of(2025, 3, 1));
		RetentionOutcome held = compute(s, null);
		assertTrue(held.held());
		assertEquals(LocalDate.of(2018, 1, 1), held.destructionDue());
		assertFalse(held.dueOn(LocalDate.of(2026, 1, 1)));
		assertTrue(held.reasoning().contains("Legal hold LIT-2025-07 (Clinical negligence claim) placed 2025-03-01"),
				held.reasoning());
		RecordsRegister.releaseHold(hold, LocalDate.of(2026, 2, 1));
		assertTrue(compute(s, null).dueOn(LocalDate.of(2026, 2, 1)));
	}

	@Test
	void aClassThatCannotBeDatedKeepsTheStudyUntilReviewed() {
		PatientRetentionFacts f = facts("TR");
		f.getFlags().add("trial");
		RetentionOutcome o = compute(study("TR", "1970-01-01", "2012-01-01", "CT", "", ""), f);
		assertEquals(List.of("ADULT", "TRIAL"), o.classCodes());
		assertNull(o.destructionDue());
		assertTrue(o.reasoning().contains("TRIAL cannot be dated"), o.reasoning());
		f.setTrialEnd(Dates.date(LocalDate.of(2015, 6, 30)));
		RetentionOutcome dated = compute(study("TR", "1970-01-01", "2012-01-01", "CT", "", ""), f);
		assertEquals(LocalDate.of(2020, 6, 30), dated.destructionDue(), "5 years after the trial outlasts 8 after the study");
		assertEquals("TRIAL", dated.deciding().code());

		// a child's study without a birth date in the header cannot be placed by age: the adult rule still applies
		RetentionOutcome noBirth = compute(study("NB", null, "2012-01-01", "CT", "", ""), null);
		assertEquals(List.of("ADULT"), noBirth.classCodes());
	}

	@Test
	void rulesAndClassesTheUserEditsChangeTheOutcome() {
		StudyFacts mammo = new StudyFacts("2.25.9", "SC", LocalDate.of(1960, 1, 1), LocalDate.of(2020, 2, 1),
				Set.of("MG"), "Breast screening", "Screening mammogram", Set.of("screening"));
		RetentionOutcome before = compute(mammo, null);
		assertEquals(List.of("ADULT", "MAMMO"), before.classCodes());
		assertEquals(LocalDate.of(2028, 2, 1), before.destructionDue());
		// the trust follows the screening programme: 9 years
		trust.getRetentionClasses().stream().filter(c -> c.getCode().equals("MAMMO")).findFirst().get()
				.setMinimumYears(9);
		assertEquals(LocalDate.of(2029, 2, 1), compute(mammo, null).destructionDue());

		// a new rule: cardiology echoes kept as mental health records (a local policy), by department and words
		RetentionRule r = RetentionDefaults.rule(trust, "Cardiac research", "MENTAL", "US", "Cardiology", "echo", 40,
				0, "");
		StudyFacts echo = study("E1", "1960-01-01", "2020-01-01", "US", "cardiology", "Echo study");
		assertEquals(List.of("ADULT", "MENTAL"), compute(echo, null).classCodes());
		assertTrue(compute(echo, null).reasoning().contains(
				"rule \"Cardiac research\": modality US, department Cardiology, description contains \"echo\", aged 40 or more"));
		// a younger patient falls outside the rule's age bounds; a disabled rule assigns nothing
		assertEquals(List.of("ADULT"), compute(study("E2", "1990-01-01", "2020-01-01", "US", "Cardiology", "Echo"), null)
				.classCodes());
		r.setEnabled(false);
		assertEquals(List.of("ADULT"), compute(echo, null).classCodes());

		// no rule at all: nothing is ever due by default
		trust.getRetentionRules().forEach(x -> x.setEnabled(false));
		RetentionOutcome none = compute(echo, null);
		assertNull(none.destructionDue());
		assertTrue(none.reasoning().startsWith("No rule assigns a retention class"));
	}

	@Test
	void checkRowsAreTheDisputedOnesOfTheReference() {
		assertEquals(Set.of("MATERNITY", "MAMMO", "TRIAL"), Set.copyOf(trust.getRetentionClasses().stream()
				.filter(c -> c.isDisputed()).map(c -> c.getCode()).toList()));
		trust.getRetentionClasses().forEach(c -> assertFalse(c.getSource() == null || c.getSource().isBlank(),
				c.getCode() + " has no source"));
	}
}
