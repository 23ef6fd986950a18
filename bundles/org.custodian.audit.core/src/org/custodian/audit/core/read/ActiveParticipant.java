package org.custodian.audit.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One ActiveParticipant of an audit message: a person, or a machine, process or medium taking part. Which one it
 * is follows DICOM PS3.15 A.5.1 and IHE ATNA: UserIDTypeCode and UserTypeCode when the writer gives them, then
 * what the values show (an address, AE titles, a medium, a role only machines play).
 */
final class ActiveParticipant {
	/** RoleIDCodes (DICOM CID 402) played by applications and media; a person may play them too. */
	private static final Set<String> MACHINE_ROLES = Set.of("110150", "110151", "110152", "110153", "110154", "110155");
	/** UserIDTypeCodes (DICOM CID 404, RFC 3881) that name a person. */
	private static final Set<String> PERSON_ID_TYPES = Set.of("113871", "113872", "113873", "113874", "113875");
	/** UserIDTypeCodes that name an application or a node: Station AE Title, Node ID, Device Name, ... */
	private static final Set<String> MACHINE_ID_TYPES = Set.of("110119", "110182", "113876", "113877", "113878",
			"HL7APP");
	/** RFC 3881 / DICOM UserIDTypeCode 12: the UserID is a URI (a service endpoint, never a user). */
	private static final String URI_TYPE = "12";
	/** NetworkAccessPointTypeCode / FHIR network.type 5: the address is a URI. */
	private static final int URI_ADDRESS = 5;
	private static final Pattern URI = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*|/\\S*/\\S*|urn:.*");
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
	private static final String AETITLES = "AETITLES=";

	String userId;
	String alternativeUserId;
	String userName;
	boolean requestor;
	String networkAccessPointId;
	/** NetworkAccessPointTypeCode: 1 machine name, 2 IP address, 5 URI; null when absent. */
	Integer networkAccessPointType;
	/** UserIDTypeCode's code, null when absent. */
	String userIdTypeCode;
	/** UserTypeCode (DICOM 2019+): 1 person, 2 system; null when absent. */
	Integer userTypeCode;
	final List<String> roleCodes = new ArrayList<>(2);
	boolean media;

	/** True when the participant is a service endpoint named by URI: the archive's own request URI, never a user. */
	boolean isEndpoint() {
		if (URI_TYPE.equals(userIdTypeCode)) {
			return true;
		}
		if (userId != null && URI.matcher(userId).matches()) {
			return true;
		}
		// a FHIR server agent is named by its base URL and never asks
		return !requestor && Integer.valueOf(URI_ADDRESS).equals(networkAccessPointType);
	}

	/**
	 * True when the participant is a person: a person's ID type, a name, a login with "@", or UserTypeCode 1; false
	 * for an address, AE titles, an application's ID type, a medium or an endpoint. A person keeps being one when
	 * they play a process role (PS3.15's own "DICOM Instances Transferred" example names "Dr. Smith" as Source).
	 */
	boolean isPerson() {
		if (userId == null || userId.isBlank() || media || isEndpoint() || isAddress(userId)) {
			return false;
		}
		if (userIdTypeCode != null && PERSON_ID_TYPES.contains(userIdTypeCode)) {
			return true;
		}
		if (userIdTypeCode != null && MACHINE_ID_TYPES.contains(userIdTypeCode)) {
			return false;
		}
		if (alternativeUserId != null && alternativeUserId.startsWith(AETITLES)) {
			return false;
		}
		if (userTypeCode != null) {
			return userTypeCode == 1;
		}
		if (userName != null && !userName.equalsIgnoreCase(userId) && !isAddress(userName)) {
			return true;
		}
		if (userId.contains("@")) {
			return true;
		}
		return roleCodes.stream().noneMatch(MACHINE_ROLES::contains);
	}

	/** True when the participant plays DICOM role 110153 Source (the machine a request came from). */
	boolean isSource() {
		return roleCodes.contains("110153");
	}

	/**
	 * How a machine is named as the user: its AE title (AlternativeUserID "AETITLES=A;B"), else its application
	 * or user id, else its network address. The host stays in the host field.
	 */
	String machineName() {
		if (alternativeUserId != null && alternativeUserId.startsWith(AETITLES)) {
			String titles = alternativeUserId.substring(AETITLES.length()).strip();
			String first = titles.split(";")[0].strip();
			if (!first.isEmpty()) {
				return first;
			}
		}
		if (userId != null && !userId.isBlank()) {
			return userId;
		}
		return host();
	}

	/** The network address, unless it is a URI (a service endpoint is not a host). */
	String host() {
		if (networkAccessPointId == null || networkAccessPointId.isBlank()
				|| Integer.valueOf(URI_ADDRESS).equals(networkAccessPointType)) {
			return null;
		}
		return networkAccessPointId;
	}

	private boolean isAddress(String value) {
		return value.equalsIgnoreCase(networkAccessPointId) || IPV4.matcher(value).matches()
				|| IPV6.matcher(value).matches();
	}
}
