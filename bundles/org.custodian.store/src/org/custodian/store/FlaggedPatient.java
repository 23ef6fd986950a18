package org.custodian.store;

import java.util.Objects;

/** A patient the trust watches more closely (a VIP, a member of staff's relative who asked, a press case). */
public record FlaggedPatient(String patientId, String category, String reason) {
	public FlaggedPatient {
		Objects.requireNonNull(patientId, "patientId");
	}
}
