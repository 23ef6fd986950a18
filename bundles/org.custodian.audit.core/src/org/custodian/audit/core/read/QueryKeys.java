package org.custodian.audit.core.read;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The keys of a query as audited in ParticipantObjectQuery: base64 of the C-FIND identifier, a DICOM data
 * set in implicit or explicit VR little endian (or, from some web servers, a QIDO-RS query string). A small
 * tag walker reads the top-level attributes that say whom and what was searched; sequences are skipped.
 * No DICOM toolkit is needed for this.
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
			return fromQueryString(new String(bytes, StandardCharsets.UTF_8));
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

	/** "PatientID=123&00100010=DOE*" as sent to a QIDO-RS service. */
	private static Map<String, String> fromQueryString(String text) {
		Map<String, String> keys = new LinkedHashMap<>();
		String query = text.contains("?") ? text.substring(text.indexOf('?') + 1) : text;
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).strip();
			String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
			for (Map.Entry<Integer, String> known : KEYS.entrySet()) {
				if (key.equalsIgnoreCase(known.getValue()) || key.equalsIgnoreCase(String.format("%08X", known.getKey()))) {
					key = known.getValue();
				}
			}
			if (KEYS.containsValue(key) && !value.isEmpty()) {
				keys.put(key, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
			}
		}
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("not a query");
		}
		return keys;
	}
}
