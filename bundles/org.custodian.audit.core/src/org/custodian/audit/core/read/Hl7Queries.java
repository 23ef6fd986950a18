package org.custodian.audit.core.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patient an HL7 query names, as audited in ParticipantObjectQuery (IHE ITI-9 PIX, ITI-21 PDQ and their HL7
 * v3 forms ITI-45, ITI-47). Only the query parameter segment or element is read, into the same keys
 * {@link QueryKeys} gives a C-FIND query.
 */
final class Hl7Queries {
	/** HL7 v3: the value of a livingSubjectId / patientIdentifier parameter, its extension attribute. */
	private static final Pattern V3_ID = Pattern.compile(
			"<(?:\\w+:)?(?:livingSubjectId|patientIdentifier)\\b.*?<(?:\\w+:)?value\\b[^>]*?\\bextension=\"([^\"]+)\"",
			Pattern.DOTALL);
	private static final Pattern V3_FAMILY = Pattern.compile(
			"<(?:\\w+:)?livingSubjectName\\b.*?<(?:\\w+:)?family\\b[^>]*>([^<]+)<", Pattern.DOTALL);

	private Hl7Queries() {
	}

	/**
	 * QBP^Q21/Q22/Q23: QPD-3 as {@code @PID.3.1^12345~@PID.5.1^SMITH} (PDQ) or as a CX {@code 12345^^^&OID&ISO}
	 * (PIX).
	 *
	 * @throws IllegalArgumentException if the message has no QPD segment
	 */
	static Map<String, String> fromV2(String text, int maxValue) {
		if (text.length() < 8) {
			throw new IllegalArgumentException("too short for an HL7 message");
		}
		char field = text.charAt(3);
		char component = text.charAt(4);
		char repetition = text.charAt(5);
		String qpd = null;
		for (String segment : text.split("[\\r\\n]+")) {
			if (segment.startsWith("QPD" + field)) {
				qpd = segment;
				break;
			}
		}
		if (qpd == null) {
			throw new IllegalArgumentException("an HL7 message without a QPD segment");
		}
		String[] fields = qpd.split(Pattern.quote(String.valueOf(field)), -1);
		Map<String, String> keys = new LinkedHashMap<>();
		String parameters = fields.length > 3 ? fields[3] : "";
		for (String rep : parameters.split(Pattern.quote(String.valueOf(repetition)))) {
			String[] parts = rep.split(Pattern.quote(String.valueOf(component)), 2);
			if (rep.startsWith("@") && parts.length == 2) {
				String key = switch (parts[0]) {
				case "@PID.3", "@PID.3.1" -> "PatientID";
				case "@PID.5", "@PID.5.1", "@PID.5.1.1" -> "PatientName";
				case "@PID.7", "@PID.7.1" -> "PatientBirthDate";
				default -> null;
				};
				if (key != null) {
					put(keys, key, parts[1], maxValue);
				}
			} else if (!rep.startsWith("@") && !rep.isBlank() && keys.isEmpty()) {
				// PIX: the identifier asked for, a CX whose first component is the ID
				put(keys, "PatientID", parts[0], maxValue);
			}
		}
		return keys;
	}

	/** PRPA_IN201305UV02 (PDQV3) and PRPA_IN201309UV02 (PIXV3) query parameters. */
	static Map<String, String> fromV3(String text, int maxValue) {
		Map<String, String> keys = new LinkedHashMap<>();
		Matcher id = V3_ID.matcher(text);
		if (id.find()) {
			put(keys, "PatientID", id.group(1), maxValue);
		}
		Matcher family = V3_FAMILY.matcher(text);
		if (family.find()) {
			put(keys, "PatientName", family.group(1), maxValue);
		}
		if (keys.isEmpty() && !text.contains("queryByParameter") && !text.contains("QUQI_")) {
			throw new IllegalArgumentException("not an HL7 v3 query");
		}
		return keys;
	}

	private static void put(Map<String, String> keys, String key, String value, int maxValue) {
		String v = value.strip();
		if (!v.isEmpty() && !keys.containsKey(key)) {
			keys.put(key, v.length() > maxValue ? v.substring(0, maxValue) : v);
		}
	}
}
