package org.custodian.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the RIS/worklist feed: a reason for someone to look at a patient's images. A user has a care
 * relationship with the patient when they referred, reported, are on the MDT list or hold the teleradiology
 * assignment, or work in the department the study belongs to.
 *
 * @param mdtList members of the multidisciplinary team meeting that listed the patient, separated by ';'
 */
public record CareRelationship(String patientId, String accession, String referrer, String reporter,
		String department, String mdtList, String teleradiology, LocalDate studyDate) {

	public CareRelationship {
		Objects.requireNonNull(patientId, "patientId");
	}

	/** SHA-256 of every field: loading the same feed twice stores each line once. */
	public byte[] contentHash() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Object f : new Object[] { patientId, accession, referrer, reporter, department, mdtList,
					teleradiology, studyDate }) {
				sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return sha.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
