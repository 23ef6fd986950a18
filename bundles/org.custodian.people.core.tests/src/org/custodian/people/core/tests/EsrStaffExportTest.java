package org.custodian.people.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.custodian.model.Staff;
import org.custodian.people.core.Directory;
import org.custodian.people.core.ImportReport;
import org.custodian.report.csv.RecordException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff directory from an export with ESR's own column names, as the NHS Electronic Staff Record writes it
 * (dd/mm/yyyy dates, address lines, the organisation with the trust's code, the registration body apart from
 * its number): it loads without editing, with the personal details the person rules compare, and a bad value
 * is named by its line and column without being quoted.
 */
class EsrStaffExportTest {
	private static final String HEADER = "Employee Number,Last Name,First Name,Date of Birth,NI Number,Address Line 1,"
			+ "Address Line 2,Town,Postcode,Staff Group,Job Role,Position Title,Organisation,Supervisor Employee Number,"
			+ "Assignment Start Date,Termination Date,Professional Registration Body,Registration Number,Work Email,"
			+ "NHS Number\n";

	@TempDir
	Path dir;
	private PeopleDatabase db;

	@BeforeEach
	void open() throws Exception {
		db = new PeopleDatabase(dir, LocalDateTime.parse("2026-05-01T09:00:00"));
	}

	@AfterEach
	void close() {
		db.close();
	}

	@Test
	void anEsrExportLoadsAsItIsWithThePersonalDetails() throws Exception {
		ImportReport r = db.people.importStaff(db.write("esr.csv", HEADER
				+ "20000001,SMITH,JANE,22/03/1967,QQ000001C,14 ASH STREET,BEESTON,LEEDS,LS11 4AP,Medical and Dental,"
				+ "Consultant,Consultant Radiologist,RXX Radiology,,08/11/2015,,GMC,6001234,jane.smith@nhs.net,9434765919\n"
				+ "20000002,JONES,OWEN,01/01/1980,QQ000002C,3 MILL LANE,,LEEDS,LS6 2AB,Allied Health Professionals,"
				+ "Radiographer,Diagnostic Radiographer,RXX Radiology,20000001,01/02/2020,31/03/2026,HCPC,RA12345,,\n"
				+ "20000003,PATEL,ASHA,1975-05-05,QQ000003C,,,,,Nursing,Staff Nurse,Nurse,RXX Oncology,,,,NMC,12A3456E,,"
				+ "94347\n"));
		assertEquals(2, r.added(), r.toString());
		List<RecordException> problems = r.problems();
		assertEquals(1, problems.size());
		assertEquals("nhs_number", problems.get(0).column());
		assertEquals(4, problems.get(0).line());
		assertFalse(problems.get(0).getMessage().contains("94347"), "personal data is not quoted: "
				+ problems.get(0).getMessage());

		Directory d = new Directory(db.people.trust());
		Staff jane = d.staff("20000001");
		assertEquals("9434765919", jane.getNhsNumber());
		assertEquals("1967-03-22", jane.getDateOfBirth().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
		assertEquals("14 ASH STREET, BEESTON, LEEDS", jane.getAddress());
		assertEquals("LS11 4AP", jane.getPostcode());
		assertEquals("GMC 6001234", jane.getRegistration());
		assertEquals("Radiology", jane.getDepartment(), "ESR's organisation without the trust's code");
		Staff owen = d.staff("20000002");
		assertEquals(jane, owen.getLineManager());
		assertEquals("HCPC RA12345", owen.getRegistration());
		assertTrue(owen.getEndDate() != null);
	}
}
