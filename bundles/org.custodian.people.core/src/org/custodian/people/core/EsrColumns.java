package org.custodian.people.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The column names of the NHS Electronic Staff Record's staff export, mapped to the staff import's own names:
 * a trust's ESR export loads as it is, without editing. Columns the export does not have are simply absent;
 * an export with the import's own names reads the same.
 */
public final class EsrColumns {
	/** Our name to the ESR export's. */
	public static final Map<String, String> MAPPING;
	static {
		Map<String, String> m = new LinkedHashMap<>();
		m.put(StaffImport.STAFF_NUMBER, "Employee Number");
		m.put("family_name", "Last Name");
		m.put("given_name", "First Name");
		m.put("date_of_birth", "Date of Birth");
		m.put("nhs_number", "NHS Number");
		m.put("address_line_1", "Address Line 1");
		m.put("address_line_2", "Address Line 2");
		m.put("town", "Town");
		m.put("postcode", "Postcode");
		m.put("phone", "Home Telephone");
		m.put("group", "Staff Group");
		m.put("role", "Job Role");
		m.put("job_title", "Position Title");
		m.put("organisation", "Organisation");
		m.put("line_manager", "Supervisor Employee Number");
		m.put("start_date", "Assignment Start Date");
		m.put("end_date", "Termination Date");
		m.put("registration_body", "Professional Registration Body");
		m.put("registration_number", "Registration Number");
		m.put("email", "Work Email");
		MAPPING = Map.copyOf(m);
	}

	private EsrColumns() {
	}

	/**
	 * The department of an ESR organisation name: ESR names an organisation by the trust's code and its name
	 * ("RXX Radiology"); the staff directory and the RIS name the department alone.
	 */
	static String department(String organisation) {
		if (organisation == null) {
			return null;
		}
		return organisation.strip().replaceFirst("^[A-Z0-9]{3,5}\\s+", "");
	}
}
