package org.custodian.audit.core.rules;

import java.util.Locale;
import java.util.Map;

import org.custodian.store.AccessEvent;

/**
 * DICOM CID 400 audit event IDs, CID 401 event types and EventActionCodes in words, as the guardian reads them.
 * Timelines, alerts and case packs word an event by {@link #action(AccessEvent)}, so all three say the same.
 */
public final class EventNames {
	/** Start of an export's detail when it went to a system or person rather than to media: a disclosure. */
	public static final String DISCLOSED = "disclosed";
	/** How the detail of a transfer (110104) names the system the instances were pushed to: "sent to AE at host". */
	public static final String SENT_TO = "sent to ";
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
			Map.entry("110109", "Order record"),
			Map.entry("110110", "Patient record"),
			Map.entry("110111", "Procedure record"),
			Map.entry("110112", "Query"),
			Map.entry("110113", "Security alert"),
			Map.entry("110114", "User authentication"));
	/** DICOM CID 401 event type codes, and the non-DICOM subtypes readers keep. */
	private static final Map<String, String> TYPES = Map.ofEntries(
			Map.entry("110120", "Application start"),
			Map.entry("110121", "Application stop"),
			Map.entry("110122", "Login"),
			Map.entry("110123", "Logout"),
			Map.entry("110124", "Attach"),
			Map.entry("110125", "Detach"),
			Map.entry("110126", "Node authentication"),
			Map.entry("110127", "Emergency override started"),
			Map.entry("110138", "Emergency override stopped"),
			Map.entry("110128", "Network configuration"),
			Map.entry("110129", "Security configuration"),
			Map.entry("110130", "Hardware configuration"),
			Map.entry("110131", "Software configuration"),
			Map.entry("110132", "Use of restricted function"),
			Map.entry("110133", "Audit recording stopped"),
			Map.entry("110134", "Audit recording started"),
			Map.entry("110135", "Object security attributes changed"),
			Map.entry("110136", "Security roles changed"),
			Map.entry("110137", "User security attributes changed"),
			Map.entry("110139", "Remote service operation started"),
			Map.entry("110140", "Remote service operation stopped"),
			Map.entry("110141", "Local service operation started"),
			Map.entry("110142", "Local service operation stopped"),
			Map.entry("disclose", "Privacy disclosure"),
			Map.entry("ITI-21", "Patient demographics query"),
			Map.entry("ITI-78", "Mobile patient demographics query"));
	private static final Map<String, String> ACTIONS = Map.of("C", "Create", "R", "Read", "U", "Update", "D",
			"Delete", "E", "Execute");

	private EventNames() {
	}

	/** What the event did, for timelines and alerts: "viewed images", "deleted the patient record", "signed out". */
	public static String action(AccessEvent e) {
		return action(e.eventCode(), e.action(), e.eventType(), e.detail());
	}

	/** As {@link #action(AccessEvent)}, without event type or detail (older callers). */
	public static String action(String code, String action) {
		return action(code, action, null, null);
	}

	public static String action(String code, String action, String eventType, String detail) {
		String a = action == null ? "" : action;
		return switch (code) {
		case "110103" -> switch (a) {
			case "C" -> "created images";
			case "U" -> "changed images";
			case "D" -> "deleted images";
			default -> "opened images";
			};
		case "110104" -> "viewed images";
		case "110105" -> "deleted the study";
		case "110106" -> "disclose".equals(eventType) || (detail != null && detail.contains(DISCLOSED))
				? "disclosed the patient's data outside" : "exported to media";
		case "110107" -> "disclose".equals(eventType) ? "received the patient's data" : "imported images";
		case "110110" -> switch (a) {
			case "C" -> "created the patient record";
			case "U" -> "changed or merged the patient record";
			case "D" -> "deleted the patient record";
			case "E" -> "ran an operation on the patient record";
			case "R" -> "opened the patient record";
			default -> "used the patient record";
			};
		case "110112" -> "searched the archive";
		// some archives write the event type as the EventID itself
		case "110122" -> "signed in";
		case "110123" -> "signed out";
		case "110114" -> "110122".equals(eventType) ? "signed in" : "110123".equals(eventType) ? "signed out"
				: "signed in or out";
		default -> describe(code).toLowerCase(Locale.ROOT);
		};
	}

	public static String describe(String code) {
		String name = NAMES.get(code);
		return name == null ? code : name + " (" + code + ")";
	}

	/** The event type in words with its code ("Login (110122)"), the code alone if unknown, "" when none. */
	public static String type(String eventType) {
		if (eventType == null) {
			return "";
		}
		String name = TYPES.get(eventType);
		return name == null ? eventType : name + " (" + eventType + ")";
	}

	/** The EventActionCode in words with its code ("Delete (D)"), "" when none. */
	public static String actionCode(String action) {
		if (action == null) {
			return "";
		}
		String name = ACTIONS.get(action);
		return name == null ? action : name + " (" + action + ")";
	}
}
