package org.custodian.audit.ui;

import java.util.Map;

/** DICOM CID 400 audit event IDs in words, as the guardian reads them. */
final class EventNames {
	private static final Map<String, String> NAMES = Map.ofEntries(
			Map.entry("110100", "Application activity"),
			Map.entry("110101", "Audit log used"),
			Map.entry("110102", "Begin transferring"),
			Map.entry("110103", "Instances accessed"),
			Map.entry("110104", "Instances transferred"),
			Map.entry("110105", "Study deleted"),
			Map.entry("110106", "Export"),
			Map.entry("110107", "Import"),
			Map.entry("110108", "Network entry"),
			Map.entry("110110", "Patient record"),
			Map.entry("110112", "Query"),
			Map.entry("110113", "Security alert"),
			Map.entry("110114", "User authentication"));

	private EventNames() {
	}

	static String describe(String code) {
		String name = NAMES.get(code);
		return name == null ? code : name + " (" + code + ")";
	}
}
