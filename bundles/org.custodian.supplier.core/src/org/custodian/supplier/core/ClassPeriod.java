package org.custodian.supplier.core;

import java.time.LocalDate;

import org.custodian.model.RetentionClass;

/**
 * One retention class applied to one study: why it applies, the trigger date used and the day until which it
 * keeps the study.
 *
 * @param retentionClass the class
 * @param assignedBy     the rule (or rules) that assigned it, in words
 * @param triggerDate    the trigger date used; null when it is not known
 * @param until          the first day the class no longer requires the study; null when it cannot be known
 *                       (the study is then kept until someone reviews it)
 * @param applies        false for a class that does not apply yet (a death class while the patient is alive)
 * @param explanation    the computation in words
 */
public record ClassPeriod(RetentionClass retentionClass, String assignedBy, LocalDate triggerDate, LocalDate until,
		boolean applies, String explanation) {

	public String code() {
		return retentionClass.getCode();
	}
}
