package org.custodian.audit.core.review;

import java.util.LinkedHashMap;
import java.util.Map;

import org.custodian.store.IdentifierPolicy;
import org.custodian.store.PatientRegistry;
import org.custodian.store.StoredEvent;

/**
 * The numbers a guardian knows a patient by, for grids, timelines and exports: the trust's hospital number and
 * the NHS number beside it, whichever of them (or another trust's number) the source wrote. The NHS number comes
 * from the event when the source used it, else from the demographics crosswalk, looked up once per patient: a
 * grid repaints the same patients again and again, and a lookup is a query. The cache is bounded.
 */
public final class PatientNumbers {
	private static final int CACHE = 5_000;
	private static final String NONE = "";

	private final PatientRegistry registry;
	private final Map<String, String> nhs = new LinkedHashMap<>(256, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > CACHE;
		}
	};

	public PatientNumbers(PatientRegistry registry) {
		this.registry = registry;
	}

	/** The hospital number the event's patient key stands for, or the key itself (an NHS or other trust's key). */
	public static String localNumber(StoredEvent e) {
		return e.patientKey() != null ? e.patientKey() : e.event().patientId();
	}

	/** The patient's NHS number, or null when neither the event nor the crosswalk gives one. */
	public synchronized String nhsNumber(StoredEvent e) {
		String key = e.patientKey();
		if (key == null) {
			return null;
		}
		if (key.startsWith(IdentifierPolicy.NHS_PREFIX)) {
			return key.substring(IdentifierPolicy.NHS_PREFIX.length());
		}
		String found = nhs.computeIfAbsent(key, k -> {
			String n = registry.nhsNumber(k);
			return n == null ? NONE : n;
		});
		return found.isEmpty() ? null : found;
	}
}
