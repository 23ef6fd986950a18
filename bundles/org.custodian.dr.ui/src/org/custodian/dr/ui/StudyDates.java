package org.custodian.dr.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A range of study dates typed in two fields, as every check of this perspective asks for one. */
record StudyDates(LocalDate from, LocalDate to) {

	/** @throws IllegalArgumentException with the sentence to show: a date not YYYY-MM-DD, or an end before the start */
	static StudyDates parse(String from, String to) {
		LocalDate f;
		LocalDate t;
		try {
			f = LocalDate.parse(from.strip());
			t = LocalDate.parse(to.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Dates are written YYYY-MM-DD, not '" + e.getParsedString() + "'.");
		}
		if (t.isBefore(f)) {
			throw new IllegalArgumentException("The range ends before it starts.");
		}
		return new StudyDates(f, t);
	}
}
