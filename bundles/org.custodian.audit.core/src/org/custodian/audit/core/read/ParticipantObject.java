package org.custodian.audit.core.read;

/** One ParticipantObjectIdentification of an audit message: a patient, a study, a query, a report... */
final class ParticipantObject {
	static final String STUDY_UID = "110180";
	static final String PATIENT_NUMBER = "2";

	String id;
	Integer typeCode;
	Integer role;
	String idTypeCode;
	String name;
	/** ParticipantObjectQuery as written (base64), null if none. */
	String query;
	long instances;
	/** What a FHIR entity that is neither patient nor study points to ("Observation/123"), else null. */
	String reference;
	Boolean encrypted;

	/** Type 1 (person) role 1 (patient); or, when both are absent, an ID of type 2 (patient number). */
	boolean isPatient() {
		if (id == null || id.isBlank()) {
			return false;
		}
		if (typeCode != null || role != null) {
			return Integer.valueOf(1).equals(typeCode) && Integer.valueOf(1).equals(role);
		}
		return PATIENT_NUMBER.equals(idTypeCode);
	}

	boolean isStudy() {
		return STUDY_UID.equals(idTypeCode) && id != null && !id.isBlank();
	}
}
