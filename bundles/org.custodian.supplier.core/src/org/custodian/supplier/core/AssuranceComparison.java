package org.custodian.supplier.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.DsptStatus;

/**
 * A receiving organisation's assurance side by side with our own, point by point, flagging each point where the
 * receiver is weaker: R6 asks that each receiver protects data at least as well as the sender, and that the
 * evidence is current.
 *
 * <ul>
 * <li>DSPT status: a worse published status than ours (exceeded, met, approaching, not met, not published).</li>
 * <li>DSPT date: a submission more than a year old is not current; older than ours is weaker too.</li>
 * <li>ISO 27001 and Cyber Essentials Plus: missing, or expired on the day (expiring soon is an expiry alert).</li>
 * <li>Last penetration test: none, or more than a year old, or older than ours.</li>
 * </ul>
 */
public final class AssuranceComparison {
	/** Evidence older than this is not current (an annual toolkit, yearly tests). */
	public static final int CURRENT_DAYS = 365;

	/** One point of the comparison: our value, theirs, and why the receiver is weaker (null when not). */
	public record Point(String name, String ours, String theirs, String weakness) {
		public boolean weaker() {
			return weakness != null;
		}
	}

	private AssuranceComparison() {
	}

	public static List<Point> compare(AssuranceEvidence ours, AssuranceEvidence theirs, LocalDate today) {
		List<Point> out = new ArrayList<>();
		DsptStatus os = ours == null ? null : ours.getDsptStatus();
		DsptStatus ts = theirs == null ? null : theirs.getDsptStatus();
		String statusWeak = null;
		if (ts == null || ts == DsptStatus.NOT_PUBLISHED) {
			statusWeak = "no published DSPT assessment";
		} else if (rank(ts) > rank(os)) {
			statusWeak = "DSPT " + label(ts) + " is below our " + label(os);
		}
		out.add(new Point("DSPT status", label(os), label(ts), statusWeak));

		LocalDate od = day(ours == null ? null : ours.getDsptDate());
		LocalDate td = day(theirs == null ? null : theirs.getDsptDate());
		String dateWeak = null;
		if (td == null) {
			dateWeak = "no DSPT submission date";
		} else if (td.plusDays(CURRENT_DAYS).isBefore(today)) {
			dateWeak = "DSPT submitted " + td + ", more than a year ago: not current";
		} else if (od != null && td.isBefore(od)) {
			dateWeak = "DSPT submitted " + td + ", before ours (" + od + ")";
		}
		out.add(new Point("DSPT date", str(od), str(td), dateWeak));

		out.add(certificate("ISO 27001", day(ours == null ? null : ours.getIso27001Expiry()),
				day(theirs == null ? null : theirs.getIso27001Expiry()), today));
		out.add(certificate("Cyber Essentials Plus", day(ours == null ? null : ours.getCyberEssentialsPlusExpiry()),
				day(theirs == null ? null : theirs.getCyberEssentialsPlusExpiry()), today));

		LocalDate op = day(ours == null ? null : ours.getLastPenTest());
		LocalDate tp = day(theirs == null ? null : theirs.getLastPenTest());
		String penWeak = null;
		if (tp == null) {
			penWeak = "no penetration test recorded";
		} else if (tp.plusDays(CURRENT_DAYS).isBefore(today)) {
			penWeak = "last penetration test " + tp + ", more than a year ago";
		} else if (op != null && tp.isBefore(op)) {
			penWeak = "last penetration test " + tp + ", older than ours (" + op + ")";
		}
		out.add(new Point("Last penetration test", str(op), str(tp), penWeak));
		return out;
	}

	/** The points where the receiver is weaker. */
	public static List<Point> weaknesses(AssuranceEvidence ours, AssuranceEvidence theirs, LocalDate today) {
		return compare(ours, theirs, today).stream().filter(Point::weaker).toList();
	}

	private static Point certificate(String name, LocalDate ours, LocalDate theirs, LocalDate today) {
		String weak = null;
		boolean oursValid = ours != null && !ours.isBefore(today);
		if (theirs == null) {
			weak = "no " + name + " certificate" + (oursValid ? " (we hold one)" : "");
		} else if (theirs.isBefore(today)) {
			weak = name + " certificate expired on " + theirs;
		}
		return new Point(name + " expiry", str(ours), str(theirs), weak);
	}

	/** Lower is better; no status is the worst. */
	private static int rank(DsptStatus s) {
		return s == null ? DsptStatus.NOT_PUBLISHED.getValue() + 1 : s.getValue();
	}

	private static String label(DsptStatus s) {
		if (s == null) {
			return "none";
		}
		return switch (s) {
		case STANDARDS_EXCEEDED -> "Standards exceeded";
		case STANDARDS_MET -> "Standards met";
		case APPROACHING_STANDARDS -> "Approaching standards";
		case NOT_MET -> "Standards not met";
		case NOT_PUBLISHED -> "Not published";
		};
	}

	private static LocalDate day(java.util.Date d) {
		return Dates.day(d);
	}

	private static String str(Object o) {
		return o == null ? "" : o.toString();
	}
}
