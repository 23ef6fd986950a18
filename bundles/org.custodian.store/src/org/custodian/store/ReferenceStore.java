package org.custodian.store;

import java.util.List;

/**
 * The reference feeds the access rules read: care relationships (many), the PAS's patient movements (many) and
 * flagged patients (few).
 */
public interface ReferenceStore {

	/** Adds a batch of care relationships in one transaction; returns how many were new. */
	int addCare(List<CareRelationship> batch);

	/** Every care relationship recorded for the patient. */
	List<CareRelationship> care(String patientId);

	long careCount();

	/** Adds a batch of admissions, transfers and discharges in one transaction; returns how many were new. */
	int addMovements(List<PatientMovement> batch);

	/** Every movement recorded for the patient, under any of their identifiers, oldest first. */
	List<PatientMovement> movements(String patientId);

	/** Replaces the flagged-patient list with this one, in one transaction. */
	void replaceFlags(List<FlaggedPatient> flags);

	List<FlaggedPatient> flags();
}
