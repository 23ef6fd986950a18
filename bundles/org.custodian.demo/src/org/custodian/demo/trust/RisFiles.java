package org.custodian.demo.trust;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the RIS knows of each study, as it leaves the RIS: HL7 v2.5 ORM^O01 orders (ordering provider in ORC-12
 * and OBR-16, department in PV1-3, accession in ORC-2 and OBR-18) and ORU^R01 results (reporting radiologist in
 * OBR-32), and the same as the care CSV the access rules read (referrer and reporter as PACS usernames). Also the
 * media register, where every ordinary export to disc is entered.
 */
final class RisFiles implements AutoCloseable {
	static final String RIS_FILE = "ris.hl7";
	static final String CARE_FILE = "care.csv";
	static final String MEDIA_FILE = "media_register.csv";
	static final String MDT_FILE = "mdt_lists.csv";
	private final BufferedWriter ris;
	private final CsvOut care;
	private final CsvOut mdtLists;
	private final CsvOut media;
	private int orders;
	private int results;
	private int control = 1;

	private final Wards wards;

	RisFiles(Path dir, Wards wards) throws IOException {
		this.wards = wards;
		ris = new BufferedWriter(Files.newBufferedWriter(dir.resolve(RIS_FILE), StandardCharsets.UTF_8), 1 << 16);
		care = new CsvOut(dir.resolve(CARE_FILE), "patient_id", "accession", "referrer", "reporting_radiologist",
				"department", "mdt_list", "teleradiology", "study_date");
		mdtLists = new CsvOut(dir.resolve(MDT_FILE), "patient_id", "accession", "mdt_list", "study_date");
		media = new CsvOut(dir.resolve(MEDIA_FILE), "direction", "transfer_date", "patient_id", "study_instance_uids",
				"encrypted", "sender", "recipient");
	}

	void order(Person p, Study s, String department, Staff referrer, boolean localCode, long second)
			throws IOException {
		LocalDateTime t = time(second);
		String xcn = Hl7.xcn(referrer, localCode);
		ris.write(Hl7.message(Hl7.msh("RIS", "PACS", t, "ORM^O01^ORM_O01", "RIS" + control++), Hl7.pid(p),
				pv1(department, s), Hl7.segment("ORC", 12, 1, "NW", 2, s.accession, 3, s.accession, 5, "SC", 9,
						Hl7.TS.format(t), 12, xcn),
				Hl7.segment("OBR", 24, 1, "1", 2, s.accession, 3, s.accession, 4, s.examCode + "^" + s.examName + "^L",
						6, Hl7.TS.format(t), 16, xcn, 18, s.accession, 24, s.modality)));
		orders++;
	}

	void result(Person p, Study s, String department, Staff referrer, boolean localCode, Staff reporter,
			long acquired, long reported) throws IOException {
		LocalDateTime t = time(reported);
		ris.write(Hl7.message(Hl7.msh("RIS", "PACS", t, "ORU^R01^ORU_R01", "RIS" + control++), Hl7.pid(p),
				pv1(department, s), Hl7.segment("ORC", 12, 1, "RE", 2, s.accession, 3, s.accession, 5, "CM"),
				Hl7.segment("OBR", 32, 1, "1", 2, s.accession, 3, s.accession, 4, s.examCode + "^" + s.examName + "^L",
						7, Hl7.TS.format(time(acquired)), 16, Hl7.xcn(referrer, localCode), 18, s.accession, 22,
						Hl7.TS.format(t), 24, s.modality, 25, "F", 32, Hl7.ndl(reporter)),
				Hl7.segment("OBX", 14, 1, "1", 2, "TX", 3, s.examCode + "^" + s.examName + "^L", 5,
						"No acute abnormality demonstrated.", 11, "F", 14, Hl7.TS.format(t))));
		results++;
	}

	/** The care lines of one study: its ordering department's, and the performing department's (Radiology). */
	void care(Person p, Study s, String department, Staff referrer, Staff reporter, List<Staff> mdt,
			boolean teleradiology, long acquired) {
		String patient = p.hospitalNumber + "^^^" + TrustIds.TRUST;
		String mdtList = mdt.isEmpty() ? null
				: String.join(";", mdt.stream().map(m -> m.username).toList());
		String date = time(acquired).toLocalDate().toString();
		String tele = teleradiology ? reporter.username : null;
		care.row(patient, s.accession, referrer.username, reporter.username, department, mdtList, tele, date);
		care.row(patient, s.accession, referrer.username, reporter.username, StaffRoles.RADIOLOGY, null, tele, date);
		if (mdtList != null) {
			// what the HL7 feed cannot carry: the MDT coordinator's list, kept beside the RIS
			mdtLists.row(patient, s.accession, mdtList, date);
		}
	}

	void export(Person p, Study s, Staff sender, long second) {
		media.row("SENT", time(second).toLocalDate(), p.hospitalNumber + "^^^" + TrustIds.TRUST, s.uid, "yes",
				sender.employeeNumber, "Patient (subject access request)");
	}

	/** The ordering department's clinic by the RIS's location code, as the HL7 feed sends it (the CSV names it). */
	private String pv1(String department, Study s) {
		return Hl7.segment("PV1", 19, 1, "1", 2, department.equals("Emergency Department") ? "E" : "O", 3,
				wards.clinic(department) + "^^^" + TrustIds.TRUST, 19, "V" + s.accession.substring(4));
	}

	private static LocalDateTime time(long second) {
		return LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
	}

	int orders() {
		return orders;
	}

	int results() {
		return results;
	}

	int careRows() {
		return care.rows();
	}

	int mdtRows() {
		return mdtLists.rows();
	}

	int exports() {
		return media.rows();
	}

	@Override
	public void close() throws IOException {
		ris.close();
		care.close();
		mdtLists.close();
		media.close();
	}
}
