package org.custodian.audit.core.review;

import java.util.Map;

/** DICOM CID 400 audit event IDs in words, as the guardian reads them. */
public final class EventNames {
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

	/** What the event did to the patient's data, for timelines: "viewed images", "exported to media". */
	public static String action(String code, String action) {
		return switch (code) {
		case "110103" -> switch (action == null ? "" : action) {
			case "C" -> "created images";
			case "U" -> "changed images";
			case "D" -> "deleted images";
			default -> "opened images";
			};
		case "110104" -> "viewed images";
		case "110105" -> "deleted the study";
		case "110106" -> "exported to media";
		case "110107" -> "imported images";
		case "110110" -> "opened the patient record";
		case "110112" -> "searched the archive";
		case "110114" -> "signed in or out";
		default -> describe(code).toLowerCase(java.util.Locale.ROOT);
		};
	}

	public static String describe(String code) {
		String name = NAMES.get(code);
		return name == null ? code : name + " (" + code + ")";
	}
}
