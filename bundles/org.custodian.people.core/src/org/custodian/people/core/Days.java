package org.custodian.people.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Calendar days in the model. Day dates (start, end, completion, effective dates) are stored as the start of the
 * day in UTC, as the demo trust and every import do, so a day never shifts with the machine's time zone. Moments
 * (an account disabled, a log-in) are real instants.
 */
public final class Days {
	private Days() {
	}

	public static Date date(LocalDate day) {
		return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	public static LocalDate day(Date date) {
		return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
	}

	public static Date date(Instant instant) {
		return instant == null ? null : Date.from(instant);
	}

	public static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	/** The first moment after {@code day} ends in the trust's zone: anything from here is after the day. */
	public static Instant endOf(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}
}
