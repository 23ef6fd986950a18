package org.custodian.audit.core.feeds.hl7;

import static org.custodian.audit.core.feeds.hl7.Hl7Parsing.repetitions;
import static org.custodian.audit.core.feeds.hl7.Hl7Parsing.value;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.StringJoiner;

import org.custodian.store.PatientDemographics;
import org.custodian.store.PatientIdentifier;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;

/**
 * Reads a patient from PID (and the next of kin from the first NK1), as HL7 v2.5.1 chapter 3 places them: every
 * identifier of PID-3 (and the older PID-2 and PID-4, which some PAS still fill), name PID-5, birth date PID-7,
 * sex PID-8 (as sent: NHS feeds use the Data Dictionary's codes), home address PID-11 (street, locality and town, postcode apart), home telephone PID-13; NK1-2 name,
 * NK1-4 address, NK1-5 telephone. A value that cannot be used throws an HL7Exception naming the segment and field,
 * which becomes the error of the acknowledgement; a birth date that is not a date is only a warning.
 */
final class PatientSegments {
	private PatientSegments() {
	}

	static PatientDemographics read(Segment pid, Segment nk1, List<String> warnings) throws HL7Exception {
		List<PatientIdentifier> ids = identifiers(pid);
		if (ids.isEmpty()) {
			throw error(ErrorCode.REQUIRED_FIELD_MISSING, "PID", 3, "holds no patient identifier (PID-3 needs an ID before its first ^)");
		}
		String family = value(pid, 5, 0, 1, 1);
		if (family == null) {
			throw error(ErrorCode.REQUIRED_FIELD_MISSING, "PID", 5, "holds no family name");
		}
		String address = null;
		String postcode = null;
		if (repetitions(pid, 11) > 0) {
			address = address(pid, 11);
			postcode = value(pid, 11, 0, 5, 1);
		}
		String nextOfKin = null;
		String nextOfKinPhone = null;
		String nextOfKinAddress = null;
		if (nk1 != null) {
			nextOfKin = name(nk1, 2);
			nextOfKinAddress = address(nk1, 4);
			nextOfKinPhone = phone(nk1, 5);
		}
		LocalDate birth;
		try {
			birth = date(pid, 7);
		} catch (HL7Exception e) {
			// a PAS's bad birth date should not lose the patient's identifiers and address: kept without it
			birth = null;
			warnings.add(e.getMessageWithoutLocation() + ": the patient was recorded without a birth date");
		}
		return new PatientDemographics(ids, family, value(pid, 5, 0, 2, 1), birth, value(pid, 8, 1), address,
				postcode, phone(pid, 13), nextOfKin, nextOfKinPhone, nextOfKinAddress);
	}

	/**
	 * PID-3's identifiers, then PID-2's and PID-4's where they add one; duplicates once. Some UK feeds carry the
	 * NHS number in PID-19 (the SSN field, which has no other use here): taken as one when its check digit holds.
	 */
	static List<PatientIdentifier> identifiers(Segment pid) {
		LinkedHashSet<PatientIdentifier> ids = new LinkedHashSet<>();
		for (int field : new int[] { 3, 2, 4 }) {
			ids.addAll(cx(pid, field));
		}
		String ssn = value(pid, 19, 1);
		if (ssn != null && PatientIdentifier.validNhsNumber(ssn)
				&& ids.stream().noneMatch(PatientIdentifier::isNhsNumber)) {
			ids.add(new PatientIdentifier(ssn.replace(" ", ""), null, PatientIdentifier.NHS_NUMBER_OID, "NH"));
		}
		return new ArrayList<>(ids);
	}

	/** Every repetition of a CX field that has an ID: ID^check^scheme^authority (namespace&universal id)^type. */
	static List<PatientIdentifier> cx(Segment segment, int field) {
		List<PatientIdentifier> ids = new ArrayList<>();
		for (int r = 0; r < repetitions(segment, field); r++) {
			String id = value(segment, field, r, 1, 1);
			if (id != null) {
				ids.add(new PatientIdentifier(id, value(segment, field, r, 4, 1), value(segment, field, r, 4, 2),
						value(segment, field, r, 5, 1)));
			}
		}
		return ids;
	}

	/** XAD: street, other designation (locality) and city, as one line; the postcode (XAD-5) is kept apart. */
	private static String address(Segment segment, int field) {
		StringJoiner line = new StringJoiner(", ");
		for (int component : new int[] { 1, 2, 3 }) {
			String v = value(segment, field, 0, component, 1);
			if (v != null) {
				line.add(v);
			}
		}
		return line.length() == 0 ? null : line.toString();
	}

	/** XPN as "given family". */
	private static String name(Segment segment, int field) {
		String family = value(segment, field, 0, 1, 1);
		String given = value(segment, field, 0, 2, 1);
		if (family == null) {
			return given;
		}
		return given == null ? family : given + " " + family;
	}

	/** XTN: the number as written (XTN-1), else the unformatted one (XTN-12), else area code and local number. */
	private static String phone(Segment segment, int field) {
		String written = value(segment, field, 0, 1, 1);
		if (written != null) {
			return written;
		}
		String unformatted = value(segment, field, 0, 12, 1);
		if (unformatted != null) {
			return unformatted;
		}
		String area = value(segment, field, 0, 6, 1);
		String local = value(segment, field, 0, 7, 1);
		return local == null ? null : (area == null ? "" : area) + local;
	}

	/** A TS or DT field's date (YYYYMMDD, with or without the time after it); null when empty. */
	static LocalDate date(Segment segment, int field) throws HL7Exception {
		String v = value(segment, field, 1);
		if (v == null) {
			return null;
		}
		try {
			if (v.length() < 8 || !v.substring(0, 8).chars().allMatch(Character::isDigit)) {
				throw new DateTimeParseException("not YYYYMMDD", v, 0);
			}
			return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
					Integer.parseInt(v.substring(6, 8)));
		} catch (java.time.DateTimeException e) {
			throw error(ErrorCode.DATA_TYPE_ERROR, segment.getName(), field, "\"" + v + "\" is not a date (YYYYMMDD)");
		}
	}

	/**
	 * A TS field's time (YYYYMMDDHHMM[SS[.S]][+/-ZZZZ]; without an offset it is the trust's local time, as a PAS
	 * sends it); null when empty. A date alone is its midnight.
	 */
	static java.time.Instant time(Segment segment, int field, java.time.ZoneId zone) throws HL7Exception {
		String v = value(segment, field, 1);
		if (v == null) {
			return null;
		}
		java.util.regex.Matcher m = TS.matcher(v.strip());
		if (!m.matches()) {
			throw error(ErrorCode.DATA_TYPE_ERROR, segment.getName(), field, "\"" + v + "\" is not a time (YYYYMMDDHHMM[SS][+ZZZZ])");
		}
		try {
			java.time.LocalDateTime local = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))).atTime(m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
							m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
			return m.group(7) == null ? local.atZone(zone).toInstant()
					: local.atOffset(java.time.ZoneOffset.of(m.group(7))).toInstant();
		} catch (java.time.DateTimeException e) {
			throw error(ErrorCode.DATA_TYPE_ERROR, segment.getName(), field, "\"" + v + "\" is not a time: " + e.getMessage());
		}
	}

	private static final java.util.regex.Pattern TS = java.util.regex.Pattern
			.compile("(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})?(?:(\\d{2})(?:\\.\\d{1,4})?)?)?([+-]\\d{4})?");

	static HL7Exception error(ErrorCode code, String segment, int field, String reason) {
		HL7Exception e = new HL7Exception(segment + "-" + field + " " + reason, code);
		e.setSegmentName(segment);
		e.setFieldPosition(field);
		return e;
	}
}
