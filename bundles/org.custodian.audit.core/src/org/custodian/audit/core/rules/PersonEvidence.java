package org.custodian.audit.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custodian.model.Staff;
import org.custodian.store.PatientDemographics;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What ties a patient to a member of staff in the demographics feed and the staff directory: the same home
 * address, postcode or street, telephone number, or the member of staff named as the patient's next of kin.
 * The family and neighbour rules cite these in their reasons. Staff details the directory does not hold (an
 * ESR export without home addresses) simply tie nothing.
 */
final class PersonEvidence {
	private PersonEvidence() {
	}

	/** What the patient and the member of staff share, in words ("the same home address"), or an empty list. */
	static List<String> household(PatientDemographics p, Staff s, SurnameMatch names) {
		List<String> ties = new ArrayList<>();
		String staffAddress = text(s, "address");
		if (sameAddress(p.address(), staffAddress) && samePostcode(p.postcode(), s.getPostcode())) {
			ties.add("the same home address");
		} else if (staffAddress == null && samePostcode(p.postcode(), s.getPostcode())) {
			ties.add("the same postcode"); // the directory holds no street address to compare
		}
		String staffPhone = text(s, "phone");
		if (digits(p.phone()).length() >= 10 && digits(p.phone()).equals(digits(staffPhone))) {
			ties.add("the same telephone number");
		}
		if (p.nextOfKin() != null && namesStaff(p.nextOfKin(), s, names)) {
			ties.add("the member of staff as next of kin");
		} else if (p.nextOfKinPhone() != null && digits(p.nextOfKinPhone()).length() >= 10
				&& digits(p.nextOfKinPhone()).equals(digits(staffPhone))) {
			ties.add("the member of staff's telephone number as next of kin");
		}
		return ties;
	}

	/** "the same postcode" or "the same street" when they live close, else null. */
	static String neighbourhood(PatientDemographics p, Staff s) {
		if (samePostcode(p.postcode(), s.getPostcode())) {
			return "the same postcode, " + p.postcode().toUpperCase(Locale.ROOT);
		}
		String street = street(p.address());
		String staffAddress = text(s, "address");
		if (street == null || !street.equals(street(staffAddress))) {
			return null;
		}
		// a street name recurs across a city (Mill Lane in LS6 and in LS17): the same street is the same name in
		// the same postcode district, or, where a postcode is missing, in the same locality
		String ours = outward(p.postcode());
		String theirs = outward(s.getPostcode());
		boolean sameDistrict = ours != null && theirs != null ? ours.equals(theirs)
				: !locality(p.address()).isEmpty() && locality(p.address()).equals(locality(staffAddress));
		return sameDistrict ? "the same street" : null;
	}

	/** The outward code of a UK postcode ("LS6 2AB" -> "LS6"), or null when there is no usable postcode. */
	private static String outward(String postcode) {
		if (postcode == null) {
			return null;
		}
		String x = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
		return x.length() >= 5 ? x.substring(0, x.length() - 3) : null;
	}

	/** What follows the first line of an address (locality and town), normalised. */
	private static String locality(String address) {
		if (address == null || address.indexOf(',') < 0) {
			return "";
		}
		return normal(address.substring(address.indexOf(',') + 1));
	}

	/** Same family and given name and the same date of birth. */
	static boolean samePerson(PatientDemographics p, Staff s, SurnameMatch names) {
		LocalDate staffBirth = s.getDateOfBirth() == null ? null
				: LocalDate.ofInstant(s.getDateOfBirth().toInstant(), java.time.ZoneOffset.UTC);
		return p.birthDate() != null && p.birthDate().equals(staffBirth) && p.familyName() != null
				&& SurnameMatch.spelling(p.familyName()).equals(SurnameMatch.spelling(s.getFamilyName()))
				&& p.givenName() != null && s.getGivenName() != null
				&& p.givenName().strip().equalsIgnoreCase(s.getGivenName().strip());
	}

	private static boolean namesStaff(String nextOfKin, Staff s, SurnameMatch names) {
		String family = nextOfKin.contains("^") ? nextOfKin.substring(0, nextOfKin.indexOf('^'))
				: nextOfKin.substring(nextOfKin.lastIndexOf(' ') + 1);
		String rest = nextOfKin.contains("^") ? nextOfKin.substring(nextOfKin.indexOf('^') + 1) : nextOfKin;
		String given = s.getGivenName() == null ? "" : s.getGivenName().toUpperCase(Locale.ROOT);
		return names.same(family, s.getFamilyName()) && !given.isEmpty()
				&& rest.toUpperCase(Locale.ROOT).contains(given);
	}

	private static boolean sameAddress(String a, String b) {
		String x = normal(a);
		return !x.isEmpty() && x.equals(normal(b));
	}

	private static boolean samePostcode(String a, String b) {
		String x = a == null ? "" : a.replace(" ", "").toUpperCase(Locale.ROOT);
		return x.length() >= 5 && x.equals(b == null ? "" : b.replace(" ", "").toUpperCase(Locale.ROOT));
	}

	/** The first line's street without the house number ("12 Mill Lane, Leeds" -> "MILL LANE"). */
	private static String street(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String first = address.split("[,\\n^]")[0].toUpperCase(Locale.ROOT).replaceAll("^[0-9]+[A-Z]?\\s+", "").strip();
		return first.length() < 4 ? null : first.replaceAll("\\s+", " ");
	}

	private static String normal(String address) {
		return address == null ? "" : address.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	private static String digits(String phone) {
		return phone == null ? "" : phone.replaceAll("[^0-9]", "");
	}

	/** A text attribute of the staff directory by name, if this version of the model has it. */
	static String text(Staff s, String feature) {
		EStructuralFeature f = s.eClass().getEStructuralFeature(feature);
		Object v = f == null ? null : s.eGet(f);
		return v instanceof String t && !t.isBlank() ? t : null;
	}
}
