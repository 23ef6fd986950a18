package org.custodian.people.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of the NHS Electronic Staff Record's staff export, mapped to the staff import's own names:
 * a trust's ESR export loads as it is, without editing. Columns the export does not have are simply absent;
 * an export with the import's own names reads the same. A trust whose export names a column otherwise saves its
 * own name once ({@code load-staff --map}), kept in the people settings.
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

	/** Every field the staff import reads, by its own name. */
	public static final List<String> FIELDS = List.of(StaffImport.STAFF_NUMBER, "family_name", "given_name",
			"date_of_birth", "nhs_number", "address", "address_line_1", "address_line_2", "town", "postcode", "phone",
			"group", "role", "job_title", "department", "organisation", "employment", "line_manager", "start_date",
			"end_date", "registration", "registration_body", "registration_number", "email");

	private EsrColumns() {
	}

	/**
	 * The names the import reads a file by: the ESR export's, overlaid by the trust's own (saved entries
	 * {@code field=their column}, as {@link #entry} checks them).
	 */
	public static Map<String, String> mapping(List<String> saved) {
		Map<String, String> m = new LinkedHashMap<>(MAPPING);
		for (String e : saved) {
			int eq = e.indexOf('=');
			if (eq > 0) {
				m.put(e.substring(0, eq).strip(), e.substring(eq + 1).strip());
			}
		}
		return m;
	}

	/**
	 * One saved entry, {@code field=their column}, with the field checked against {@link #FIELDS}.
	 *
	 * @throws IllegalArgumentException naming the fields when it is not one
	 */
	public static String entry(String text) {
		int eq = text.indexOf('=');
		if (eq <= 0 || eq == text.length() - 1) {
			throw new IllegalArgumentException("\"" + text + "\" is not FIELD=COLUMN");
		}
		String field = text.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
		if (!FIELDS.contains(field)) {
			throw new IllegalArgumentException("unknown field \"" + field + "\"; the fields are " + String.join(", ", FIELDS));
		}
		return field + "=" + text.substring(eq + 1).strip();
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
