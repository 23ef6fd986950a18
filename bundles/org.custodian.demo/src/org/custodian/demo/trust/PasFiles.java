package org.custodian.demo.trust;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * The PAS's demographics: HL7 v2.5 ADT messages (A04 registrations, A08 updates, A40 merges of duplicate
 * registrations with MRG) and the same patients as the demographics CSV the patient feed loads, and the
 * flagged-patient list.
 */
final class PasFiles {
	static final String ADT_FILE = "pas_adt.hl7";
	static final String PATIENTS_FILE = "patients.csv";
	static final String FLAGS_FILE = "flags.csv";
	static final int MERGES = 15;

	private PasFiles() {
	}

	static void write(Population pop, Plants plants, long seed, Path dir, Manifest manifest) throws IOException {
		Random random = new Random(seed ^ 0xADAL);
		int a04 = 0;
		int a08 = 0;
		int a40 = 0;
		int control = 1;
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(ADT_FILE), StandardCharsets.UTF_8)) {
			int duplicateSerial = 0;
			for (Person p : pop.patients) {
				LocalDateTime registered = Population.FIRST_DAY.atTime(8, 0).minusDays(1 + random.nextInt(3650))
						.plusMinutes(random.nextInt(600));
				out.write(adt(p, "A04", registered, control++));
				a04++;
				if (random.nextInt(20) == 0) {
					out.write(adt(p, "A08", registered.plusDays(1 + random.nextInt(300)), control++));
					a08++;
				}
				if (a40 < MERGES && p.index % 97 == 5) {
					// a duplicate registration under a second local number, later merged into this one
					String duplicate = TrustIds.hospitalNumber(TrustIds.TRUST, 9_000_001 + 11 * duplicateSerial++);
					String real = p.hospitalNumber;
					p.hospitalNumber = duplicate;
					LocalDateTime dupTime = registered.plusDays(30);
					String dupMessage = adt(p, "A04", dupTime, control++);
					p.hospitalNumber = real;
					out.write(dupMessage);
					a04++;
					LocalDateTime merged = dupTime.plusDays(2);
					out.write(Hl7.message(Hl7.msh("PAS", "PACS", merged, "ADT^A40^ADT_A39", "PAS" + control++),
							"EVN|A40|" + Hl7.TS.format(merged), Hl7.pid(p),
							"MRG|" + TrustIds.cx(duplicate) + "||||||" + p.xpn()));
					a40++;
				}
			}
		}
		manifest.file(ADT_FILE, a04 + a08 + a40, "HL7 v2.5 ADT: " + a04 + " A04, " + a08 + " A08, " + a40
				+ " A40 (MRG-1 the duplicate number merged away)");
		try (CsvOut csv = new CsvOut(dir.resolve(PATIENTS_FILE), "patient_id", "nhs_number", "family_name",
				"given_name", "birth_date", "sex", "address", "postcode", "phone", "next_of_kin", "next_of_kin_phone",
				"next_of_kin_address")) {
			for (Person p : pop.patients) {
				String ids = TrustIds.cx(p.hospitalNumber)
						+ (p.networkNumber == null ? "" : "~" + TrustIds.cx(p.networkNumber));
				Person kin = p.nextOfKin;
				csv.row(ids, p.nhsNumber, p.family, p.given, p.birthDate, String.valueOf(p.sex), p.address.oneLine(),
						p.address.postcode(), p.phone, kin == null ? null : kin.given + " " + kin.family,
						kin == null ? null : kin.phone, kin == null ? null : kin.address.oneLine());
			}
			manifest.file(PATIENTS_FILE, csv.rows(), "PAS demographics CSV (patient_id CX repetitions joined by ~)");
		}
		try (CsvOut flags = new CsvOut(dir.resolve(FLAGS_FILE), "patient_id", "category", "reason")) {
			List<Person> flagged = plants.flagged();
			for (int i = 0; i < flagged.size(); i++) {
				flags.row(TrustIds.cx(flagged.get(i).hospitalNumber), i % 3 == 2 ? "SENSITIVE" : "VIP",
						i % 3 == 2 ? "Protected record (safeguarding)" : "Public figure");
			}
			manifest.file(FLAGS_FILE, flags.rows(), "flagged patients (VIP list)");
		}
	}

	private static String adt(Person p, String trigger, LocalDateTime time, int control) {
		Person kin = p.nextOfKin;
		String nk1 = kin == null ? null
				: "NK1|1|" + kin.xpn() + "|" + (kin.household == p.household && Math.abs(
						kin.birthDate.getYear() - p.birthDate.getYear()) < 16 ? "SPO^Spouse^HL70063" : "PAR^Parent^HL70063")
						+ "|" + Hl7.xad(kin.address) + "|" + kin.phone;
		String evn = "EVN|" + trigger + "|" + Hl7.TS.format(time);
		String msh = Hl7.msh("PAS", "PACS", time, "ADT^" + trigger + "^ADT_A01", "PAS" + control);
		String pv1 = "PV1|1|O";
		return nk1 == null ? Hl7.message(msh, evn, Hl7.pid(p), pv1) : Hl7.message(msh, evn, Hl7.pid(p), nk1, pv1);
	}
}
