package org.custodian.audit.core.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.custodian.store.IdentifierPolicy;
import org.custodian.store.PatientDemographics;
import org.custodian.store.PatientRegistry;
import org.custodian.store.StoredEvent;

/**
 * What the rules know of the patient an event names, whatever identifier the trail used: every key the
 * demographics crosswalk links to the event's key, the NHS number, and the PAS's details (name, date of birth,
 * address, phone, next of kin). Looked up once per patient in a run; without a registry (or a demographics feed)
 * only the event's own key is known.
 */
final class PatientFacts {
	private static final int CACHE = 20_000;
	private final PatientRegistry registry;
	private final Map<String, Optional<PatientDemographics>> demographics = lru();
	private final Map<String, Set<String>> keys = lru();

	PatientFacts(PatientRegistry registry) {
		this.registry = registry;
	}

	/** The event's key and every key linked to it. */
	Set<String> keys(StoredEvent e) {
		String key = e.patientKey();
		if (key == null) {
			return Set.of();
		}
		if (registry == null) {
			return Set.of(key);
		}
		return keys.computeIfAbsent(key, registry::keysOf);
	}

	Optional<PatientDemographics> demographics(StoredEvent e) {
		String key = e.patientKey();
		if (key == null || registry == null) {
			return Optional.empty();
		}
		return demographics.computeIfAbsent(key, registry::find);
	}

	private Map<String, Long> surnames;
	private long patients;

	/**
	 * The share of the trust's recorded patients with this family name (0 when none is recorded): read once per
	 * run, when a rule first asks.
	 */
	double surnameShare(String familyName) {
		if (registry == null || familyName == null) {
			return 0;
		}
		if (surnames == null) {
			surnames = registry.familyNameCounts();
			patients = surnames.values().stream().mapToLong(Long::longValue).sum();
		}
		return patients == 0 ? 0 : (double) surnames.getOrDefault(familyName.strip().toUpperCase(java.util.Locale.ROOT), 0L) / patients;
	}

	/** The patient's NHS number: from the trail's own identifier, else from the crosswalk; or null. */
	String nhsNumber(StoredEvent e) {
		for (String k : keys(e)) {
			if (k.startsWith(IdentifierPolicy.NHS_PREFIX)) {
				return k.substring(IdentifierPolicy.NHS_PREFIX.length());
			}
		}
		String fromPas = demographics(e).map(PatientDemographics::nhsNumber).orElse(null);
		if (fromPas != null) {
			return fromPas;
		}
		// some PACS use the NHS number itself as the patient ID, bare
		String key = e.patientKey();
		return key != null && key.matches("\\d{10}") ? key : null;
	}

	private static <V> Map<String, V> lru() {
		return new LinkedHashMap<>(256, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > CACHE;
			}
		};
	}
}
