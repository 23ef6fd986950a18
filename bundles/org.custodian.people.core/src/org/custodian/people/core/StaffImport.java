package org.custodian.people.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custodian.model.EmploymentType;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.report.csv.CsvRow;
import org.custodian.report.csv.CsvTable;
import org.custodian.report.csv.RecordException;

/**
 * The staff directory from an HR (ESR) export, one row per person: permanent, bank, agency, temporary and
 * contractor staff alike (G3). A person is identified by the staff number, so importing again updates people in
 * place instead of adding them twice. Line managers are staff numbers of the same or an earlier import; they are
 * linked after every row is read, so a manager may appear below their team.
 */
public final class StaffImport {
	public static final String STAFF_NUMBER = "staff_number";
	public static final List<String> REQUIRED = List.of(STAFF_NUMBER, "family_name");

	private StaffImport() {
	}

	/** Reads the file into the trust (not saved). */
	public static ImportReport read(Trust trust, Path file) throws IOException {
		Directory directory = new Directory(trust);
		List<RecordException> problems = new ArrayList<>();
		Map<Staff, CsvRow> managers = new LinkedHashMap<>();
		int added = 0;
		int updated = 0;
		// the import's own column names, an ESR export's or the trust's saved ones (EsrColumns): whichever the file has
		Map<String, String> mapping = EsrColumns.mapping(PeopleData.settings(trust).getStaffColumns());
		List<String> unread;
		try (CsvTable table = CsvTable.open(file, REQUIRED, mapping)) {
			unread = table.unusedColumns(EsrColumns.FIELDS, mapping);
			for (CsvRow row : table) {
				try {
					Row r = parse(row);
					Staff s = directory.staff(r.number);
					if (s == null) {
						s = ModelFactory.eINSTANCE.createStaff();
						s.setStaffNumber(r.number);
						trust.getStaff().add(s);
						directory.add(s);
						added++;
					} else {
						updated++;
					}
					apply(r, s, directory);
					if (row.get("line_manager") != null) {
						managers.put(s, row);
					}
				} catch (RecordException e) {
					problems.add(e);
				}
			}
		}
		for (Map.Entry<Staff, CsvRow> e : managers.entrySet()) {
			CsvRow row = e.getValue();
			Staff manager = directory.staff(row.get("line_manager"));
			if (manager == null) {
				problems.add(row.error("line_manager", "no member of staff has the number \"" + row.get("line_manager")
						+ "\" (the person was imported without a line manager)"));
			} else if (manager == e.getKey()) {
				problems.add(row.error("line_manager", "a person cannot be their own line manager"));
			} else {
				e.getKey().setLineManager(manager);
			}
		}
		return new ImportReport(file.getFileName().toString(), added, updated, problems, unread);
	}

	private record Row(String number, String given, String family, String group, String role, String jobTitle,
			String department, EmploymentType employment, LocalDate start, LocalDate end, String email,
			LocalDate birth, String nhsNumber, String address, String postcode, String phone, String registration) {
	}

	/** Every value of the row, checked before anything changes: a bad row changes nothing. */
	private static Row parse(CsvRow row) {
		LocalDate start = row.date("start_date");
		LocalDate end = row.date("end_date");
		if (start != null && end != null && end.isBefore(start)) {
			throw row.error("end_date", end + " is before the start date " + start);
		}
		String email = row.get("email");
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
			throw row.error("email", "\"" + email + "\" is not an e-mail address");
		}
		String nhs = row.get("nhs_number");
		if (nhs != null && !nhs.replace(" ", "").matches("\\d{10}")) {
			// the value is personal data: named by its column, never quoted
			throw row.error("nhs_number", "is not an NHS number (ten digits)");
		}
		String department = row.get("department") != null ? row.get("department")
				: EsrColumns.department(row.get("organisation"));
		return new Row(row.required(STAFF_NUMBER), row.get("given_name"), row.required("family_name"),
				row.get("group"), row.get("role"), row.get("job_title"), department,
				row.choice("employment", EmploymentType.class, EmploymentType.PERMANENT), start, end, email,
				row.date("date_of_birth"), nhs == null ? null : nhs.replace(" ", ""), address(row), row.get("postcode"),
				row.get("phone"), registration(row));
	}

	/** The home address: one column, or ESR's address lines and town joined. */
	private static String address(CsvRow row) {
		if (row.get("address") != null) {
			return row.get("address");
		}
		String joined = java.util.stream.Stream.of(row.get("address_line_1"), row.get("address_line_2"), row.get("town"))
				.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}

	/** "GMC 1234567": one column, or ESR's body and number. */
	private static String registration(CsvRow row) {
		if (row.get("registration") != null) {
			return row.get("registration");
		}
		String number = row.get("registration_number");
		if (number == null) {
			return null;
		}
		String body = row.get("registration_body");
		return body == null ? number : body + " " + number;
	}

	private static void apply(Row r, Staff s, Directory directory) {
		s.setGivenName(r.given);
		s.setFamilyName(r.family);
		s.setGroup(r.group == null ? null : directory.groupOrNew(r.group));
		s.setRole(r.role);
		s.setJobTitle(r.jobTitle);
		s.setDepartment(r.department);
		s.setEmployment(r.employment);
		s.setStartDate(Days.date(r.start));
		s.setEndDate(Days.date(r.end));
		s.setEmail(r.email);
		s.setDateOfBirth(Days.date(r.birth));
		s.setNhsNumber(r.nhsNumber);
		s.setAddress(r.address);
		s.setPostcode(r.postcode);
		s.setPhone(r.phone);
		s.setRegistration(r.registration);
	}
}
