package org.custodian.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One patient, whatever identifier a source uses: the trust's {@link IdentifierPolicy}, the key every
 * stored patient identifier is compared by, and the crosswalk from the demographics feed that links a
 * patient's keys (hospital number, NHS number, other trusts' numbers) to one person.
 * <p>
 * Events keep the identifier as the source wrote it and are found by its key; changing the policy rekeys
 * what is stored, so events imported before still match.
 */
public interface PatientRegistry {

	IdentifierPolicy policy();

	/**
	 * Sets the trust's policy and rekeys the stored events, care relationships, flags and crosswalk by it (in
	 * batches). Needs {@link Permission#CHANGE_ACCESS}. Returns how many stored identifiers changed key.
	 */
	long setPolicy(IdentifierPolicy policy);

	/** The key of a raw identifier under the current policy; null when it holds none. */
	default String key(String raw) {
		return policy().key(raw);
	}

	/**
	 * Every key of the patient a raw identifier names: its own key, and the keys the crosswalk links to it.
	 * Empty when the value holds no identifier.
	 */
	Set<String> keysOf(String raw);

	/**
	 * Records a patient from the demographics feed: links every identifier to one person (the one any of them
	 * already names, else a new one) and replaces the stored details with these. Returns the person's id.
	 */
	long record(PatientDemographics patient);

	/**
	 * A merge (HL7 ADT A40): every identifier of the person {@code prior} names moves to the person
	 * {@code survivor} names, and the prior person's details are dropped. Returns false when {@code prior} is
	 * unknown (nothing to move); the survivor is recorded with no details when unknown.
	 */
	boolean merge(PatientIdentifier survivor, PatientIdentifier prior);

	/** What the demographics feed says of the patient a raw identifier names (through the crosswalk). */
	Optional<PatientDemographics> find(String raw);

	/** The patients with this family name and date of birth (and given name, when not null). */
	List<PatientDemographics> findByNameAndBirth(String familyName, String givenName, LocalDate birthDate);

	/** The NHS number linked to a raw identifier, or null: for showing beside the local number. */
	default String nhsNumber(String raw) {
		return find(raw).map(PatientDemographics::nhsNumber).orElseGet(() -> {
			String key = key(raw);
			return key != null && key.startsWith(IdentifierPolicy.NHS_PREFIX)
					? key.substring(IdentifierPolicy.NHS_PREFIX.length())
					: null;
		});
	}

	/** Number of patients the demographics feed recorded. */
	long count();

	/**
	 * How many recorded patients have each family name (upper case, as the feed spelled it): how common a
	 * surname is in the trust's own population, which a shared surname alone is weighed by.
	 */
	java.util.Map<String, Long> familyNameCounts();
}
