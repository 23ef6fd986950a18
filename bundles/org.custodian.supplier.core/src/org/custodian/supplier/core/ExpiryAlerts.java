package org.custodian.supplier.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.Provider;
import org.custodian.model.Trust;

/**
 * Expiry and review alerts for contracts (end and notice deadline), data-sharing agreements (review date) and the
 * assurance of everyone in {@link Assurance#parties}: the trust, providers, sub-processors and receivers (DSPT
 * publication lapsing, ISO 27001, Cyber Essentials Plus), at 90, 60 and 30 days.
 * A date exactly 90 days ahead is in the 90-day band, 91 days ahead raises nothing; today is in the 30-day band;
 * yesterday is expired.
 */
public final class ExpiryAlerts {

	/** How close a date is. */
	public enum Band {
		EXPIRED, DAYS_30, DAYS_60, DAYS_90, LATER;

		public String label() {
			return switch (this) {
			case EXPIRED -> "expired";
			case DAYS_30 -> "within 30 days";
			case DAYS_60 -> "within 60 days";
			case DAYS_90 -> "within 90 days";
			case LATER -> "more than 90 days ahead";
			};
		}
	}

	/**
	 * @param kind    contract, notice, agreement, ISO 27001, Cyber Essentials Plus
	 * @param subject what it is about (provider and contract reference, agreement title, organisation)
	 * @param date    the date that comes up
	 * @param days    days from today (negative: past)
	 */
	public record Alert(String kind, String subject, LocalDate date, long days, Band band, String message) {
	}

	private ExpiryAlerts() {
	}

	/** The band of a date {@code days} ahead, or null when it is more than 90 days away. */
	public static Band band(long days) {
		if (days < 0) {
			return Band.EXPIRED;
		}
		if (days <= 30) {
			return Band.DAYS_30;
		}
		if (days <= 60) {
			return Band.DAYS_60;
		}
		return days <= 90 ? Band.DAYS_90 : null;
	}

	/** Every date of the trust within {@code withinDays} of {@code today} (or past), soonest first. */
	public static List<Alert> find(Trust trust, LocalDate today, int withinDays) {
		List<Alert> out = new ArrayList<>();
		for (Provider p : trust.getProviders()) {
			for (Contract c : p.getContracts()) {
				String subject = p.getName() + " contract " + c.getReference();
				LocalDate end = Dates.day(c.getEnd());
				add(out, today, withinDays, "contract end", subject, end, "ends");
				if (end != null && c.getNoticeDays() > 0) {
					add(out, today, withinDays, "notice deadline", subject, end.minusDays(c.getNoticeDays()),
							"must be given notice (" + c.getNoticeDays() + " days) by");
				}
			}
		}
		for (DataSharingAgreement a : trust.getDataSharingAgreements()) {
			add(out, today, withinDays, "agreement review", "data-sharing agreement " + a.getTitle() + " with "
					+ a.getPartnerName(), Dates.day(a.getReviewDate()), "is due for review on");
		}
		for (Assurance.Party party : Assurance.parties(trust)) {
			if (party.name() == null) {
				continue;
			}
			String who = party.kind() == Assurance.Kind.TRUST ? party.describe() : party.name();
			certificates(out, today, withinDays, who, party.evidence());
			Assurance.Status s = Assurance.status(party, today);
			if (s.published() != null) {
				add(out, today, withinDays, "DSPT", who + " DSPT publication of " + s.published(), s.expires(),
						"expires");
			}
		}
		out.sort(Comparator.comparing(Alert::date).thenComparing(Alert::subject));
		return out;
	}

	private static void certificates(List<Alert> out, LocalDate today, int within, String who, AssuranceEvidence e) {
		if (e == null) {
			return;
		}
		add(out, today, within, "ISO 27001", who + " ISO 27001 certificate", Dates.day(e.getIso27001Expiry()),
				"expires");
		add(out, today, within, "Cyber Essentials Plus", who + " Cyber Essentials Plus certificate",
				Dates.day(e.getCyberEssentialsPlusExpiry()), "expires");
	}

	private static void add(List<Alert> out, LocalDate today, int within, String kind, String subject, LocalDate date,
			String verb) {
		if (date == null) {
			return;
		}
		long days = ChronoUnit.DAYS.between(today, date);
		if (days > within) {
			return;
		}
		Band band = band(days);
		if (band == null) {
			// asked for a window longer than 90 days: still listed
			band = Band.LATER;
		}
		String when = days < 0 ? plural(-days) + " ago" : days == 0 ? "today" : "in " + plural(days);
		out.add(new Alert(kind, subject, date, days, band,
				subject + " " + (days < 0 ? verb.replace("expires", "expired").replace("ends", "ended") : verb) + " "
						+ date + " (" + when + ")."));
	}

	private static String plural(long days) {
		return days + (days == 1 ? " day" : " days");
	}
}
