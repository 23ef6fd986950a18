package org.custodian.audit.core.rules;

import java.util.List;

import org.custodian.store.CareRelationship;
import org.custodian.store.PatientMovement;

/**
 * What the feeds say of one patient that can explain a look at their images: the RIS's care lines and the PAS's
 * admissions, transfers and discharges (oldest first).
 */
public record PatientCare(List<CareRelationship> lines, List<PatientMovement> movements) {
	public static final PatientCare NONE = new PatientCare(List.of(), List.of());

	public PatientCare {
		lines = List.copyOf(lines);
		movements = List.copyOf(movements);
	}
}
