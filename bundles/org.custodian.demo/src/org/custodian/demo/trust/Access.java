package org.custodian.demo.trust;

/**
 * One audit message to be written: who (a person's PACS username at a workstation, or a PACS process named by
 * its AE title), what (the DICOM PS3.15 event) and about which patient and study.
 *
 * @param second     the event time, epoch seconds (UTC)
 * @param code       EventID code (110104, 110103, 110112, 110114, 110106, 110113)
 * @param action     EventActionCode
 * @param outcome    EventOutcomeIndicator (0 success, 4 minor failure)
 * @param typeCode   EventTypeCode or null (110122 login, 110123 logout, 110127 emergency override)
 * @param user       UserID: the username, or the process's name
 * @param host       NetworkAccessPointID: the workstation or server
 * @param aeTitle    the process's AE title when the requestor is a machine, else null
 * @param patientCx  ParticipantObjectID of the patient (a CX), or null
 * @param patientName the patient's name FAMILY^GIVEN, or null
 * @param studyUid   the study, or null
 * @param accession  the study's accession number, or null
 * @param instances  number of instances in the study transferred
 * @param queryKeys  C-FIND keys as "tag=value" pairs for ParticipantObjectQuery, or null
 */
record Access(long second, String code, String action, int outcome, String typeCode, String user, String host,
		String aeTitle, String patientCx, String patientName, String studyUid, String accession, int instances,
		String[] queryKeys) {

	static Access view(long second, String code, String action, String user, String host, Person p, Study s) {
		return new Access(second, code, action, 0, null, user, host, null, AuditXml.patientCx(p), p.xpn(), s.uid,
				s.accession, s.instances, null);
	}

	static Access machine(long second, String[] system, Person p, Study s) {
		return new Access(second, "110104", "R", 0, null, system[0], system[2], system[1], AuditXml.patientCx(p),
				p.xpn(), s.uid, s.accession, s.instances, null);
	}

	static Access login(long second, String user, String host, boolean in, int outcome) {
		return new Access(second, "110114", "E", outcome, in ? "110122" : "110123", user, host, null, null, null, null,
				null, 0, null);
	}

	static Access query(long second, String user, String host, String... keys) {
		return new Access(second, "110112", "E", 0, null, user, host, null, null, null, null, null, 0, keys);
	}
}
