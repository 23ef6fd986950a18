package org.custodian.supplier.core;

import org.custodian.model.ModelFactory;
import org.custodian.model.RetentionClass;
import org.custodian.model.RetentionRule;
import org.custodian.model.RetentionTrigger;
import org.custodian.model.Trust;

/**
 * The retention schedule of the NHS England Records Management Code of Practice (shared reference retention.md)
 * and the assignment rules that put imaging studies into its classes. A trust starts from these and edits them;
 * rows the reference marks "check" are {@code disputed} and carry their sources, so the console shows them as such.
 */
public final class RetentionDefaults {
	public static final String CODE_SOURCE = "NHS England Records Management Code of Practice 2021 (updated 2023)";

	private RetentionDefaults() {
	}

	/** Adds the standard classes and rules to a trust that has none; a trust's own schedule is left alone. */
	public static void ensure(Trust trust) {
		if (trust.getRetentionClasses().isEmpty()) {
			addClasses(trust);
		}
		if (trust.getRetentionRules().isEmpty()) {
			addRules(trust);
		}
	}

	public static void addClasses(Trust trust) {
		add(trust, "ADULT", "Adult, general (incl. radiology images and reports)", 8, RetentionTrigger.END_OF_TREATMENT,
				0, 0, false, CODE_SOURCE + "; image storage guidance also sets 8 years (S1)",
				"The default for imaging: 8 years after the end of treatment (or death)");
		add(trust, "CHILD", "Children and young people", 25, RetentionTrigger.DATE_OF_BIRTH, 8, 25, false, CODE_SOURCE,
				"Until the 25th birthday, or the 26th if aged 17 when treatment ended; or 8 years after death if sooner");
		add(trust, "MATERNITY", "Maternity (obstetric, incl. stillbirth)", 25, RetentionTrigger.BIRTH_OF_LAST_CHILD, 0,
				0, true, CODE_SOURCE + " (25 years after the birth of the last child); some summaries count from when "
						+ "care ceased",
				"Check: sources disagree on the trigger");
		add(trust, "MENTAL", "Mental health", 20, RetentionTrigger.END_OF_TREATMENT, 10, 0, false, CODE_SOURCE,
				"20 years after no further treatment is needed, or 10 years after death if sooner");
		add(trust, "ONCOLOGY", "Oncology, radiotherapy", 30, RetentionTrigger.DIAGNOSIS, 8, 0, false, CODE_SOURCE,
				"30 years from diagnosis, or 8 years after death; the whole record is kept if oncology is part of it");
		add(trust, "MAMMO", "Breast screening mammograms", 8, RetentionTrigger.LAST_ATTENDANCE, 0, 0, true,
				CODE_SOURCE + " (at least 8 years); screening programme guidance keeps normal records 9 years from "
						+ "final attendance",
				"Check: 8 or 9 years; a cancer diagnosis moves the record to oncology (30 years)");
		add(trust, "TRIAL", "Clinical trials", 5, RetentionTrigger.END_OF_TRIAL, 0, 0, true,
				"UK clinical trials regulations (5 years); 15 years where data supports a marketing authorisation; "
						+ "25 years under the EU clinical trials regulation",
				"Check per trial");
		add(trust, "DECEASED", "Deceased, adult or child", 8, RetentionTrigger.DEATH, 0, 0, false, CODE_SOURCE,
				"8 years after death (mental health: 10 years)");
		add(trust, "LITIGATION", "Litigation or complaint", 10, RetentionTrigger.CLOSURE, 0, 0, false, CODE_SOURCE,
				"Review 10 years after the file closes; a legal hold stops destruction");
	}

	public static void addRules(Trust trust) {
		rule(trust, "All imaging", "ADULT", "", "", "", 0, 0, "");
		rule(trust, "Under 18 at the study", "CHILD", "", "", "", 0, 18, "");
		rule(trust, "Maternity record", "MATERNITY", "", "", "", 0, 0, "maternity");
		rule(trust, "Obstetric ultrasound", "MATERNITY", "US", "", "obstetric", 0, 0, "");
		rule(trust, "Mental health service", "MENTAL", "", "Mental Health", "", 0, 0, "");
		rule(trust, "Mental health record", "MENTAL", "", "", "", 0, 0, "mental-health");
		rule(trust, "Oncology anywhere in the record", "ONCOLOGY", "", "", "", 0, 0, "oncology");
		rule(trust, "Radiotherapy", "ONCOLOGY", "RTIMAGE,RTSTRUCT,RTPLAN,RTDOSE", "", "", 0, 0, "");
		rule(trust, "Breast screening", "MAMMO", "MG", "", "", 0, 0, "screening");
		rule(trust, "Clinical trial", "TRIAL", "", "", "", 0, 0, "trial");
		rule(trust, "Deceased patient", "DECEASED", "", "", "", 0, 0, RetentionCalculator.DECEASED_FLAG);
		rule(trust, "Litigation or complaint", "LITIGATION", "", "", "", 0, 0, "litigation");
	}

	private static void add(Trust trust, String code, String name, int years, RetentionTrigger trigger,
			int yearsAfterDeath, int untilAge, boolean disputed, String source, String notes) {
		RetentionClass c = ModelFactory.eINSTANCE.createRetentionClass();
		c.setCode(code);
		c.setName(name);
		c.setMinimumYears(years);
		c.setTrigger(trigger);
		c.setYearsAfterDeath(yearsAfterDeath);
		c.setUntilAge(untilAge);
		c.setDisputed(disputed);
		c.setSource(source);
		c.setNotes(notes);
		trust.getRetentionClasses().add(c);
	}

	/** A rule for the class of {@code code}; nothing when the trust has no such class. */
	public static RetentionRule rule(Trust trust, String name, String code, String modalities, String department,
			String descriptionContains, int ageFrom, int ageBelow, String flag) {
		RetentionClass target = trust.getRetentionClasses().stream().filter(c -> code.equals(c.getCode())).findFirst()
				.orElse(null);
		if (target == null) {
			return null;
		}
		RetentionRule r = ModelFactory.eINSTANCE.createRetentionRule();
		r.setName(name);
		r.setRetentionClass(target);
		r.setModalities(modalities);
		r.setDepartment(department);
		r.setDescriptionContains(descriptionContains);
		r.setAgeFrom(ageFrom);
		r.setAgeBelow(ageBelow);
		r.setFlag(flag);
		r.setEnabled(true);
		trust.getRetentionRules().add(r);
		return r;
	}
}
