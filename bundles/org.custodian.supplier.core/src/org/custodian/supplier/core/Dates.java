package org.custodian.supplier.core;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Calendar days in the model. Day dates (study dates, birth dates, contract ends, review dates) are stored as the
 * start of the day in UTC, as the demo trust and every import do, so a day never shifts with the machine's zone.
 */
public final class Dates {
	private Dates() {
	}

	public static Date date(LocalDate day) {
		return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	public static LocalDate day(Date date) {
		return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
	}

	/** The later of two days, either of which may be missing. */
	public static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}
}
