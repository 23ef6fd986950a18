package org.custodian.audit.core.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.custodian.store.ReferenceStore;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;

/**
 * The one way the console asks whether the feeds explain an access: a patient's care lines and movements, read
 * once and kept for a while (the rules, the grid's class column and the explained share ask about the same
 * patients again and again), and the trust's location list, read once.
 */
public final class CareLookup {
	private static final int CACHE = 10_000;

	private final ReferenceStore references;
	private final Locations locations;
	private final Map<String, PatientCare> cache = new LinkedHashMap<>(1024, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PatientCare> eldest) {
			return size() > CACHE;
		}
	};

	public CareLookup(ReferenceStore references, Locations locations) {
		this.references = references;
		this.locations = locations;
	}

	/** The store's feeds with the location list the trust loaded. */
	public static CareLookup of(Store store) {
		return new CareLookup(store.references(), Locations.read(store.alerts().setting(Locations.SETTING)));
	}

	public Locations locations() {
		return locations;
	}

	/** What the feeds say of the patient (their key under the identifier policy, or the identifier as written). */
	public synchronized PatientCare of(String patientKey) {
		if (patientKey == null) {
			return PatientCare.NONE;
		}
		return cache.computeIfAbsent(patientKey,
				k -> new PatientCare(references.care(k), references.movements(k)));
	}

	/** The feeds' care for the event's patient. */
	public PatientCare of(StoredEvent se) {
		return of(se.patientKey() != null ? se.patientKey() : se.event().patientId());
	}

	/** The explanation of a person's access in words, or empty (see {@link CareExplanation}). */
	public Optional<String> explain(StoredEvent se, Directory directory) {
		return CareExplanation.explain(se.event(), of(se), locations, directory);
	}
}
