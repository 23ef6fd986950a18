package org.custodian.audit.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.custodian.model.Staff;
import org.custodian.store.AccessEvent;
import org.custodian.store.CareRelationship;
import org.custodian.store.PatientMovement;

/**
 * Finds the legitimate reason for an access in the RIS/worklist feed: the user ordered the study, reported it,
 * is on the MDT list that discussed the patient, holds the teleradiology assignment, or works in the department
 * the study belongs to. The people named in the feed are matched by account name, staff number, professional
 * registration or full name; an HL7 feed's person ({@code ID^family^given^^^^^^authority}, from an XCN or NDL)
 * by its ID, then by its name. Failing all that, the PAS's movements: the patient was on a ward of the user's
 * department when they looked, or in the day before (the ward team reads the images after discharge too).
 * Location codes (the RIS's PV1-3, the PAS's wards) are read through the trust's {@link Locations}.
 */
public final class CareExplanation {
	/** A ward's team still has reason to look this long after the patient left it. */
	static final Duration AFTER_LEAVING_WARD = Duration.ofHours(24);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

	private CareExplanation() {
	}

	/** The explanation in words ("ordered by them (ACC123)"), or empty when there is none (RIS lines only). */
	public static Optional<String> explain(AccessEvent e, List<CareRelationship> care, Directory directory) {
		return explain(e, new PatientCare(care, List.of()), Locations.none(), directory);
	}

	/** The explanation in words from the RIS lines, then the PAS movements; empty when there is none. */
	public static Optional<String> explain(AccessEvent e, PatientCare care, Locations locations, Directory directory) {
		if (e.patientId() == null || e.userId() == null) {
			return Optional.empty();
		}
		Optional<Staff> staff = directory.staff(e.userId());
		String department = null;
		for (CareRelationship r : care.lines()) {
			String acc = r.accession() != null ? " (" + r.accession() + ")" : "";
			if (names(r.referrer(), e.userId(), staff)) {
				return Optional.of("they ordered the study" + acc);
			}
			if (names(r.reporter(), e.userId(), staff)) {
				return Optional.of("they reported the study" + acc);
			}
			if (r.teleradiology() != null && names(r.teleradiology(), e.userId(), staff)) {
				return Optional.of("teleradiology assignment" + acc);
			}
			if (r.mdtList() != null) {
				for (String member : r.mdtList().split("[;|]")) {
					if (names(member, e.userId(), staff)) {
						return Optional.of("on the MDT list" + acc);
					}
				}
			}
			if (department == null && r.department() != null && staff.isPresent()
					&& locations.inDepartment(r.department(), staff.get().getDepartment())) {
				department = "the study belongs to their department, " + located(r.department(), locations) + acc;
			}
		}
		if (department == null && staff.isPresent() && staff.get().getDepartment() != null) {
			department = onWard(e.time(), care.movements(), staff.get().getDepartment(), locations, directory.zone());
		}
		return Optional.ofNullable(department);
	}

	/**
	 * "the patient was on W12 (Cardiology), a ward of their department, from ..." when a stay on a location of the
	 * department overlaps the day up to the access; null otherwise. A stay runs from its admission or transfer to the
	 * next movement (a discharge or transfer ends it), or is open.
	 */
	static String onWard(Instant when, List<PatientMovement> moves, String department, Locations locations, ZoneId zone) {
		if (when == null) {
			return null;
		}
		Instant from = when.minus(AFTER_LEAVING_WARD);
		for (int i = 0; i < moves.size(); i++) {
			PatientMovement m = moves.get(i);
			if (m.discharge() || m.time().isAfter(when)) {
				continue;
			}
			Instant until = i + 1 < moves.size() ? moves.get(i + 1).time() : null;
			if ((until == null || !until.isBefore(from)) && locations.inDepartment(m.location(), department)) {
				return "the patient was on " + located(m.location(), locations) + ", a ward of their department, from "
						+ DAY.format(m.time().atZone(zone)) + (until == null || until.isAfter(when) ? ""
								: " until " + DAY.format(until.atZone(zone)));
			}
		}
		return null;
	}

	private static String located(String location, Locations locations) {
		String d = locations.department(location);
		return d.equalsIgnoreCase(location.strip()) ? location : location + " (" + d + ")";
	}

	/**
	 * True when the RIS names the person by a professional registration they hold ("GMC 1234567", "NMC
	 * 12A3456E", "HCPC RA12345"; several separated by ';'), with or without the body's name.
	 */
	static boolean registered(String who, String registrations) {
		if (registrations == null) {
			return false;
		}
		String named = who.toUpperCase(Locale.ROOT).replaceAll("^(GMC|NMC|HCPC|GDC|GPHC)", "").replaceAll("[^A-Z0-9]", "")
				// the NHS consultant code is C and the GMC number
				.replaceAll("^C([0-9]{7})$", "$1");
		if (named.length() < 5) {
			return false;
		}
		for (String r : registrations.split(";")) {
			String held = r.toUpperCase(Locale.ROOT).strip().replaceAll("^(GMC|NMC|HCPC|GDC|GPHC)", "")
					.replaceAll("[^A-Z0-9]", "");
			if (held.equals(named)) {
				return true;
			}
		}
		return false;
	}

	private static boolean names(String who, String userId, Optional<Staff> staff) {
		if (who == null || who.isBlank()) {
			return false;
		}
		String[] xcn = who.split("\\^", -1);
		if (xcn.length >= 9) {
			// an HL7 feed's person (ID^family^given^^^^^^authority): by the ID under its authority, else by name
			String id = xcn[0].strip();
			String authority = xcn[8].strip();
			return !id.isEmpty() && (namesOne(id, userId, staff) || namesOne(authority + " " + id, userId, staff))
					|| !xcn[1].isBlank() && namesOne(xcn[1] + "^" + xcn[2], userId, staff);
		}
		return namesOne(who, userId, staff);
	}

	private static boolean namesOne(String who, String userId, Optional<Staff> staff) {
		String w = who.strip().toLowerCase(Locale.ROOT);
		if (w.equals(userId.toLowerCase(Locale.ROOT))) {
			return true;
		}
		if (staff.isEmpty()) {
			return false;
		}
		Staff s = staff.get();
		if (s.getStaffNumber() != null && w.equals(s.getStaffNumber().toLowerCase(Locale.ROOT))) {
			return true;
		}
		if (registered(w, PersonEvidence.text(s, "registration"))) {
			return true;
		}
		String full = Directory.name(s).toLowerCase(Locale.ROOT);
		String dicom = ((s.getFamilyName() == null ? "" : s.getFamilyName()) + "^"
				+ (s.getGivenName() == null ? "" : s.getGivenName())).toLowerCase(Locale.ROOT);
		return !full.isEmpty() && (w.equals(full) || w.equals(dicom));
	}
}
