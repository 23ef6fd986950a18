package org.custodian.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;

/**
 * One access to patient data as read from an audit trail (DESIGN.md "Data": access events are not EMF
 * objects, there are millions). Fields are those the investigation rules need; anything absent is null.
 *
 * @param time        when the event happened (EventDateTime, UTC)
 * @param eventCode   DICOM CID 400 event ID, e.g. "110104" (instances transferred = viewing)
 * @param action      EventActionCode C/R/U/D/E
 * @param outcome     EventOutcomeIndicator 0/4/8/12
 * @param eventType   first EventTypeCode, e.g. "110122" (login) or "110127" (break-glass), or null
 * @param userId      requesting user (UserID of the requestor), or the host when the server names no person
 * @param userName    display name of the requesting user, if given
 * @param host        NetworkAccessPointID of the requestor (address or host name)
 * @param patientId   patient identifier (participant object type 1 role 1, or decoded from query keys)
 * @param patientName patient name, if the message carried it
 * @param studyUid    first study instance UID (110180) named by the event
 * @param source      AuditSourceID of the system that wrote the trail
 * @param detail      a short free text, e.g. SOP class/instance counts or a query description
 */
public record AccessEvent(Instant time, String eventCode, String action, int outcome, String eventType,
		String userId, String userName, String host, String patientId, String patientName, String studyUid,
		String source, String detail) {

	/** Longest user identifier the event table keeps whole (V001__access_events.sql). */
	public static final int MAX_USER_ID = 128;
	/** Longest patient identifier the event table keeps whole (V003: a CX with its universal id and repetitions). */
	public static final int MAX_PATIENT_ID = 1000;
	/** Longest study instance UID the event table keeps whole (DICOM UIDs have at most 64 characters). */
	public static final int MAX_STUDY_UID = 64;

	public AccessEvent {
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(eventCode, "eventCode");
	}

	/**
	 * Why this event cannot be stored as it is, or null when it can. Free text longer than its column (a name, the
	 * detail) is cut to fit; an identifier cut short would name another patient or user, so it is refused.
	 */
	public String overlongIdentifier() {
		if (patientId != null && patientId.length() > MAX_PATIENT_ID) {
			return tooLong("patient identifier", patientId, MAX_PATIENT_ID);
		}
		if (userId != null && userId.length() > MAX_USER_ID) {
			return tooLong("user identifier", userId, MAX_USER_ID);
		}
		if (studyUid != null && studyUid.length() > MAX_STUDY_UID) {
			return tooLong("study UID", studyUid, MAX_STUDY_UID);
		}
		return null;
	}

	private static String tooLong(String what, String value, int max) {
		return "its " + what + " is " + String.format("%,d", value.length()) + " characters long; at most " + max
				+ " are kept";
	}

	/**
	 * SHA-256 over every field: the identity of the event for idempotent imports. The same event read
	 * from a file and again from syslog hashes the same, so it is stored once.
	 */
	public byte[] contentHash() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			Object[] fields = { time.toEpochMilli(), eventCode, action, outcome, eventType, userId, userName, host,
					patientId, patientName, studyUid, source, detail };
			for (Object f : fields) {
				sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return sha.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
