package org.custodian.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the trust's PAS or master patient index says of a patient (HL7 v2 ADT PID and NK1, or its CSV
 * export): every identifier the patient is known by, and the details the person rules compare with the staff
 * directory. Held in the encrypted database like the rest; anything unknown is null.
 *
 * @param identifiers every identifier of PID-3 (and the NHS number where the feed gives it apart), at least one
 * @param nextOfKin   the next of kin's name as the feed writes it, or null
 * @param nextOfKinPhone the next of kin's telephone number, or null
 * @param nextOfKinAddress the next of kin's address, or null
 */
public record PatientDemographics(List<PatientIdentifier> identifiers, String familyName, String givenName,
		LocalDate birthDate, String sex, String address, String postcode, String phone, String nextOfKin,
		String nextOfKinPhone, String nextOfKinAddress) {

	public PatientDemographics {
		Objects.requireNonNull(identifiers, "identifiers");
		if (identifiers.isEmpty()) {
			throw new IllegalArgumentException("a patient needs at least one identifier");
		}
		identifiers = List.copyOf(identifiers);
	}

	/** The NHS number among the identifiers, or null. */
	public String nhsNumber() {
		return identifiers.stream().filter(PatientIdentifier::isNhsNumber).map(PatientIdentifier::id).findFirst()
				.orElse(null);
	}
}
