package org.custodian.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;

/**
 * One move of a patient the PAS reported: admitted to a location (ADT A01), transferred to another (A02), or
 * discharged from it (A03). The location is PV1-3's point of care as the PAS codes it (a ward, "W12"); the
 * trust's location list says which department it belongs to. The staff of the ward a patient is on have a reason
 * to look at the patient's images that no RIS records.
 *
 * @param patientId the patient as the PAS named them (a CX); the store keeps the key under the identifier policy
 * @param location  where the patient went, or where they left on a discharge
 * @param time      when it happened (PV1-44 or PV1-45, else EVN-6, EVN-2, MSH-7)
 * @param event     A01, A02 or A03
 */
public record PatientMovement(String patientId, String location, Instant time, String event) {
	public static final String ADMIT = "A01";
	public static final String TRANSFER = "A02";
	public static final String DISCHARGE = "A03";

	public PatientMovement {
		Objects.requireNonNull(patientId, "patientId");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(event, "event");
	}

	public boolean discharge() {
		return DISCHARGE.equals(event);
	}

	/** SHA-256 of every field: the same message loaded twice stores the move once. */
	public byte[] contentHash() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Object f : new Object[] { patientId, location, time, event }) {
				sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return sha.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
