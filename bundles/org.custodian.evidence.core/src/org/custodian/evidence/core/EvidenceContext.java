package org.custodian.evidence.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.custodian.model.Trust;
import org.custodian.store.Store;

/**
 * What every check reads: the open database, the trust loaded once for all checks, and the moment and zone the
 * assessment speaks for (due dates and "days ago" are judged against them).
 */
public record EvidenceContext(Store store, Trust trust, Instant now, ZoneId zone) {
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	public LocalDate today() {
		return LocalDate.ofInstant(now, zone);
	}

	/** A day as the reports write it, in the trust's zone; "never" for null. */
	public String day(Instant t) {
		return t == null ? "never" : DAY.format(t.atZone(zone));
	}

	public String day(Date d) {
		return d == null ? "never" : day(d.toInstant());
	}

	public String day(LocalDate d) {
		return d == null ? "never" : DAY.format(d);
	}
}
