package org.custodian.audit.core.read;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.custodian.store.AccessEvent;

/**
 * The parts of one audit message that investigations use, as parsed, and how they read as
 * {@link AccessEvent}s: one per patient named (an export of three patients' studies is an access to each).
 */
final class AuditMessage {
	private static final String EXPORT = "110106";
	private static final String DESTINATION_MEDIA = "110154";

	String eventCode;
	String action;
	Instant time;
	int outcome;
	String eventType;
	String sourceId;
	final List<ActiveParticipant> participants = new ArrayList<>();
	final List<ParticipantObject> objects = new ArrayList<>();

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
	 * The requesting person: a participant that is not a machine, the one flagged UserIsRequestor first (a
	 * person listed beside a flagged process, as in query audits, is still the person who asked). When the
	 * message names no person, the flagged machine (else the first participant) stands in, named by its
	 * address, as servers that are not secured only know the remote host.
	 */
	private User user() {
		ActiveParticipant person = null;
		for (ActiveParticipant p : participants) {
			if (!p.isMachine() && (person == null || (p.requestor && !person.requestor))) {
				person = p;
			}
		}
		ActiveParticipant flagged = participants.stream().filter(p -> p.requestor).findFirst().orElse(null);
		if (person != null) {
			// a person without an address used the requesting machine (never the server that wrote the log)
			String host = person.networkAccessPointId != null ? person.networkAccessPointId
					: flagged != null ? flagged.networkAccessPointId : null;
			return new User(person.userId, person.userName, host);
		}
		ActiveParticipant machine = flagged != null ? flagged : participants.isEmpty() ? null : participants.get(0);
		if (machine != null) {
			return new User(machine.hostName(), machine.userName, machine.networkAccessPointId);
		}
		return new User(null, null, null);
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
			participants.stream().filter(p -> p.media || p.roleCodes.contains(DESTINATION_MEDIA)).findFirst()
					.ifPresent(p -> details.add("to " + (p.userId != null ? p.userId : "removable media")));
		}
		objects.stream().filter(o -> o.encrypted != null).findFirst()
				.ifPresent(o -> details.add(o.encrypted ? "encrypted" : "not encrypted"));
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
			details.add("query" + (level != null ? " at " + level + " level" : "") + ": "
					+ keys.entrySet().stream().filter(k -> !k.getKey().equals("QueryRetrieveLevel"))
							.map(k -> k.getKey() + "=" + k.getValue()).collect(Collectors.joining(", ")));
			return keys;
		}
		return Map.of();
	}

	/** A query key names one patient only when it has no wildcard. */
	private static String wanted(String key) {
		return key == null || key.contains("*") || key.contains("?") ? null : key;
	}
}
