package org.custodian.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A patient identifier as HL7 v2 writes it (data type CX): {@code ID^check digit^check scheme^assigning
 * authority^identifier type}, the assigning authority itself a HD ({@code namespace&universal id&universal id
 * type}). PACS put CX into the audit trail's ParticipantObjectID ({@code P0002061^^^TRUST},
 * {@code 9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH}); the RIS and the flag list often give the bare
 * number. Every source's identifier is read here, once, so that they can be compared at all.
 * <p>
 * The parse is lenient in what CX allows to be missing (a bare number is a CX with only its ID) and keeps
 * the authority as the source wrote it: which authority is the trust's hospital number is the trust's to say
 * ({@link IdentifierPolicy}).
 *
 * @param id        the identifier itself (CX.1), never blank
 * @param authority the assigning authority's namespace id (HD.1), or null
 * @param universalId the assigning authority's universal id, usually an OID (HD.2), or null
 * @param type      the identifier type code (CX.5, e.g. MR medical record, NH NHS number), or null
 */
public record PatientIdentifier(String id, String authority, String universalId, String type) {
	/** The NHS number's assigning authority (NHS England's OID for it). */
	public static final String NHS_NUMBER_OID = "2.16.840.1.113883.2.1.4.1";

	public PatientIdentifier {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a patient identifier needs an ID");
		}
		id = id.strip();
		authority = blankToNull(authority);
		universalId = blankToNull(universalId);
		type = blankToNull(type);
	}

	/**
	 * Reads one identifier: a CX, or a bare number. Escapes of HL7 (\S\, \T\ ...) are left as they are; the
	 * first repetition is read when the value holds several ({@link #parseAll} reads all).
	 *
	 * @throws IllegalArgumentException when there is no ID (blank, or a CX such as {@code ^^^TRUST})
	 */
	public static PatientIdentifier parse(String value) {
		List<PatientIdentifier> all = parseAll(value);
		if (all.isEmpty()) {
			throw new IllegalArgumentException("\"" + value + "\" holds no patient identifier");
		}
		return all.get(0);
	}

	/** Every repetition ({@code ~}) of a CX field that has an ID; repetitions without one are left out. */
	public static List<PatientIdentifier> parseAll(String value) {
		List<PatientIdentifier> result = new ArrayList<>();
		if (value == null) {
			return result;
		}
		for (String repetition : value.split("~")) {
			String[] c = repetition.split("\\^", -1);
			if (c.length == 0 || c[0].isBlank()) {
				continue;
			}
			String[] hd = c.length > 3 ? c[3].split("&", -1) : new String[0];
			result.add(new PatientIdentifier(c[0], part(hd, 0), part(hd, 1), c.length > 4 ? c[4] : null));
		}
		return result;
	}

	/** True when this names an NHS number: by the OID, by the namespace NHS, or by the type code NH. */
	public boolean isNhsNumber() {
		return NHS_NUMBER_OID.equals(universalId) || "NHS".equalsIgnoreCase(authority)
				|| "NH".equalsIgnoreCase(type);
	}

	/** True when the source named no assigning authority at all (a bare number, or a CX without CX.4). */
	public boolean hasNoAuthority() {
		return authority == null && universalId == null;
	}

	/** The authority as one name: the namespace, else the universal id; null when there is none. */
	public String authorityName() {
		return authority != null ? authority : universalId;
	}

	/**
	 * True when {@code nhsNumber} is ten digits whose last is the modulus 11 check digit of the others, as the
	 * NHS Data Dictionary defines it (spaces allowed between groups).
	 */
	public static boolean validNhsNumber(String nhsNumber) {
		if (nhsNumber == null) {
			return false;
		}
		String digits = nhsNumber.replace(" ", "");
		if (!digits.matches("\\d{10}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - sum % 11;
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == digits.charAt(9) - '0';
	}

	/** The CX form: {@code ID^^^namespace&universal id&ISO^type}, without trailing empty components. */
	public String toCx() {
		StringBuilder hd = new StringBuilder();
		if (authority != null) {
			hd.append(authority);
		}
		if (universalId != null) {
			hd.append('&').append(universalId).append("&ISO");
		}
		String cx = id + "^^^" + hd + (type == null ? "" : "^" + type);
		return cx.replaceAll("\\^+$", "");
	}

	@Override
	public String toString() {
		return authorityName() == null ? id : id + " (" + authorityName().toUpperCase(Locale.ROOT) + ")";
	}

	private static String part(String[] parts, int i) {
		return i < parts.length ? parts[i] : null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
