package org.custodian.audit.core.tests;

import java.util.Base64;

/**
 * Writes audit messages in the structure of DICOM PS3.15 A.5.1: EventIdentification (EventID and
 * EventTypeCode as coded values with csd-code / codeSystemName / originalText), ActiveParticipants with
 * their RoleIDCodes, AuditSourceIdentification and ParticipantObjectIdentifications, in the schema's order.
 */
final class AuditXml {
	static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	private String action = "R";
	private String time = "2026-03-01T10:15:30.000Z";
	private String outcome = "0";
	private String eventId = "110104";
	private String eventName = "DICOM Instances Transferred";
	private String eventIdAttribute = "csd-code";
	private boolean withIdentification = true;
	private final StringBuilder eventTypes = new StringBuilder();
	private final StringBuilder participants = new StringBuilder();
	private String source = "PACS_MAIN";
	private final StringBuilder objects = new StringBuilder();
	private String prefix = "";

	static AuditXml message() {
		return new AuditXml();
	}

	/** A viewing, as common PACS servers log it: instances transferred, action R, a person requesting. */
	static AuditXml viewing(String time, String user, String patientId, String patientName, String studyUid) {
		return message().event("110104", "DICOM Instances Transferred").action("R").time(time)
				.person(user, "Dr " + user, true, "10.0.0.7").machine("PACS_MAIN", "10.0.0.1", "110153", "Source Role ID")
				.study(studyUid, "1.2.840.10008.5.1.4.1.1.2", 12).patient(patientId, patientName);
	}

	AuditXml event(String code, String originalText) {
		this.eventId = code;
		this.eventName = originalText;
		return this;
	}

	/** Writes the EventID as RFC 3881 did: {@code code} instead of DICOM's {@code csd-code}. */
	AuditXml legacyCodes() {
		this.eventIdAttribute = "code";
		return this;
	}

	AuditXml action(String action) {
		this.action = action;
		return this;
	}

	AuditXml time(String time) {
		this.time = time;
		return this;
	}

	AuditXml outcome(String outcome) {
		this.outcome = outcome;
		return this;
	}

	AuditXml withoutEventIdentification() {
		this.withIdentification = false;
		return this;
	}

	AuditXml eventType(String code, String originalText) {
		eventTypes.append("    ").append(coded("EventTypeCode", "csd-code", code, "DCM", originalText)).append('\n');
		return this;
	}

	/** Every element written with this namespace prefix, e.g. "dicom". */
	AuditXml prefixed(String prefix) {
		this.prefix = prefix + ":";
		return this;
	}

	AuditXml person(String userId, String userName, boolean requestor, String host) {
		participants.append("  <ActiveParticipant UserID=\"").append(esc(userId)).append('"');
		if (userName != null) {
			participants.append(" UserName=\"").append(esc(userName)).append('"');
		}
		participants.append(" UserIsRequestor=\"").append(requestor).append('"');
		if (host != null) {
			participants.append(" NetworkAccessPointID=\"").append(esc(host)).append("\" NetworkAccessPointTypeCode=\"2\"");
		}
		participants.append("/>\n");
		return this;
	}

	/** A DICOM application taking part (not a person), with its AE title and role. */
	AuditXml machine(String aeTitle, String host, String roleCode, String roleName) {
		return machine(aeTitle, host, roleCode, roleName, false);
	}

	AuditXml machine(String aeTitle, String host, String roleCode, String roleName, boolean requestor) {
		participants.append("  <ActiveParticipant UserID=\"").append(esc(aeTitle)).append("\" AlternativeUserID=\"AETITLES=")
				.append(esc(aeTitle)).append("\" UserIsRequestor=\"").append(requestor)
				.append("\" NetworkAccessPointID=\"").append(esc(host)).append("\" NetworkAccessPointTypeCode=\"2\">\n")
				.append("    ").append(coded("RoleIDCode", "csd-code", roleCode, "DCM", roleName)).append('\n')
				.append("  </ActiveParticipant>\n");
		return this;
	}

	/** Any participant, written as given (for values the standard does not allow). */
	AuditXml rawParticipant(String attributes) {
		participants.append("  <ActiveParticipant ").append(attributes).append("/>\n");
		return this;
	}

	AuditXml source(String auditSourceId) {
		this.source = auditSourceId;
		return this;
	}

	AuditXml patient(String id, String name) {
		return patient(id, name, "1", "1");
	}

	AuditXml patient(String id, String name, String typeCode, String role) {
		objects.append("  <ParticipantObjectIdentification ParticipantObjectID=\"").append(esc(id))
				.append("\" ParticipantObjectTypeCode=\"").append(typeCode)
				.append("\" ParticipantObjectTypeCodeRole=\"").append(role).append("\">\n    ")
				.append(coded("ParticipantObjectIDTypeCode", "csd-code", "2", "RFC-3881", "Patient Number")).append('\n');
		if (name != null) {
			objects.append("    <ParticipantObjectName>").append(esc(name)).append("</ParticipantObjectName>\n");
		}
		objects.append("  </ParticipantObjectIdentification>\n");
		return this;
	}

	AuditXml study(String studyUid, String sopClassUid, int instances) {
		objects.append("  <ParticipantObjectIdentification ParticipantObjectID=\"").append(esc(studyUid))
				.append("\" ParticipantObjectTypeCode=\"2\" ParticipantObjectTypeCodeRole=\"3\">\n    ")
				.append(coded("ParticipantObjectIDTypeCode", "csd-code", "110180", "DCM", "Study Instance UID"))
				.append("\n    <SOPClass UID=\"").append(sopClassUid).append("\" NumberOfInstances=\"").append(instances)
				.append("\"/>\n  </ParticipantObjectIdentification>\n");
		return this;
	}

	/** The query of a 110112 Query event: the SOP class queried and the identifier, base64 encoded. */
	AuditXml query(String sopClassUid, byte[] identifier) {
		objects.append("  <ParticipantObjectIdentification ParticipantObjectID=\"").append(sopClassUid)
				.append("\" ParticipantObjectTypeCode=\"2\" ParticipantObjectTypeCodeRole=\"3\">\n    ")
				.append(coded("ParticipantObjectIDTypeCode", "csd-code", "110181", "DCM", "SOP Class UID"))
				.append("\n    <ParticipantObjectQuery>").append(Base64.getMimeEncoder().encodeToString(identifier))
				.append("</ParticipantObjectQuery>\n")
				.append("    <ParticipantObjectDetail type=\"TransferSyntax\" value=\"MS4yLjg0MC4xMDAwOC4xLjI=\"/>\n")
				.append("  </ParticipantObjectIdentification>\n");
		return this;
	}

	String xml() {
		StringBuilder s = new StringBuilder();
		s.append("<").append(prefix).append("AuditMessage").append(prefix.isEmpty() ? ""
				: " xmlns:" + prefix.substring(0, prefix.length() - 1) + "=\"urn:example:audit\"").append(">\n");
		if (withIdentification) {
			s.append("  <EventIdentification EventActionCode=\"").append(action).append("\" EventDateTime=\"")
					.append(esc(time)).append("\" EventOutcomeIndicator=\"").append(esc(outcome)).append("\">\n    ")
					.append(coded("EventID", eventIdAttribute, eventId, "DCM", eventName)).append('\n')
					.append(eventTypes).append("  </EventIdentification>\n");
		}
		s.append(participants);
		s.append("  <AuditSourceIdentification AuditSourceID=\"").append(esc(source)).append("\">\n    ")
				.append(coded("AuditSourceTypeCode", "csd-code", "4", "DCM", "Application Server Process"))
				.append("\n  </AuditSourceIdentification>\n");
		s.append(objects);
		s.append("</").append(prefix).append("AuditMessage>\n");
		String text = s.toString();
		if (prefix.isEmpty()) {
			return text;
		}
		// prefix every element of the message, as some servers write it
		return text.replaceAll("<(/?)(?!" + prefix + ")([A-Z][A-Za-z]*)", "<$1" + prefix + "$2");
	}

	/** As a complete XML document with its own declaration. */
	String document() {
		return DECLARATION + "\n" + xml();
	}

	private static String coded(String element, String codeAttribute, String code, String system, String text) {
		return "<" + element + " " + codeAttribute + "=\"" + esc(code) + "\" codeSystemName=\"" + system
				+ "\" originalText=\"" + esc(text) + "\"/>";
	}

	static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
