package org.custodian.supplier.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.custodian.model.LegalHold;
import org.custodian.model.PatientRetentionFacts;
import org.custodian.model.RetentionClass;
import org.custodian.model.RetentionRule;
import org.custodian.model.Trust;

/**
 * Assigns a study to retention classes by the trust's rules and computes, per class, the day until which it must
 * be kept; the longest period wins (a maternity image is also the child's record; an oncology record inside the
 * main record keeps the whole record). Every date comes with its reasoning in words. (REQUIREMENTS R4, S1.)
 *
 * <p>How a class counts:
 * <ul>
 * <li>from its trigger date plus {@code minimumYears}; a class counted from the date of birth with
 * {@code untilAge} keeps the study until that birthday, one more if the patient was 17 when treatment ended;</li>
 * <li>with {@code yearsAfterDeath}, a death before the period ends shortens it to that many years after death
 * when that is sooner;</li>
 * <li>a trigger the archive cannot know (end of a trial, closure of a complaint, a birth date missing from the
 * header) leaves the class without a date: the study is then kept until someone reviews it, never destroyed by
 * default;</li>
 * <li>the end of treatment, when not recorded, is the patient's latest study; the last attendance is always the
 * latest study.</li>
 * </ul>
 * A rule matches when every condition it sets holds (modality, department, words of the study description, age at
 * the study, flag); a rule without conditions matches every study. A patient with a recorded death carries the
 * flag {@value #DECEASED_FLAG}. A study no rule matches gets no date: nothing is destroyed by default.
 */
public final class RetentionCalculator {
	public static final String DECEASED_FLAG = "deceased";

	private final List<RetentionClass> classes;
	private final List<RetentionRule> rules;

	public RetentionCalculator(Trust trust) {
		this(trust.getRetentionClasses(), trust.getRetentionRules());
	}

	public RetentionCalculator(List<RetentionClass> classes, List<RetentionRule> rules) {
		this.classes = List.copyOf(classes);
		this.rules = List.copyOf(rules);
	}

	/**
	 * @param study       the study
	 * @param patient     the patient's recorded facts, or null
	 * @param latestStudy the patient's latest study date known to the archive (at least this study's)
	 * @param holds       the trust's legal holds (only those on this patient and not released count)
	 */
	public RetentionOutcome compute(StudyFacts study, PatientRetentionFacts patient, LocalDate latestStudy,
			Collection<LegalHold> holds) {
		Set<String> flags = new TreeSet<>(study.flags());
		if (patient != null) {
			flags.addAll(StudyFacts.lower(patient.getFlags()));
			if (patient.getDateOfDeath() != null) {
				flags.add(DECEASED_FLAG);
			}
		}
		LocalDate latest = Dates.later(latestStudy, study.studyDate());
		Map<RetentionClass, List<String>> assigned = new LinkedHashMap<>();
		for (RetentionClass c : classes) {
			for (RetentionRule r : rules) {
				if (r.isEnabled() && r.getRetentionClass() == c && matches(r, study, flags)) {
					assigned.computeIfAbsent(c, k -> new ArrayList<>()).add(describe(r));
				}
			}
		}
		List<ClassPeriod> periods = new ArrayList<>();
		for (Map.Entry<RetentionClass, List<String>> e : assigned.entrySet()) {
			periods.add(period(e.getKey(), String.join(", ", e.getValue()), study, patient, latest));
		}
		LegalHold hold = activeHold(study.patientId(), holds);
		return decide(study, periods, hold);
	}

	private static RetentionOutcome decide(StudyFacts study, List<ClassPeriod> periods, LegalHold hold) {
		StringBuilder why = new StringBuilder();
		List<ClassPeriod> applying = periods.stream().filter(ClassPeriod::applies).toList();
		for (ClassPeriod p : periods) {
			why.append(p.code()).append(" (").append(p.assignedBy()).append("): ").append(p.explanation()).append(' ');
		}
		ClassPeriod deciding = null;
		LocalDate due = null;
		if (applying.isEmpty()) {
			why.append("No rule assigns a retention class: the study is kept until one does.");
		} else {
			ClassPeriod undated = applying.stream().filter(p -> p.until() == null).findFirst().orElse(null);
			if (undated != null) {
				why.append(undated.code()).append(" cannot be dated, so the study is kept until it is reviewed.");
			} else {
				for (ClassPeriod p : applying) {
					if (deciding == null || p.until().isAfter(deciding.until())) {
						deciding = p;
					}
				}
				due = deciding.until();
				why.append(applying.size() > 1 ? "The longest period wins: " : "Earliest destruction: ")
						.append(deciding.code()).append(", ").append(due).append('.');
			}
		}
		for (ClassPeriod p : applying) {
			if (p.retentionClass().isDisputed()) {
				why.append(' ').append(p.code()).append(" is a \"check\" row (sources disagree): ")
						.append(p.retentionClass().getSource()).append('.');
			}
		}
		if (hold != null) {
			why.append(" Legal hold ").append(hold.getReference()).append(" (").append(hold.getReason())
					.append(") placed ").append(Dates.day(hold.getPlacedAt()))
					.append(": no destruction while it stands.");
		}
		return new RetentionOutcome(study, List.copyOf(periods), deciding, due, hold, why.toString().trim());
	}

	private static ClassPeriod period(RetentionClass c, String assignedBy, StudyFacts study,
			PatientRetentionFacts patient, LocalDate latest) {
		LocalDate death = patient == null ? null : Dates.day(patient.getDateOfDeath());
		LocalDate treatmentEnd = patient == null ? null : Dates.day(patient.getEndOfTreatment());
		String treatmentWhy = "end of treatment " + treatmentEnd;
		if (treatmentEnd == null) {
			treatmentEnd = latest;
			treatmentWhy = "end of treatment not recorded, so the latest study " + latest;
		}
		if (death != null && treatmentEnd != null && death.isBefore(treatmentEnd)) {
			treatmentEnd = death;
			treatmentWhy = "treatment ended at death " + death;
		}
		int years = c.getMinimumYears();
		LocalDate trigger;
		String from;
		switch (c.getTrigger()) {
		case END_OF_TREATMENT -> {
			trigger = treatmentEnd;
			from = treatmentWhy;
		}
		case DATE_OF_BIRTH -> {
			trigger = study.birthDate();
			if (trigger == null) {
				return new ClassPeriod(c, assignedBy, null, null, true,
						"counted from the date of birth, which the header does not give: cannot be dated.");
			}
			if (c.getUntilAge() > 0) {
				int age = c.getUntilAge();
				int ageAtEnd = StudyFacts.age(trigger, treatmentEnd);
				String text = "born " + trigger + ", kept until the " + ordinal(age) + " birthday";
				if (ageAtEnd == 17) {
					age++;
					text = "born " + trigger + ", aged 17 when treatment ended (" + treatmentWhy
							+ "), so kept until the " + ordinal(age) + " birthday";
				}
				return afterDeath(c, assignedBy, trigger, trigger.plusYears(age), text, death);
			}
			from = "birth " + trigger;
		}
		case DEATH -> {
			if (death == null) {
				return new ClassPeriod(c, assignedBy, null, null, false,
						"the patient is not recorded as dead: does not apply yet.");
			}
			trigger = death;
			from = "death " + death;
		}
		case BIRTH_OF_LAST_CHILD -> {
			LocalDate born = patient == null ? null : Dates.day(patient.getLastChildBorn());
			if (born != null) {
				trigger = Dates.later(born, study.studyDate());
				from = "birth of the last child " + born
						+ (trigger.equals(born) ? "" : " (before this study, so the study " + trigger + ")");
			} else {
				trigger = latest;
				from = "birth of the last child not recorded, so the latest study " + latest;
			}
		}
		case DIAGNOSIS -> {
			LocalDate diagnosed = patient == null ? null : Dates.day(patient.getDiagnosisDate());
			if (diagnosed != null) {
				trigger = diagnosed;
				from = "diagnosis " + diagnosed;
			} else {
				trigger = latest;
				from = "diagnosis date not recorded, so the latest study " + latest;
			}
		}
		case LAST_ATTENDANCE -> {
			trigger = latest;
			from = "last attendance (the latest study) " + latest;
		}
		case END_OF_TRIAL -> {
			trigger = patient == null ? null : Dates.day(patient.getTrialEnd());
			from = "end of trial " + trigger;
			if (trigger == null) {
				return new ClassPeriod(c, assignedBy, null, null, true,
						"counted from the end of the trial, which is not recorded: cannot be dated.");
			}
		}
		case CLOSURE -> {
			return new ClassPeriod(c, assignedBy, null, null, true,
					"reviewed " + years + " years after the file closes, which the archive cannot know: cannot be dated.");
		}
		default -> throw new IllegalStateException("unknown trigger " + c.getTrigger());
		}
		if (trigger == null) {
			return new ClassPeriod(c, assignedBy, null, null, true,
					"no date to count from (no study date): cannot be dated.");
		}
		return afterDeath(c, assignedBy, trigger, trigger.plusYears(years), years + " years from " + from, death);
	}

	/** A death before the period ends shortens it to {@code yearsAfterDeath} after death, when that is sooner. */
	private static ClassPeriod afterDeath(RetentionClass c, String assignedBy, LocalDate trigger, LocalDate until,
			String text, LocalDate death) {
		if (c.getYearsAfterDeath() > 0 && death != null) {
			LocalDate afterDeath = death.plusYears(c.getYearsAfterDeath());
			if (afterDeath.isBefore(until)) {
				return new ClassPeriod(c, assignedBy, trigger, afterDeath, true, text + " would give " + until
						+ ", but the patient died " + death + " and " + c.getYearsAfterDeath()
						+ " years after death is sooner: " + afterDeath + ".");
			}
		}
		return new ClassPeriod(c, assignedBy, trigger, until, true, text + ": " + until + ".");
	}

	static boolean matches(RetentionRule r, StudyFacts study, Set<String> flags) {
		if (!blank(r.getModalities())) {
			boolean any = false;
			for (String m : r.getModalities().split("[,\\\\ ]+")) {
				any |= !m.isBlank() && study.modalities().contains(m.trim().toUpperCase(Locale.ROOT));
			}
			if (!any) {
				return false;
			}
		}
		if (!blank(r.getDepartment())
				&& (study.department() == null || !r.getDepartment().trim().equalsIgnoreCase(study.department().trim()))) {
			return false;
		}
		if (!blank(r.getDescriptionContains()) && (study.description() == null || !study.description()
				.toLowerCase(Locale.ROOT).contains(r.getDescriptionContains().trim().toLowerCase(Locale.ROOT)))) {
			return false;
		}
		if (r.getAgeFrom() > 0 || r.getAgeBelow() > 0) {
			int age = study.ageAtStudy();
			if (age < 0 || age < r.getAgeFrom() || (r.getAgeBelow() > 0 && age >= r.getAgeBelow())) {
				return false;
			}
		}
		return blank(r.getFlag()) || flags.contains(r.getFlag().trim().toLowerCase(Locale.ROOT));
	}

	/** The rule in words: its name and the conditions it set. */
	public static String describe(RetentionRule r) {
		List<String> when = new ArrayList<>();
		if (!blank(r.getModalities())) {
			when.add("modality " + r.getModalities());
		}
		if (!blank(r.getDepartment())) {
			when.add("department " + r.getDepartment());
		}
		if (!blank(r.getDescriptionContains())) {
			when.add("description contains \"" + r.getDescriptionContains() + "\"");
		}
		if (r.getAgeFrom() > 0) {
			when.add("aged " + r.getAgeFrom() + " or more");
		}
		if (r.getAgeBelow() > 0) {
			when.add("aged under " + r.getAgeBelow());
		}
		if (!blank(r.getFlag())) {
			when.add("flag " + r.getFlag());
		}
		return "rule \"" + r.getName() + "\"" + (when.isEmpty() ? "" : ": " + String.join(", ", when));
	}

	/** The hold on this patient that has not been released, or null. */
	public static LegalHold activeHold(String patientId, Collection<LegalHold> holds) {
		if (patientId == null || holds == null) {
			return null;
		}
		for (LegalHold h : holds) {
			if (patientId.equals(h.getPatientId()) && h.getReleasedAt() == null) {
				return h;
			}
		}
		return null;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String ordinal(int n) {
		int mod100 = n % 100;
		String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
		case 1 -> "st";
		case 2 -> "nd";
		case 3 -> "rd";
		default -> "th";
		};
		return n + suffix;
	}
}
