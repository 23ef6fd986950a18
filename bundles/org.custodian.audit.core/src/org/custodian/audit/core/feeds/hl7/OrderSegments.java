package org.custodian.audit.core.feeds.hl7;

import static org.custodian.audit.core.feeds.hl7.Hl7Parsing.value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.custodian.store.CareRelationship;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;

/**
 * Reads the care relationships of a RIS order (ORM^O01, OMI^O23) or result (ORU^R01), one per requested
 * procedure (OBR), as HL7 v2.5.1 chapters 4 and 7 and IHE Radiology Scheduled Workflow place them:
 * <ul>
 * <li>who ordered it: ORC-12, else OBR-16 (XCN);</li>
 * <li>who reported it: OBR-32, the principal result interpreter (NDL, its person in subcomponents);</li>
 * <li>where the patient was: PV1-3's point of care (the ward or clinic), else PV1-10 (hospital service);</li>
 * <li>the accession: OBR-18 (IHE's place for it in ORM), else IPC-1 (OMI), else the filler then the placer order
 * number;</li>
 * <li>the study's date: OBR-7, else OBR-36, OBR-6, ORC-9, and last the message's own time.</li>
 * </ul>
 * Every procedure also belongs to the department that performs it, which the feed's settings name (all of a
 * RIS's orders are performed by imaging). A cancelled order (ORC-1 CA, OC, DC, CR, OD) explains nothing and adds
 * no line. People are kept as {@code ID^family^given^^^^^^authority}, which the rules match against the staff
 * directory's staff number, professional registration or name.
 */
final class OrderSegments {
	private static final Set<String> CANCELLED = Set.of("CA", "OC", "DC", "CR", "OD");

	/** One procedure as the segments describe it. */
	private static final class Procedure {
		Segment orc;
		Segment obr;
		Segment ipc;
	}

	private OrderSegments() {
	}

	/**
	 * The care lines of the message's procedures, for the patient {@code patientId}.
	 *
	 * @param performing the department that performs every procedure, or null
	 */
	static List<CareRelationship> read(List<Segment> segments, String patientId, String performing, LocalDate sent)
			throws HL7Exception {
		Segment pv1 = null;
		List<Procedure> procedures = new ArrayList<>();
		Procedure current = null;
		for (Segment s : segments) {
			switch (s.getName()) {
			case "PV1" -> pv1 = pv1 == null ? s : pv1;
			case "ORC" -> {
				current = new Procedure();
				current.orc = s;
				procedures.add(current);
			}
			case "OBR" -> {
				if (current == null || current.obr != null) {
					// ORU's ORC is optional, and one ORC may be followed by several OBR
					Procedure p = new Procedure();
					p.orc = current == null ? null : current.orc;
					current = p;
					procedures.add(current);
				}
				current.obr = s;
			}
			case "IPC" -> {
				if (current != null && current.ipc == null) {
					current.ipc = s;
				}
			}
			default -> {
				// other segments (OBX, NTE, TQ1, ...) say nothing of who may look
			}
			}
		}
		if (procedures.stream().noneMatch(p -> p.obr != null)) {
			throw PatientSegments.error(ErrorCode.SEGMENT_SEQUENCE_ERROR, "OBR", 1,
					"is missing: an order or result names its procedure in an OBR segment");
		}
		String ward = pv1 == null ? null : first(value(pv1, 3, 1), value(pv1, 10, 1));
		List<CareRelationship> care = new ArrayList<>();
		for (Procedure p : procedures) {
			if (p.obr == null || (p.orc != null && CANCELLED.contains(upper(value(p.orc, 1, 1))))) {
				continue;
			}
			String referrer = p.orc == null ? null : person(p.orc, 12);
			referrer = referrer != null ? referrer : person(p.obr, 16);
			String reporter = interpreter(p.obr);
			String accession = first(value(p.obr, 18, 1), p.ipc == null ? null : value(p.ipc, 1, 1),
					p.orc == null ? null : value(p.orc, 3, 1), value(p.obr, 3, 1),
					p.orc == null ? null : value(p.orc, 2, 1), value(p.obr, 2, 1));
			LocalDate date = firstDate(p, sent);
			if (ward != null) {
				care.add(new CareRelationship(patientId, accession, referrer, reporter, ward, null, null, date));
			}
			if (performing != null && !performing.equalsIgnoreCase(ward)) {
				care.add(new CareRelationship(patientId, accession, referrer, reporter, performing, null, null, date));
			}
			if (ward == null && performing == null) {
				care.add(new CareRelationship(patientId, accession, referrer, reporter, null, null, null, date));
			}
		}
		return care;
	}

	private static LocalDate firstDate(Procedure p, LocalDate sent) throws HL7Exception {
		for (int field : new int[] { 7, 36, 6 }) {
			LocalDate d = PatientSegments.date(p.obr, field);
			if (d != null) {
				return d;
			}
		}
		LocalDate d = p.orc == null ? null : PatientSegments.date(p.orc, 9);
		return d != null ? d : sent;
	}

	/** An XCN (ORC-12, OBR-16): ID^family^given^^^^^^assigning authority, or null when it names nobody. */
	private static String person(Segment s, int field) {
		return provider(value(s, field, 0, 1, 1), value(s, field, 0, 2, 1), value(s, field, 0, 3, 1),
				value(s, field, 0, 9, 1));
	}

	/**
	 * OBR-32 (NDL): its first component is a CNN, whose parts are subcomponents. Feeds that write it as an XCN
	 * (ID^family^given, as some UK Epic feeds do) are read as one.
	 */
	private static String interpreter(Segment obr) {
		if (value(obr, 32, 0, 1, 2) == null && value(obr, 32, 0, 2, 1) != null) {
			return person(obr, 32);
		}
		return provider(value(obr, 32, 0, 1, 1), value(obr, 32, 0, 1, 2), value(obr, 32, 0, 1, 3),
				value(obr, 32, 0, 1, 9));
	}

	private static String provider(String id, String family, String given, String authority) {
		if (id == null && family == null) {
			return null;
		}
		return nz(id) + "^" + nz(family) + "^" + nz(given) + "^^^^^^" + nz(authority);
	}

	private static String first(String... values) {
		for (String v : values) {
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	private static String nz(String v) {
		return v == null ? "" : v;
	}

	private static String upper(String v) {
		return v == null ? "" : v.toUpperCase(java.util.Locale.ROOT);
	}
}
