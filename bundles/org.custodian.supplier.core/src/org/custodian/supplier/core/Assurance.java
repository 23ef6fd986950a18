package org.custodian.supplier.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DsptStatus;
import org.custodian.model.Provider;
import org.custodian.model.SubProcessor;
import org.custodian.model.Trust;

/**
 * The assurance of everyone the trust depends on, in one list: the trust itself, every provider, every
 * sub-processor of a provider and every data-sharing agreement's receiver. For each: the published DSPT status, its
 * publication date and the day it lapses, and the ISO 27001 and Cyber Essentials Plus certificates.
 * <p>
 * A DSPT publication is current until its expiry: the date recorded, or else a year after publication (the toolkit
 * is submitted once a year, by 30 June). Records that cannot be true are named as {@link #problems} and left out
 * of the judgement rather than taken at their word: a publication dated in the future, an expiry before the
 * publication, an agreement without a receiver.
 */
public final class Assurance {

	/** Who the evidence is about. */
	public enum Kind {
		TRUST("the trust"), PROVIDER("provider"), SUB_PROCESSOR("sub-processor"), RECEIVER("agreement receiver");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * One organisation and its evidence (null when none is recorded).
	 *
	 * @param of the provider a sub-processor works for, the agreement a receiver is named in; null otherwise
	 */
	public record Party(Kind kind, String name, String of, AssuranceEvidence evidence) {
		public String describe() {
			return kind == Kind.TRUST ? name + " (our own)" : kind.label() + " " + name + (of == null ? "" : " (" + of + ")");
		}
	}

	/** What the evidence says of one party on a day. */
	public record Status(Party party, DsptStatus dspt, LocalDate published, LocalDate expires, ExpiryAlerts.Band dsptBand,
			LocalDate iso27001, LocalDate cyberEssentialsPlus, List<String> problems) {
		/** True when a DSPT status of Standards met or better is published and has not lapsed. */
		public boolean dsptCurrent() {
			return (dspt == DsptStatus.STANDARDS_MET || dspt == DsptStatus.STANDARDS_EXCEEDED)
					&& dsptBand != null && dsptBand != ExpiryAlerts.Band.EXPIRED && expires != null;
		}
	}

	private Assurance() {
	}

	/** The trust, then each provider with its sub-processors, then each agreement's receiver. */
	public static List<Party> parties(Trust trust) {
		List<Party> out = new ArrayList<>();
		out.add(new Party(Kind.TRUST, trust.getName() == null ? "The trust" : trust.getName(), null,
				trust.getOwnAssurance()));
		for (Provider p : trust.getProviders()) {
			out.add(new Party(Kind.PROVIDER, p.getName(), null, p.getAssurance()));
			for (SubProcessor s : p.getSubProcessors()) {
				out.add(new Party(Kind.SUB_PROCESSOR, s.getName(), "for " + p.getName(), s.getAssurance()));
			}
		}
		for (DataSharingAgreement a : trust.getDataSharingAgreements()) {
			String receiver = a.getPartnerName() == null || a.getPartnerName().isBlank() ? null : a.getPartnerName();
			out.add(new Party(Kind.RECEIVER, receiver, a.getTitle(), a.getReceiverAssurance()));
		}
		return out;
	}

	/** The status of every party on {@code today}. */
	public static List<Status> status(Trust trust, LocalDate today) {
		return parties(trust).stream().map(p -> status(p, today)).toList();
	}

	public static Status status(Party party, LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (party.name() == null) {
			problems.add("The data-sharing agreement " + party.of() + " names no receiving organisation, so no"
					+ " receiver's assurance can be judged.");
		}
		AssuranceEvidence e = party.evidence();
		DsptStatus dspt = e == null ? null : e.getDsptStatus();
		LocalDate published = e == null ? null : Dates.day(e.getDsptDate());
		LocalDate expires = e == null ? null : Dates.day(e.getDsptExpiry());
		String who = party.describe();
		if (published != null && published.isAfter(today)) {
			problems.add("The DSPT publication date of " + who + " is " + published + ", in the future: it is left"
					+ " out until corrected.");
			published = null;
			dspt = null;
			expires = null;
		}
		if (expires != null && published != null && expires.isBefore(published)) {
			problems.add("The DSPT expiry of " + who + " (" + expires + ") is before its publication (" + published
					+ "): a year after publication is used.");
			expires = null;
		}
		if (expires == null && published != null) {
			expires = published.plusYears(1);
		}
		ExpiryAlerts.Band band = expires == null ? null
				: bandOrLater(java.time.temporal.ChronoUnit.DAYS.between(today, expires));
		return new Status(party, dspt, published, expires, band, e == null ? null : Dates.day(e.getIso27001Expiry()),
				e == null ? null : Dates.day(e.getCyberEssentialsPlusExpiry()), problems);
	}

	/**
	 * What is wrong with a party's assurance, worst first, in sentences; empty when it is current. A provider or
	 * receiver without a published DSPT of Standards met, or with one that has lapsed, is weaker than the NHS
	 * expects of anyone who handles its patients' data.
	 */
	public static List<String> shortfalls(Status s) {
		List<String> out = new ArrayList<>();
		String who = s.party().describe();
		if (s.party().name() == null) {
			return out;
		}
		if (s.dspt() == null || s.dspt() == DsptStatus.NOT_PUBLISHED) {
			out.add(cap(who) + " has no published DSPT assessment recorded.");
		} else if (s.dsptBand() == ExpiryAlerts.Band.EXPIRED) {
			out.add("The DSPT assessment of " + who + " published " + s.published() + " lapsed on " + s.expires() + ".");
		} else if (s.dspt() == DsptStatus.APPROACHING_STANDARDS || s.dspt() == DsptStatus.NOT_MET) {
			out.add(cap(who) + " published DSPT status " + s.dspt().getLiteral().toLowerCase().replace('_', ' ') + ".");
		}
		return out;
	}

	private static ExpiryAlerts.Band bandOrLater(long days) {
		ExpiryAlerts.Band b = ExpiryAlerts.band(days);
		return b == null ? ExpiryAlerts.Band.LATER : b;
	}

	private static String cap(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
