package org.custodian.audit.core.feeds.hl7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custodian.store.CareRelationship;
import org.custodian.store.IdentifierPolicy;
import org.custodian.store.PatientDemographics;
import org.custodian.store.PatientIdentifier;
import org.custodian.store.PatientRegistry;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.StoreException;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.PipeParser;

/**
 * Takes one HL7 v2 message from the PAS or the RIS, records what it says and answers it as HL7 v2's original
 * acknowledgement mode asks: AA when it was recorded; AR when the message cannot be read or is of a type or event
 * the console does not take (the sender should not send it again); AE when it was read but a segment or field it
 * needs is missing or wrong (ERR names them). Nothing of a refused message is recorded.
 * <ul>
 * <li>ADT A01, A04, A08, A28, A31: the patient's identifiers, name, birth date, sex, address, telephone and next of
 * kin, linked in the crosswalk;</li>
 * <li>ADT A01, A02, A03: also where the patient is (see {@link Movements}): admitted to, transferred to or discharged
 * from the PV1-3 location;</li>
 * <li>ADT A40: the prior patient's identifiers (MRG-1) move to the surviving patient (PID-3);</li>
 * <li>ORM^O01, OMI^O23, ORU^R01: care relationships (see {@link OrderSegments}).</li>
 * </ul>
 * The file loader and the MLLP listener both hand every message here.
 */
public final class Hl7Feed {
	/** The message types and events taken. */
	public static final Map<String, Set<String>> TAKEN = Map.of("ADT",
			Set.of("A01", "A02", "A03", "A04", "A08", "A28", "A31", "A40"),
			"ORM", Set.of("O01"), "OMI", Set.of("O23"), "ORU", Set.of("R01"));
	/** The department that performs what the RIS orders, unless the trust says otherwise. */
	public static final String DEFAULT_PERFORMING_DEPARTMENT = "Radiology";

	/**
	 * What became of one message.
	 *
	 * @param code      AA, AE or AR
	 * @param ack       the acknowledgement, encoded, to send back
	 * @param event     MSH-9 as sent ("ADT^A04"), or null when it could not be read
	 * @param controlId MSH-10, or null
	 * @param added     patients recorded (new or updated), identifiers merged, or care lines added (new ones)
	 * @param problem   why it was refused, naming the segment and field; null when accepted
	 * @param field     the segment and field concerned ("PID-7"), or null
	 * @param warnings  accepted with remarks (an assigning authority the trust did not name, a merge of an unknown
	 *                  patient)
	 */
	public record Outcome(String code, String ack, String event, String controlId, int added, String problem,
			String field, List<String> warnings) {
		public boolean accepted() {
			return "AA".equals(code);
		}
	}

	private final Store store;
	private final String performing;
	private final PipeParser parser = Hl7Parsing.parser();

	/** @param performing the department that performs every order the RIS sends, or null */
	public Hl7Feed(Store store, String performing) {
		store.require(Permission.CHANGE_ACCESS);
		this.store = store;
		this.performing = performing == null || performing.isBlank() ? null : performing.strip();
	}

	/** Reads, records and answers one message (segments separated by CR). */
	public Outcome accept(String text) {
		return accept(text, null);
	}

	/**
	 * As {@link #accept(String)}, but the care lines of an order or result are added to {@code deferred} for the
	 * caller to {@link #store} with others (a file's messages, a few thousand lines a transaction), not stored now.
	 */
	synchronized Outcome accept(String text, List<CareRelationship> deferred) {
		Message message;
		try {
			message = parser.parse(text);
		} catch (HL7Exception | RuntimeException e) {
			String reason = "it is not an HL7 v2 message HAPI can read: " + e.getMessage();
			return new Outcome("AR", Hl7Parsing.reject(text, reason), null, null, 0, reason, "MSH", List.of());
		}
		String event = null;
		String control = null;
		try {
			Segment msh = (Segment) message.get("MSH");
			String type = Hl7Parsing.value(msh, 9, 1);
			String trigger = Hl7Parsing.value(msh, 9, 2);
			event = type + "^" + trigger;
			control = Hl7Parsing.value(msh, 10, 1);
			if (!TAKEN.containsKey(type)) {
				throw PatientSegments.error(ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "MSH", 9, "message type " + type
						+ " is not one the console takes (" + String.join(", ", TAKEN.keySet().stream().sorted().toList()) + ")");
			}
			if (!TAKEN.get(type).contains(trigger)) {
				throw PatientSegments.error(ErrorCode.UNSUPPORTED_EVENT_CODE, "MSH", 9, "event " + event
						+ " is not one the console takes (" + type + " " + String.join(", ", TAKEN.get(type).stream().sorted().toList()) + ")");
			}
			List<String> warnings = new ArrayList<>();
			LocalDate sent = PatientSegments.date(msh, 7);
			int added = record(type, trigger, Hl7Parsing.segments(message), sent, warnings, deferred);
			return new Outcome("AA", Hl7Parsing.acknowledge(message, AcknowledgmentCode.AA, null), event, control, added,
					null, null, warnings);
		} catch (HL7Exception e) {
			boolean reject = e.getError() == ErrorCode.UNSUPPORTED_MESSAGE_TYPE || e.getError() == ErrorCode.UNSUPPORTED_EVENT_CODE;
			return refused(text, message, reject ? AcknowledgmentCode.AR : AcknowledgmentCode.AE, e, event, control);
		} catch (StoreException e) {
			HL7Exception error = new HL7Exception("the message could not be stored: " + e.getMessage(),
					ErrorCode.APPLICATION_INTERNAL_ERROR);
			return refused(text, message, AcknowledgmentCode.AE, error, event, control);
		}
	}

	private Outcome refused(String text, Message message, AcknowledgmentCode code, HL7Exception e, String event,
			String control) {
		String field = e.getLocation() == null || e.getLocation().getSegmentName() == null ? null
				: e.getLocation().getSegmentName() + (e.getLocation().getField() > 0 ? "-" + e.getLocation().getField() : "");
		String ack;
		try {
			ack = Hl7Parsing.acknowledge(message, code, e);
		} catch (HL7Exception again) {
			// HAPI read the message but cannot answer through its structure: answer from the text, same code
			ack = Hl7Parsing.answer(text, code, e);
		}
		return new Outcome(code.name(), ack, event, control, 0, e.getMessageWithoutLocation(), field, List.of());
	}

	private int record(String type, String trigger, List<Segment> segments, LocalDate sent, List<String> warnings,
			List<CareRelationship> deferred) throws HL7Exception {
		Segment pid = first(segments, "PID", 0);
		if (pid == null) {
			throw PatientSegments.error(ErrorCode.SEGMENT_SEQUENCE_ERROR, "PID", 1,
					"is missing: the message names no patient");
		}
		PatientRegistry patients = store.patients();
		if (type.equals("ADT") && trigger.equals("A40")) {
			return merge(segments, patients, warnings);
		}
		if (type.equals("ADT")) {
			PatientDemographics d = PatientSegments.read(pid, first(segments, "NK1", segments.indexOf(pid)), warnings);
			unknownAuthorities(d.identifiers(), patients.policy(), warnings);
			// read before anything is recorded: a movement the message cannot give refuses the whole message
			var movement = Movements.read(trigger, segments, local(d.identifiers(), patients.policy()), zone());
			patients.record(d);
			if (movement != null) {
				store.references().addMovements(List.of(movement));
			}
			return 1;
		}
		List<PatientIdentifier> ids = PatientSegments.identifiers(pid);
		if (ids.isEmpty()) {
			throw PatientSegments.error(ErrorCode.REQUIRED_FIELD_MISSING, "PID", 3, "holds no patient identifier");
		}
		IdentifierPolicy policy = patients.policy();
		PatientIdentifier patient = local(ids, policy);
		unknownAuthorities(List.of(patient), policy, warnings);
		List<CareRelationship> care = OrderSegments.read(segments, patient.toCx(), performing, sent);
		if (deferred != null) {
			deferred.addAll(care);
			return 0;
		}
		return care.isEmpty() ? 0 : store.references().addCare(care);
	}

	/** The hospital number where the feed gives it, as the trail mostly does; the crosswalk links the rest. */
	private static PatientIdentifier local(List<PatientIdentifier> ids, IdentifierPolicy policy) {
		return ids.stream().filter(policy::isLocal).findFirst()
				.orElse(ids.stream().filter(policy::isKnown).findFirst().orElse(ids.get(0)));
	}

	/** The trust's zone, in which a PAS's times without an offset are read. */
	private java.time.ZoneId zone() {
		return org.custodian.audit.core.rules.RuleSettings.read(
				store.alerts().setting(org.custodian.audit.core.rules.RuleSettings.SETTING)).zone();
	}

	/** Stores deferred care lines in one transaction; returns how many were new. */
	synchronized int store(List<CareRelationship> care) {
		return care.isEmpty() ? 0 : store.references().addCare(care);
	}

	/** ADT A40: each PID (the survivor) and the MRG after it (the identifiers that merge into it). */
	private int merge(List<Segment> segments, PatientRegistry patients, List<String> warnings) throws HL7Exception {
		int merged = 0;
		for (int i = 0; i < segments.size(); i++) {
			if (!segments.get(i).getName().equals("PID")) {
				continue;
			}
			Segment pid = segments.get(i);
			Segment mrg = first(segments, "MRG", i);
			List<PatientIdentifier> survivors = PatientSegments.identifiers(pid);
			if (survivors.isEmpty()) {
				throw PatientSegments.error(ErrorCode.REQUIRED_FIELD_MISSING, "PID", 3, "holds no surviving patient's identifier");
			}
			List<PatientIdentifier> priors = mrg == null ? List.of() : PatientSegments.cx(mrg, 1);
			if (priors.isEmpty()) {
				throw PatientSegments.error(ErrorCode.REQUIRED_FIELD_MISSING, "MRG", 1,
						"holds no prior patient identifier: a merge needs the identifier that goes");
			}
			for (PatientIdentifier prior : priors) {
				PatientIdentifier survivor = survivors.stream().filter(s -> same(s.authority(), prior.authority()))
						.findFirst().orElse(survivors.get(0));
				if (patients.merge(survivor, prior)) {
					merged++;
				} else {
					warnings.add("MRG-1 " + prior.toCx() + " is not a patient the feed recorded: nothing to move");
				}
			}
			if (Hl7Parsing.value(pid, 5, 1) != null) {
				patients.record(PatientSegments.read(pid, null, warnings));
			}
		}
		return merged;
	}

	private static void unknownAuthorities(List<PatientIdentifier> ids, IdentifierPolicy policy, List<String> warnings) {
		for (PatientIdentifier id : ids) {
			if (!policy.isKnown(id)) {
				warnings.add("PID-3 the assigning authority " + id.authorityName()
						+ " is not one the trust named (the identifier was kept as that authority's)");
			}
		}
	}

	/** The first segment of that name after index {@code from}, before the next PID; null if none. */
	private static Segment first(List<Segment> segments, String name, int from) {
		for (int i = from; i < segments.size(); i++) {
			Segment s = segments.get(i);
			if (i > from && s.getName().equals("PID") && !name.equals("PID")) {
				return null;
			}
			if (s.getName().equals(name)) {
				return s;
			}
		}
		return null;
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equalsIgnoreCase(b);
	}
}
