package org.custodian.demo.trust;

import java.util.List;

/** The posts of the generated trust: ESR staff groups, job roles and position titles, and who registers them. */
final class StaffRoles {
	static final String RADIOLOGY = "Radiology";
	static final String TELERADIOLOGY = "Teleradiology";
	/** The clinical departments that order imaging, with the MDT each one's patients may be discussed at. */
	static final List<String> CLINICAL = List.of("Emergency Department", "Oncology", "Orthopaedics", "Cardiology",
			"Respiratory", "Gastroenterology", "General Surgery", "Urology", "Neurology", "Paediatrics");

	enum Role {
		RADIOLOGIST("Medical and Dental", "Consultant", "Consultant Radiologist", "GMC"),
		RADIOLOGY_REGISTRAR("Medical and Dental", "Specialty Registrar", "Specialty Registrar - Clinical Radiology",
				"GMC"),
		TELERADIOLOGIST("Medical and Dental", "Consultant", "Teleradiology Consultant Radiologist", "GMC"),
		RADIOGRAPHER("Allied Health Professionals", "Radiographer - Diagnostic", "Diagnostic Radiographer", "HCPC"),
		RADIOLOGY_NURSE("Nursing and Midwifery Registered", "Staff Nurse", "Radiology Staff Nurse", "NMC"),
		RADIOLOGY_CLERK("Administrative and Clerical", "Medical Secretary", "Radiology Secretary", null),
		PACS_MANAGER("Administrative and Clerical", "Manager", "PACS Manager", null),
		CONSULTANT("Medical and Dental", "Consultant", "Consultant", "GMC"),
		DOCTOR("Medical and Dental", "Specialty Registrar", "Specialty Registrar", "GMC"),
		NURSE("Nursing and Midwifery Registered", "Staff Nurse", "Staff Nurse", "NMC"),
		WARD_CLERK("Administrative and Clerical", "Clerical Worker", "Ward Clerk", null);

		final String staffGroup;
		final String jobRole;
		final String title;
		final String registrationBody;

		Role(String staffGroup, String jobRole, String title, String registrationBody) {
			this.staffGroup = staffGroup;
			this.jobRole = jobRole;
			this.title = title;
			this.registrationBody = registrationBody;
		}

		/** Doctors outside radiology order imaging and look at the results. */
		boolean refers() {
			return this == CONSULTANT || this == DOCTOR;
		}
	}

	/** How many of each post Radiology holds. */
	static final Object[][] RADIOLOGY_POSTS = { { Role.PACS_MANAGER, 2 }, { Role.RADIOLOGIST, 45 },
			{ Role.RADIOLOGY_REGISTRAR, 15 }, { Role.RADIOGRAPHER, 110 }, { Role.RADIOLOGY_NURSE, 20 },
			{ Role.RADIOLOGY_CLERK, 30 } };
	/** How many of each post every clinical department holds. */
	static final Object[][] CLINICAL_POSTS = { { Role.CONSULTANT, 8 }, { Role.DOCTOR, 12 }, { Role.NURSE, 15 },
			{ Role.WARD_CLERK, 3 } };
	static final int TELERADIOLOGISTS = 6;

	private StaffRoles() {
	}

	/** The MDT list a department's studies may be discussed at (null when it holds none). */
	static String mdt(String department) {
		return switch (department) {
		case "Oncology", "Respiratory" -> "Lung MDT";
		case "Gastroenterology", "General Surgery" -> "Upper GI MDT";
		case "Urology" -> "Urology MDT";
		case "Neurology" -> "Neuro-oncology MDT";
		default -> null;
		};
	}

	/** The departments whose doctors sit on an MDT. */
	static List<String> mdtDepartments(String mdt) {
		return switch (mdt) {
		case "Lung MDT" -> List.of("Oncology", "Respiratory");
		case "Upper GI MDT" -> List.of("Gastroenterology", "General Surgery", "Oncology");
		case "Urology MDT" -> List.of("Urology", "Oncology");
		default -> List.of("Neurology", "Oncology");
		};
	}
}
