package org.custodian.supplier.core;

import java.time.LocalDate;
import java.util.List;

import org.custodian.model.LegalHold;

/**
 * The retention of one study: every class assigned with its period, the one that decides, the earliest
 * destruction (review) date, and the reasoning in words.
 *
 * @param destructionDue the earliest day the study may be reviewed for destruction; null when no class applies
 *                       or one of them cannot be dated (the study is kept)
 * @param deciding       the class with the latest date (the longest period wins); null when there is no date
 * @param hold           the legal hold that stops destruction, or null
 */
public record RetentionOutcome(StudyFacts study, List<ClassPeriod> periods, ClassPeriod deciding,
		LocalDate destructionDue, LegalHold hold, String reasoning) {

	public boolean held() {
		return hold != null;
	}

	/** The codes of the classes that apply, in the order of the schedule. */
	public List<String> classCodes() {
		return periods.stream().filter(ClassPeriod::applies).map(ClassPeriod::code).toList();
	}

	/** Due for review on {@code day}: dated, on or before that day, and not under a legal hold. */
	public boolean dueOn(LocalDate day) {
		return destructionDue != null && !destructionDue.isAfter(day) && hold == null;
	}
}
