package org.custodian.audit.core.rules;

import java.util.Set;

import org.custodian.store.AccessEvent;

/** Which events are a look at a patient's images or record, as opposed to log-ins, node starts and the like. */
public final class PatientAccess {
	/** Instances accessed, transferred (viewing), export, patient record, query. */
	private static final Set<String> CODES = Set.of("110103", "110104", "110106", "110110", "110112");

	private PatientAccess() {
	}

	/** True for a successful access that names a patient (viewing, query, export, ...): what the person rules judge. */
	public static boolean is(AccessEvent e) {
		return e.patientId() != null && CODES.contains(e.eventCode()) && e.outcome() == 0;
	}

	/** The family name of a DICOM person name (FAMILY^GIVEN^...), or of "Given Family". */
	static String familyName(String personName) {
		if (personName == null || personName.isBlank()) {
			return null;
		}
		if (personName.contains("^")) {
			return personName.substring(0, personName.indexOf('^')).strip();
		}
		String[] words = personName.strip().split("\\s+");
		return words[words.length - 1];
	}

	/** The given name of a DICOM person name, or null. */
	static String givenName(String personName) {
		if (personName == null || !personName.contains("^")) {
			return null;
		}
		String rest = personName.substring(personName.indexOf('^') + 1);
		int caret = rest.indexOf('^');
		return (caret >= 0 ? rest.substring(0, caret) : rest).strip();
	}
}
