package org.custodian.demo.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The people side of a generated trust as its systems export it: the ESR staff extract (ESR's own column names,
 * dd/MM/yyyy dates), the same staff under Custodian's canonical column names, the PACS accounts (with shared
 * and system accounts), the leavers notified by HR, and the workstation register.
 */
final class StaffFiles {
	static final String ESR_FILE = "esr_staff_export.csv";
	static final String STAFF_FILE = "staff.csv";
	static final String ACCOUNTS_FILE = "accounts.csv";
	static final String LEAVERS_FILE = "leavers.csv";
	static final String WORKSTATIONS_FILE = "workstations.csv";
	static final String PACS = "PACS";
	/** Shared log-ins of the PACS (a reception desk, an MDT room), used by several people. */
	static final String[][] SHARED = { { "radreception", "Radiology reception", "RAD-RECEPTION-01" },
			{ "mdtroom", "MDT meeting room", "MDT-ROOM-01" } };
	/** The PACS's own processes, which appear in the audit trail as machines with AE titles. */
	static final String[][] SYSTEM = { { "PREFETCH", "PREFETCH_SCU", "pacs-prefetch.rxx.nhs.uk" },
			{ "AUTOROUTE", "VNA_ROUTER", "pacs-router.rxx.nhs.uk" },
			{ "REPLICATION", "DR_REPLICA", "pacs-dr.rxx.nhs.uk" } };
	private static final DateTimeFormatter ESR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private StaffFiles() {
	}

	static void write(Population pop, Path dir, Manifest manifest) throws IOException {
		try (CsvOut esr = new CsvOut(dir.resolve(ESR_FILE), "Employee Number", "Last Name", "First Name",
				"Date of Birth", "NI Number", "Address Line 1", "Address Line 2", "Town", "Postcode", "Staff Group",
				"Job Role", "Position Title", "Organisation", "Supervisor Employee Number", "Assignment Start Date",
				"Termination Date", "Professional Registration Body", "Registration Number", "Work Email",
				"NHS Number")) {
			for (Staff s : pop.staff) {
				Person p = s.person;
				esr.row(s.employeeNumber, p.family, p.given, esrDate(p.birthDate),
						String.format("QQ%06dC", p.index % 1_000_000), p.address.line1(), p.address.area(),
						p.address.town(), p.address.postcode(), s.role.staffGroup, s.role.jobRole,
						s.role.title + " - " + s.department, "RXX " + s.department,
						s.manager == null ? null : s.manager.employeeNumber, esrDate(s.start), esrDate(s.end),
						s.role.registrationBody, s.registrationNumber, s.email, p.nhsNumber);
			}
			manifest.file(ESR_FILE, esr.rows(), "ESR-shaped staff export, ESR column names, dates dd/MM/yyyy");
		}
		try (CsvOut staff = new CsvOut(dir.resolve(STAFF_FILE), "staff_number", "family_name", "given_name", "group",
				"role", "job_title", "department", "employment", "start_date", "end_date", "email", "line_manager",
				"date_of_birth", "nhs_number", "address", "postcode", "registration")) {
			for (Staff s : pop.staff) {
				Person p = s.person;
				staff.row(s.employeeNumber, p.family, p.given, s.role.staffGroup, s.role.jobRole, s.role.title,
						s.department, s.employment, s.start, s.end, s.email,
						s.manager == null ? null : s.manager.employeeNumber, p.birthDate, p.nhsNumber,
						p.address.oneLine(), p.address.postcode(),
						s.registrationNumber == null ? null : s.role.registrationBody + " " + s.registrationNumber);
			}
			manifest.file(STAFF_FILE, staff.rows(), "the same staff under Custodian's canonical columns, ISO dates");
		}
		try (CsvOut accounts = new CsvOut(dir.resolve(ACCOUNTS_FILE), "system", "username", "display_name",
				"employee_number", "enabled", "disabled_at", "last_used", "shared", "smartcard_id")) {
			for (Staff s : pop.staff) {
				boolean disabled = s.end != null && !s.accountLeftOpen;
				accounts.row(PACS, s.username, s.person.given + " " + s.person.family, s.employeeNumber,
						disabled ? "no" : "yes", disabled ? s.end.plusDays(1) : null, null, "no",
						String.format("SC%010d", 7_000_000_000L + s.person.index * 13L));
			}
			for (String[] shared : SHARED) {
				accounts.row(PACS, shared[0], shared[1], null, "yes", null, null, "yes", null);
			}
			for (String[] system : SYSTEM) {
				accounts.row(PACS, system[0], "PACS service " + system[1], null, "yes", null, null, "no", null);
			}
			manifest.file(ACCOUNTS_FILE, accounts.rows(), "PACS accounts: staff, " + SHARED.length + " shared, "
					+ SYSTEM.length + " system");
		}
		try (CsvOut leavers = new CsvOut(dir.resolve(LEAVERS_FILE), "staff_number", "change", "effective_date",
				"revocation_deadline", "smartcard_removed")) {
			for (Staff s : pop.staff) {
				if (s.end != null) {
					leavers.row(s.employeeNumber, "LEAVER", s.end, s.end.plusDays(1),
							s.accountLeftOpen ? null : s.end.plusDays(1));
				}
			}
			manifest.file(LEAVERS_FILE, leavers.rows(), "leavers notified by HR (the accounts of some were left open)");
		}
		try (CsvOut ws = new CsvOut(dir.resolve(WORKSTATIONS_FILE), "address", "name", "location", "department")) {
			Set<String> seen = new LinkedHashSet<>();
			for (Staff s : pop.staff) {
				if (seen.add(s.workstation)) {
					ws.row(s.workstation, s.workstation, location(s), s.department);
				}
			}
			for (String[] shared : SHARED) {
				ws.row(shared[2], shared[2], shared[1], StaffRoles.RADIOLOGY);
			}
			manifest.file(WORKSTATIONS_FILE, ws.rows(), "workstation register (address,name,location,department)");
		}
	}

	private static String location(Staff s) {
		return switch (s.role) {
		case RADIOLOGIST, RADIOLOGY_REGISTRAR -> "Radiology reporting room";
		case RADIOGRAPHER, RADIOLOGY_NURSE -> "Imaging department";
		case RADIOLOGY_CLERK, PACS_MANAGER -> "Radiology office";
		case TELERADIOLOGIST -> "Teleradiology gateway (remote)";
		default -> s.department + " ward";
		};
	}

	private static String esrDate(LocalDate d) {
		return d == null ? null : ESR_DATE.format(d);
	}
}
