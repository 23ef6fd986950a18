package org.custodian.audit.core.read;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The keys of a query as audited in ParticipantObjectQuery (or FHIR entity.query), base64 of:
 * <ul>
 * <li>the C-FIND identifier, a DICOM data set in implicit or explicit VR little endian: a small tag walker reads
 * the top-level attributes that say whom and what was searched; sequences are skipped;</li>
 * <li>a QIDO-RS or FHIR search ({@code Patient?identifier=system|12345}, {@code ImagingStudy?patient=Patient/7},
 * {@code subject:identifier=...}), as a query string or an HTTP request line with its body;</li>
 * <li>an HL7 v2 QBP query message (IHE PDQ {@code QPD|IHE PDQ Query|...|@PID.3.1^12345}, PIX {@code QPD-3} a CX);</li>
 * <li>an HL7 v3 query (IHE PDQV3/PIXV3: {@code livingSubjectId} or {@code patientIdentifier} value extension).</li>
 * </ul>
 * The patient named is kept as PatientID, whatever the form. No DICOM or HL7 toolkit is needed for this.
 */
final class QueryKeys {
	/** The attributes kept, by tag, with the names they are shown with. */
	private static final Map<Integer, String> KEYS = Map.of(0x00080052, "QueryRetrieveLevel", 0x00100020,
			"PatientID", 0x00100010, "PatientName", 0x00100030, "PatientBirthDate", 0x0020000D, "StudyInstanceUID",
			0x00080050, "AccessionNumber", 0x00080020, "StudyDate", 0x00080061, "ModalitiesInStudy", 0x00080060,
			"Modality");
	private static final int SPECIFIC_CHARACTER_SET = 0x00080005;
	private static final Set<String> LONG_LENGTH_VRS = Set.of("OB OD OF OL OV OW SQ SV UC UN UR UT UV".split(" "));
	private static final Set<String> ALL_VRS = Set.of(("AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH"
			+ " SL SQ SS ST SV TM UC UI UL UN UR US UT UV").split(" "));
	private static final int UNDEFINED = -1;
	private static final int MAX_DEPTH = 8;
	private static final int MAX_VALUE = 64;

	private final byte[] data;
	private boolean explicit;
	private Charset charset = StandardCharsets.ISO_8859_1;
	private final Map<String, String> keys = new LinkedHashMap<>();

	private QueryKeys(byte[] data) {
		this.data = data;
	}

	/**
	 * The non-empty keys of a base64 query, in data-set order ("PatientID" -> "9434765919").
	 *
	 * @throws IllegalArgumentException if the text is not base64 or the bytes are not a query
	 */
	static Map<String, String> decode(String base64) {
		byte[] bytes = Base64.getMimeDecoder().decode(base64.strip());
		if (bytes.length >= 8 && looksLikeText(bytes)) {
			String text = new String(bytes, StandardCharsets.UTF_8).strip();
			if (text.startsWith("MSH")) {
				return Hl7Queries.fromV2(text, MAX_VALUE);
			}
			if (text.startsWith("<")) {
				return Hl7Queries.fromV3(text, MAX_VALUE);
			}
			return fromQueryString(text);
		}
		QueryKeys walker = new QueryKeys(bytes);
		walker.walk();
		return walker.keys;
	}

	private void walk() {
		if (data.length < 8) {
			throw new IllegalArgumentException("too short for a DICOM data set");
		}
		explicit = ALL_VRS.contains(vrAt(4));
		int pos = 0;
		while (pos + 8 <= data.length) {
			int tag = tagAt(pos);
			if ((tag >>> 16) == 0xFFFE) {
				break;
			}
			String vr = explicit ? vrAt(pos + 4) : null;
			int header = explicit && LONG_LENGTH_VRS.contains(vr) ? 12 : 8;
			if (pos + header > data.length) {
				break;
			}
			int length = header == 12 || !explicit ? int32(pos + header - 4) : uint16(pos + 6);
			pos += header;
			if (length == UNDEFINED) {
				pos = skipSequence(pos, 0);
				continue;
			}
			if (length < 0 || pos + length > data.length) {
				throw new IllegalArgumentException("attribute " + Integer.toHexString(tag) + " runs past the end");
			}
			keep(tag, pos, length);
			pos += length;
		}
		if (keys.isEmpty() && pos == 0) {
			throw new IllegalArgumentException("not a DICOM data set");
		}
	}

	private void keep(int tag, int pos, int length) {
		if (tag == SPECIFIC_CHARACTER_SET) {
			String value = new String(data, pos, length, StandardCharsets.US_ASCII).strip();
			if (value.contains("ISO_IR 192")) {
				charset = StandardCharsets.UTF_8;
			}
			return;
		}
		String name = KEYS.get(tag);
		if (name != null) {
			String value = trim(new String(data, pos, Math.min(length, 4 * MAX_VALUE), charset));
			if (!value.isEmpty()) {
				keys.put(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
			}
		}
	}

	/** Skips a sequence of undefined length (items of defined or undefined length) up to its delimiter. */
	private int skipSequence(int pos, int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("sequences nested too deeply");
		}
		while (pos + 8 <= data.length) {
			int tag = tagAt(pos);
			int length = int32(pos + 4);
			pos += 8;
			if (tag == 0xFFFEE0DD) {
				return pos;
			}
			if (tag != 0xFFFEE000) {
				throw new IllegalArgumentException("unexpected tag in a sequence");
			}
			pos = length == UNDEFINED ? skipItem(pos, depth) : pos + length;
		}
		throw new IllegalArgumentException("sequence runs past the end");
	}

	/** Skips the attributes of an item of undefined length up to its delimiter. */
	private int skipItem(int pos, int depth) {
		while (pos + 8 <= data.length) {
			int tag = tagAt(pos);
			if (tag == 0xFFFEE00D) {
				return pos + 8;
			}
			String vr = explicit ? vrAt(pos + 4) : null;
			int header = explicit && LONG_LENGTH_VRS.contains(vr) ? 12 : 8;
			int length = header == 12 || !explicit ? int32(pos + header - 4) : uint16(pos + 6);
			pos += header;
			pos = length == UNDEFINED ? skipSequence(pos, depth + 1) : pos + length;
		}
		throw new IllegalArgumentException("item runs past the end");
	}

	private int tagAt(int pos) {
		return uint16(pos) << 16 | uint16(pos + 2);
	}

	private String vrAt(int pos) {
		return pos + 2 <= data.length ? new String(data, pos, 2, StandardCharsets.US_ASCII) : "";
	}

	private int uint16(int pos) {
		return (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
	}

	private int int32(int pos) {
		return uint16(pos) | uint16(pos + 2) << 16;
	}

	private static String trim(String value) {
		int end = value.length();
		while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\0')) {
			end--;
		}
		return value.substring(0, end).strip();
	}

	private static boolean looksLikeText(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

	/**
	 * "PatientID=123&00100010=DOE*" as sent to a QIDO-RS service, or a FHIR search, alone or as an HTTP request
	 * ("GET base/Observation?patient=7" or a POST to {@code _search} with the parameters in its body).
	 */
	private static Map<String, String> fromQueryString(String text) {
		Map<String, String> keys = new LinkedHashMap<>();
		String[] lines = text.split("\r?\n");
		String first = lines[0].strip();
		String url = first;
		String body = null;
		if (first.matches("(GET|POST|PUT|DELETE|HEAD|PATCH) \\S+.*")) {
			url = first.split(" ")[1];
			int blank = text.indexOf("\n\n");
			int crBlank = text.indexOf("\r\n\r\n");
			int at = blank >= 0 ? blank + 2 : crBlank >= 0 ? crBlank + 4 : -1;
			body = at >= 0 ? text.substring(at).strip() : null;
		}
		int mark = url.indexOf('?');
		String path = mark >= 0 ? url.substring(0, mark) : url.contains("=") && !url.contains("/") ? "" : url;
		String query = mark >= 0 ? url.substring(mark + 1) : url.contains("=") ? url : "";
		if (body != null && !body.isEmpty()) {
			query = query.isEmpty() ? body : query + "&" + body;
		}
		String resource = resource(path);
		boolean anyPair = false;
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			anyPair = true;
			String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).strip();
			String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
			String fhir = fhirKey(key, resource);
			if (fhir != null) {
				value = fhirValue(fhir, value);
				key = fhir;
			}
			for (Map.Entry<Integer, String> known : KEYS.entrySet()) {
				if (key.equalsIgnoreCase(known.getValue()) || key.equalsIgnoreCase(String.format("%08X", known.getKey()))) {
					key = known.getValue();
				}
			}
			if (KEYS.containsValue(key) && value != null && !value.isEmpty() && !keys.containsKey(key)) {
				keys.put(key, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
			}
		}
		if (!anyPair) {
			throw new IllegalArgumentException("not a query");
		}
		return keys;
	}

	/** The resource a FHIR search is on: "Observation" of "test.fhir.org/r4/Observation/_search"; null if none. */
	private static String resource(String path) {
		String[] parts = path.split("/");
		for (int i = parts.length - 1; i >= 0; i--) {
			if (!parts[i].isEmpty() && !parts[i].startsWith("_")) {
				return Character.isUpperCase(parts[i].charAt(0)) ? parts[i] : null;
			}
		}
		return null;
	}

	/** The query key a FHIR search parameter names the patient by, or null for other parameters. */
	private static String fhirKey(String key, String resource) {
		String k = key.toLowerCase(java.util.Locale.ROOT);
		boolean onPatient = resource == null || resource.equals("Patient");
		if (k.equals("patient") || k.equals("subject") || k.startsWith("patient:") || k.startsWith("subject:")
				|| k.startsWith("patient.") || k.startsWith("subject.")) {
			return "PatientID";
		}
		if (onPatient && (k.equals("identifier") || k.equals("_id"))) {
			return "PatientID";
		}
		if (onPatient && (k.equals("family") || k.equals("name"))) {
			return "PatientName";
		}
		if (onPatient && k.equals("birthdate")) {
			return "PatientBirthDate";
		}
		return null;
	}

	/** "12345" of "Patient/12345" and of the token "urn:oid:2.16.840.1.113883.2.1.4.1|12345"; null for a list. */
	private static String fhirValue(String key, String value) {
		if (!key.equals("PatientID")) {
			return value;
		}
		if (value.contains(",")) {
			return null;
		}
		String v = value.substring(value.lastIndexOf('|') + 1);
		return v.startsWith("Patient/") ? v.substring("Patient/".length()) : v;
	}
}
