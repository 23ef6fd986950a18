package org.custodian.audit.core.read;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.custodian.audit.core.rules.EventNames;
import org.custodian.store.AccessEvent;

/**
 * The parts of one audit message that investigations use, as parsed, and how they read as
 * {@link AccessEvent}s: one per patient named (an export of three patients' studies is an access to each).
 */
final class AuditMessage {
	private static final String EXPORT = "110106";
	private static final String TRANSFERRED = "110104";
	private static final String BEGIN_TRANSFER = "110102";
	private static final String DESTINATION_MEDIA = "110154";
	private static final String TO_MEDIA = "to ";
	private static final String DESTINATION = "110152";

	String eventCode;
	String action;
	Instant time;
	int outcome;
	String eventType;
	String sourceId;
	final List<ActiveParticipant> participants = new ArrayList<>();
	final List<ParticipantObject> objects = new ArrayList<>();
	/** What the reader has to say about the message (a time without offset, the FHIR resource id...). */
	final List<String> notes = new ArrayList<>();

	List<AccessEvent> toAccessEvents() {
		User user = user();
		List<ParticipantObject> studies = objects.stream().filter(ParticipantObject::isStudy).toList();
		Map<String, ParticipantObject> patients = new LinkedHashMap<>();
		for (ParticipantObject o : objects) {
			if (o.isPatient()) {
				patients.putIfAbsent(o.id.strip(), o);
			}
		}
		List<String> details = details(studies);
		Map<String, String> keys = queryKeys(details);
		String studyUid = studies.isEmpty() ? null : studies.get(0).id;
		if (patients.isEmpty()) {
			// some servers put no patient on a query (110112): the query keys say whom it was about
			return List.of(event(user, wanted(keys.get("PatientID")), wanted(keys.get("PatientName")), studyUid,
					details));
		}
		if (patients.size() == 1) {
			ParticipantObject p = patients.values().iterator().next();
			return List.of(event(user, p.id.strip(), p.name, studyUid, details));
		}
		// studies are not tied to patients in the message: name none rather than a wrong one
		List<AccessEvent> events = new ArrayList<>(patients.size());
		int i = 1;
		for (ParticipantObject p : patients.values()) {
			List<String> these = new ArrayList<>(details);
			these.add("patient " + i++ + " of " + patients.size());
			events.add(event(user, p.id.strip(), p.name, null, these));
		}
		return events;
	}

	private AccessEvent event(User user, String patientId, String patientName, String studyUid,
			List<String> details) {
		return new AccessEvent(time, eventCode, action, outcome, eventType, user.id, user.name, user.host, patientId,
				patientName, studyUid, sourceId, details.isEmpty() ? null : String.join("; ", details));
	}

	/** Who acted, by the rules in {@link #user()}. */
	private record User(String id, String name, String host) {
	}

	/**
	 * Who acted (PS3.15 A.5.1, IHE ATNA): the person among the participants, the one flagged UserIsRequestor
	 * first (a person listed beside a flagged process, as in query audits, is still the person who asked). A
	 * service endpoint named by URI (the archive's own request URI) and the audit source itself are never the user.
	 * When no person is named, the requesting machine stands in under its AE title or application id; its
	 * address stays in the host field.
	 */
	private User user() {
		List<ActiveParticipant> candidates = participants.stream().filter(p -> !p.isEndpoint() && !p.media).toList();
		ActiveParticipant person = null;
		for (ActiveParticipant p : candidates) {
			if (p.isPerson() && (person == null || (p.requestor && !person.requestor))) {
				person = p;
			}
		}
		List<ActiveParticipant> machines = candidates.stream().filter(p -> !p.isPerson()).toList();
		ActiveParticipant requestingMachine = first(machines, p -> p.requestor);
		List<ActiveParticipant> others = machines.stream().filter(p -> !isAuditSource(p)).toList();
		ActiveParticipant machine = first(others, p -> p.requestor);
		if (machine == null) {
			machine = first(others, ActiveParticipant::isSource);
		}
		if (machine == null) {
			machine = first(machines, p -> p.requestor);
		}
		if (machine == null && !others.isEmpty()) {
			machine = others.get(0);
		}
		if (machine == null && !machines.isEmpty()) {
			machine = machines.get(0);
		}
		if (person != null) {
			// a person without an address used the requesting machine (never the server that wrote the log)
			// (the requesting machine, else the machine the request came from: role Source, as BALP's client agent)
			ActiveParticipant from = requestingMachine != null ? requestingMachine
					: first(others, ActiveParticipant::isSource);
			String host = person.host() != null ? person.host() : from != null ? from.host() : null;
			return new User(person.userId, person.userName, host);
		}
		if (machine != null) {
			return new User(machine.machineName(), machine.userName, machine.host());
		}
		return new User(null, null, null);
	}

	/** The archive that wrote the message, taking part as itself (its AuditSourceID as UserID). */
	private boolean isAuditSource(ActiveParticipant p) {
		return sourceId != null && p.userId != null && p.userId.equalsIgnoreCase(sourceId);
	}

	private static ActiveParticipant first(List<ActiveParticipant> list,
			java.util.function.Predicate<ActiveParticipant> test) {
		return list.stream().filter(test).findFirst().orElse(null);
	}

	private List<String> details(List<ParticipantObject> studies) {
		List<String> details = new ArrayList<>();
		long instances = objects.stream().mapToLong(o -> o.instances).sum();
		if (instances > 0) {
			details.add(instances + (instances == 1 ? " instance" : " instances")
					+ (studies.size() > 1 ? " in " + studies.size() + " studies" : ""));
		} else if (studies.size() > 1) {
			details.add(studies.size() + " studies");
		}
		if (EXPORT.equals(eventCode)) {
			ActiveParticipant medium = participants.stream()
					.filter(p -> p.media || p.roleCodes.contains(DESTINATION_MEDIA)).findFirst().orElse(null);
			if (medium != null) {
				details.add(TO_MEDIA + (medium.userId != null ? medium.userId : "removable media"));
			} else {
				// an export to a system or person outside (PS3.15 110106 without a medium, BALP disclosure)
				participants.stream()
						.filter(p -> !p.requestor && p.userId != null && p.roleCodes.contains(DESTINATION))
						.findFirst().ifPresent(p -> details.add(EventNames.DISCLOSED + " to " + p.userId));
			}
		}
		if ((TRANSFERRED.equals(eventCode) || BEGIN_TRANSFER.equals(eventCode)) && (action == null || "R".equals(action))) {
			// instances pushed to another system (a C-MOVE to a third party, an export; begun, 110102, and done,
			// 110104): where they went, so that a
			// transfer out of the trust can be matched to its agreement; a viewer that pulls (the requestor as the
			// destination) and the archive storing what it received are not named
			participants.stream()
					.filter(p -> p.roleCodes.contains(DESTINATION) && !p.requestor && !p.isEndpoint() && !p.isPerson()
							&& p.machineName() != null && !isAuditSource(p))
					.findFirst().ifPresent(p -> details.add(EventNames.SENT_TO + p.machineName()
							+ (p.host() != null && !p.host().equalsIgnoreCase(p.machineName()) ? " at " + p.host() : "")));
		}
		objects.stream().filter(o -> o.encrypted != null).findFirst()
				.ifPresent(o -> details.add(o.encrypted ? "encrypted" : "not encrypted"));
		details.addAll(notes);
		return details;
	}

	/** Decodes the first query in the message into the details; returns its keys (empty when none). */
	private Map<String, String> queryKeys(List<String> details) {
		for (ParticipantObject o : objects) {
			if (o.query == null) {
				continue;
			}
			Map<String, String> keys;
			try {
				keys = QueryKeys.decode(o.query);
			} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
				details.add("query keys could not be decoded");
				return Map.of();
			}
			String level = keys.get("QueryRetrieveLevel");
			String named = keys.entrySet().stream().filter(k -> !k.getKey().equals("QueryRetrieveLevel"))
					.map(k -> k.getKey() + "=" + k.getValue()).collect(Collectors.joining(", "));
			details.add("query" + (level != null ? " at " + level + " level" : "") + (named.isEmpty() ? "" : ": " + named));
			return keys;
		}
		return Map.of();
	}

	/** A query key names one patient only when it has no wildcard. */
	private static String wanted(String key) {
		return key == null || key.contains("*") || key.contains("?") ? null : key;
	}
}
