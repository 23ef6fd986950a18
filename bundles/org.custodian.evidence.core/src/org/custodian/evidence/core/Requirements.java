package org.custodian.evidence.core;

import java.util.List;
import java.util.Optional;

/** Every requirement of the reference list, in its order. The IDs are stable: tests and the start page use them. */
public final class Requirements {
	public static final List<Requirement> ALL = List.of(
			// Records management (CQC key line CL6)
			new Requirement("R1", "Policies and staff awareness",
					"Which policies apply, which version each member of staff has acknowledged, and who still has to.", Area.PEOPLE, List.of("B1.b", "B6.a")),
			new Requirement("R2", "Confidentiality and outsourced services",
					"Who may see what, and with whom data is shared under which agreement (teleradiology included).", Area.RECORDS, List.of("A4.a", "E3.a")),
			new Requirement("R3", "Secure storage and continuity",
					"Backups exist and are tested, images stay retrievable, lossy compression is allowed for its kind.", Area.RECOVERY, List.of("B5.c", "B3.c", "D1.a")),
			new Requirement("R4", "Retention and destruction",
					"The minimum retention for each kind of record, what is due for review, and evidence of secure destruction.", Area.RECORDS, List.of("E4.a", "B3.e")),
			new Requirement("R5", "Secure transmission",
					"Every transfer of records is secure; removable media are encrypted.", Area.RECORDS, List.of("B3.b", "B3.d")),
			new Requirement("R6", "Data-sharing agreements",
					"Each receiving organisation protects data at least as well as the trust; its evidence is current.", Area.RECORDS, List.of("A4.a")),
			new Requirement("R7", "Access control and audit",
					"Access records are inspected regularly and frequently; unauthorised access is investigated to an outcome.", Area.ACCESS, List.of("B2.a", "C1.a", "C1.c")),
			// Removable media (RCR)
			new Requirement("M1", "Encrypted media",
					"Images and reports on CDs or other portable media are encrypted; the password travels separately.", Area.RECORDS, List.of("B3.d")),
			new Requirement("M2", "Recorded exceptions",
					"Unencrypted media are permitted exceptions, recorded with their reason.", Area.RECORDS, List.of("B3.d")),
			new Requirement("M3", "Media tracked",
					"Every CD is tracked by sender and receiver, and received CDs are imported to PACS.", Area.RECORDS, List.of("B3.d", "B3.b")),
			new Requirement("M4", "Media incidents",
					"Problems with media that affect patient care are reported as incidents.", Area.RECORDS, List.of("C1.d", "D2.a")),
			// Good practice (CQC "Safe data, safe care")
			new Requirement("G1", "Access withdrawn on leaving or moving",
					"Access matches duties and is withdrawn when staff move or leave.", Area.PEOPLE, List.of("B2.d")),
			new Requirement("G2", "Log-ins watched and personal",
					"Log-in attempts are watched; log-ins are personal (no shared accounts); smartcards are cancelled.", Area.ACCESS, List.of("B2.a", "C1.a")),
			new Requirement("G3", "Mandatory training",
					"Training is mandatory, refreshed, includes temporary and agency staff, and is tailored to each group.", Area.PEOPLE, List.of("B6.b", "B6.a")),
			new Requirement("G4", "Continuity practised and reported",
					"Continuity plans are practised; the results are formally and regularly reported to leadership.", Area.RECOVERY, List.of("D1.c", "A1.a")),
			new Requirement("G5", "Removable media controlled", "Removable media are controlled.", Area.RECORDS, List.of("B3.d")),
			new Requirement("G6", "Sharing with everyone in care",
					"Data is shared quickly and safely with everyone involved in care, across organisations.", Area.RECORDS, List.of("E3.a", "B3.b")),
			// Image storage
			new Requirement("S1", "Images kept at least 8 years",
					"Images are part of the record, stored on PACS for at least 8 years.", Area.RECORDS, List.of("E4.a")),
			new Requirement("S2", "Images labelled",
					"Images are labelled with patient identification, date and time, and provider.", Area.RECORDS, List.of("B3.a", "E4.a")),
			new Requirement("S3", "Teaching images anonymised",
					"Images for teaching, training or research carry no direct or indirect identifiers.", Area.RECORDS, List.of("B3.a")),
			new Requirement("S4", "Portable storage encrypted",
					"Portable storage for transporting images is encrypted.", Area.RECORDS, List.of("B3.d")),
			// Access investigation
			new Requirement("A1", "Who looked, when, where, why",
					"For any patient: who looked at their images, when, from where, and for what care relationship.", Area.ACCESS, List.of("C1.a", "C1.b")),
			new Requirement("A2", "Inappropriate access detected",
					"Casual browsing and access by people not authorised to use PACS is detected.", Area.ACCESS, List.of("C1.c", "C2.a")),
			new Requirement("A3", "Staff know access is logged",
					"Staff can see that their access is logged.", Area.PEOPLE, List.of("B6.a", "B1.b")),
			new Requirement("A4", "Old systems migrated, archive answers fast",
					"Old systems are migrated rather than left holding data; the archive answers within seconds.", Area.RECOVERY, List.of("B4.d", "B5.b")));

	private Requirements() {
	}

	public static Optional<Requirement> byId(String id) {
		return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
	}
}
