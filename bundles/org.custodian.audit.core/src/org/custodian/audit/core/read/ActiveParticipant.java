package org.custodian.audit.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One ActiveParticipant of an audit message: a person, or a machine, process or medium taking part. */
final class ActiveParticipant {
	/** RoleIDCodes (DICOM CID 402) of participants that are never a person. */
	private static final List<String> MACHINE_ROLES = List.of("110150", "110152", "110153", "110154", "110155");
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	String userId;
	String alternativeUserId;
	String userName;
	boolean requestor;
	String networkAccessPointId;
	final List<String> roleCodes = new ArrayList<>(2);
	boolean media;

	/**
	 * True when the participant is evidently not a person: a host or address, a DICOM application (AE
	 * titles), a medium, or a role only machines play. Such a participant is the "user" only
	 * when the message names no person (servers that are not secured name the remote host alone).
	 */
	boolean isMachine() {
		if (userId == null || userId.isBlank() || media) {
			return true;
		}
		if (userId.equalsIgnoreCase(networkAccessPointId) || IPV4.matcher(userId).matches()
				|| IPV6.matcher(userId).matches()) {
			return true;
		}
		if (alternativeUserId != null && alternativeUserId.startsWith("AETITLES=")) {
			return true;
		}
		return roleCodes.stream().anyMatch(MACHINE_ROLES::contains);
	}

	/** How a machine is named as the user: its network address, else its user id. */
	String hostName() {
		return networkAccessPointId != null && !networkAccessPointId.isBlank() ? networkAccessPointId : userId;
	}
}
