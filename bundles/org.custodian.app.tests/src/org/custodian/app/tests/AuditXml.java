package org.custodian.app.tests;

/** DICOM PS3.15 audit messages for the workbench test, built to the standard's structure. */
final class AuditXml {
	private AuditXml() {
	}

	static String viewing(String time, String user, String patientId, String patientName, String study) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="%s" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="%s" UserIsRequestor="true" NetworkAccessPointID="10.0.0.7" NetworkAccessPointTypeCode="2"/>
				  <ActiveParticipant UserID="VIEWER01" AlternativeUserID="VIEWER01" UserIsRequestor="false" NetworkAccessPointID="10.0.0.7" NetworkAccessPointTypeCode="2">
				    <RoleIDCode csd-code="110152" codeSystemName="DCM" originalText="Destination Role ID"/>
				  </ActiveParticipant>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="%s" ParticipantObjectTypeCode="2" ParticipantObjectTypeCodeRole="3">
				    <ParticipantObjectIDTypeCode csd-code="110180" codeSystemName="DCM" originalText="Study Instance UID"/>
				  </ParticipantObjectIdentification>
				  <ParticipantObjectIdentification ParticipantObjectID="%s" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
				    <ParticipantObjectIDTypeCode csd-code="2" codeSystemName="RFC-3881" originalText="Patient Number"/>
				    <ParticipantObjectName>%s</ParticipantObjectName>
				  </ParticipantObjectIdentification>
				</AuditMessage>
				""".formatted(time, user, study, patientId, patientName);
	}

	/** Not well-formed: the EventIdentification element is never closed. */
	static String broken() {
		return """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="2026-03-02T09:00:00Z" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				</AuditMessage>
				""";
	}
}
