package org.custodian.audit.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.custodian.model.Staff;
import org.custodian.store.AccessEvent;
import org.custodian.store.CareRelationship;

/**
 * Finds the legitimate reason for an access in the RIS/worklist feed: the user ordered the study, reported it,
 * is on the MDT list that discussed the patient, holds the teleradiology assignment, or works in the department
 * the study belongs to. The people named in the feed are matched by account name, staff number, professional
 * registration or full name; an HL7 feed's person ({@code ID^family^given^^^^^^authority}, from an XCN or NDL)
 * by its ID, then by its name.
 */
public final class CareExplanation {
	private CareExplanation() {
	}

	/** The explanation in words ("ordered by them (ACC123)"), or empty when there is none. */
	public static Optional<String> explain(AccessEvent e, List<CareRelationship> care, Directory directory) {
		if (e.patientId() == null || e.userId() == null) {
			return Optional.empty();
		}
		Optional<Staff> staff = directory.staff(e.userId());
		String department = null;
		for (CareRelationship r : care) {
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
					&& r.department().equalsIgnoreCase(staff.get().getDepartment())) {
				department = "the study belongs to their department, " + r.department() + acc;
			}
		}
		return Optional.ofNullable(department);
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
