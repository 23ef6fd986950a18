package org.custodian.audit.core.tests;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.custodian.model.Account;
import org.custodian.model.ChangeKind;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;
import org.custodian.model.Trust;
import org.custodian.model.Workstation;
import org.custodian.store.CareRelationship;
import org.custodian.store.FlaggedPatient;

/**
 * A month of ordinary radiology traffic with planted inappropriate accesses, one or more per rule: the trust
 * (staff, accounts, a leaver, workstations), the RIS/worklist care feed, the VIP list, and the audit log as DICOM
 * audit XML. Ordinary traffic is built to have a care relationship for every access, in working hours, at a
 * steady volume, so that any alert on it is a false positive.
 */
final class AccessScenario {
	static final ZoneId LONDON = ZoneId.of("Europe/London");
	/** A Monday: the month runs from here. */
	static final LocalDate START = LocalDate.of(2026, 3, 2);
	static final LocalDate PLANT_DAY = LocalDate.of(2026, 3, 31); // a Tuesday

	/** One planted access: the rule that must find it, the user and the patient (null for user-level plants). */
	record Plant(String rule, String user, String patient) {
	}

	final Trust trust = ModelFactory.eINSTANCE.createTrust();
	final List<CareRelationship> care = new ArrayList<>();
	final List<FlaggedPatient> flags = new ArrayList<>();
	final List<Plant> plants = new ArrayList<>();
	private final List<String> messages = new ArrayList<>();
	private final Random random = new Random(20260331);
	private int study;

	private static final String[] RADIOLOGISTS = { "rad.ahmed", "rad.baker", "rad.chen", "rad.dunn", "rad.evans" };
	private static final String[] SURNAMES = { "ADEYEMI", "BRENNAN", "CASTILLO", "DOYLE", "EKWUEME", "FARRUGIA",
			"GALLAGHER", "HOLLOWAY", "IQBAL", "JANKOWSKI", "KOWALCZYK", "LINDQVIST", "MARCHETTI", "NAKAMURA", "OKAFOR",
			"PETROVIC", "QUINTERO", "ROSSETTI", "SZABO", "TREMBLAY" };

	AccessScenario() {
		trust.setId("scenario-trust");
		trust.setName("Scenario NHS Trust");
		for (int i = 0; i < RADIOLOGISTS.length; i++) {
			staff(RADIOLOGISTS[i], "Rad" + i, "Radiologist" + (char) ('A' + i), "Radiology", "90000001" + (10 + i));
		}
		staff("sally", "Sally", "Summers", "Radiology", "9000000001");
		staff("fred", "Fred", "Thompson", "Radiology", "9000000002");
		staff("dave", "Dave", "Dacre", "Radiology", "9000000003");
		staff("carol", "Carol", "Cole", "Cardiology", "9000000004");
		Staff leo = staff("leo", "Leo", "Leaver", "Radiology", "9000000005");
		leo.setEndDate(date(LocalDate.of(2026, 3, 15)));
		staff("nina", "Nina", "Newman", "Cardiology", "9000000006");
		staff("owen", "Owen", "Oakes", "Radiology", "9000000007");
		staff("sam", "Sam", "Shore", "Radiology", "9000000008");
		staff("eve", "Eve", "Exton", "Radiology", "9000000009");
		staff("victor", "Victor", "Vance", "Cardiology", "9000000010");
		staff("fay", "Fay", "Fenwick", "Radiology", "9000000011");
		staff("bob", "Bob", "Bright", "Emergency", "9000000012");
		staff("quinn", "Quinn", "Quayle", "Radiology", "9000000013");
		staff("val", "Val", "Vickers", "Radiology", "9000000014");
		Staff mover = staff("mo", "Mo", "Mover", "Cardiology", "9000000015");
		StaffChange move = ModelFactory.eINSTANCE.createStaffChange();
		move.setId("change-mo");
		move.setStaff(mover);
		move.setKind(ChangeKind.MOVER);
		move.setEffectiveDate(date(LocalDate.of(2026, 3, 20)));
		trust.getStaffChanges().add(move);
		workstation("10.0.1.5", "WS-WARD-A", "Ward A");
		workstation("10.0.9.9", "WS-CLINIC-B", "Clinic B");
		workstation("10.0.2.1", "WS-RAD-1", "Radiology reading room");
	}

	private Staff staff(String user, String given, String family, String department, String nhsNumber) {
		Staff s = ModelFactory.eINSTANCE.createStaff();
		s.setId("staff-" + user);
		s.setStaffNumber("S-" + user);
		s.setGivenName(given);
		s.setFamilyName(family);
		s.setDepartment(department);
		s.setNhsNumber(nhsNumber);
		trust.getStaff().add(s);
		Account a = ModelFactory.eINSTANCE.createAccount();
		a.setId("account-" + user);
		a.setSystem("PACS");
		a.setUsername(user);
		a.setOwner(s);
		a.setEnabled(true);
		trust.getAccounts().add(a);
		return s;
	}

	private void workstation(String address, String name, String location) {
		Workstation w = ModelFactory.eINSTANCE.createWorkstation();
		w.setId("ws-" + name);
		w.setAddress(address);
		w.setName(name);
		w.setLocation(location);
		trust.getWorkstations().add(w);
	}

	static Date date(LocalDate d) {
		return Date.from(d.atStartOfDay(LONDON).toInstant());
	}

	static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
	}

	/** Ordinary traffic: every working day, each radiologist reports some of their own patients' studies. */
	AccessScenario ordinaryMonth() {
		for (LocalDate day = START; day.isBefore(PLANT_DAY.plusDays(1)); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (String rad : RADIOLOGISTS) {
				for (int i = 0; i < 6; i++) {
					String patient = "P" + (1000 + random.nextInt(400));
					String accession = "ACC" + (++study);
					care.add(new CareRelationship(patient, accession, "ward.doctor", rad, "Radiology", null, null, day));
					view(at(day, 9 + random.nextInt(8), random.nextInt(60)), rad, "10.0.2.1", patient, name(patient));
				}
			}
			// val, a radiographer, works a steady 5 studies a day in the department
			for (int i = 0; i < 5; i++) {
				String patient = "P" + (2000 + random.nextInt(200));
				care.add(new CareRelationship(patient, "ACCV" + (++study), "ward.doctor", null, "Radiology", null, null, day));
				view(at(day, 10, 5 * i), "val", "10.0.2.1", patient, name(patient));
			}
		}
		return this;
	}

	private String name(String patient) {
		int n = Integer.parseInt(patient.substring(1));
		return SURNAMES[n % SURNAMES.length] + "^PATIENT" + n;
	}

	/** The planted accesses, all on {@link #PLANT_DAY} or the night after it. */
	AccessScenario plants() {
		LocalDate d = PLANT_DAY;
		plant("self-access", "sally", "9000000001", () -> view(at(d, 11, 0), "sally", "10.0.2.1", "9000000001", "SUMMERS^SALLY"));
		plant("family", "fred", "P-FAM", () -> view(at(d, 11, 5), "fred", "10.0.2.1", "P-FAM", "THOMSON^MARY"));
		plant("co-worker", "dave", "9000000004", () -> view(at(d, 11, 10), "dave", "10.0.2.1", "9000000004", "COLE^CAROL"));
		plant("after-leaving", "leo", "P1001", () -> view(at(d, 11, 15), "leo", "10.0.2.1", "P1001", name("P1001")));
		plant("after-leaving", "mo", "P1002", () -> view(at(d, 11, 20), "mo", "10.0.2.1", "P1002", name("P1002")));
		// browsing: five patients in a day, none of them with anything in the RIS naming nina or Cardiology
		plant("no-care-relationship", "nina", null, () -> {
			for (int i = 0; i < 5; i++) {
				view(at(d, 11, 25 + i), "nina", "10.0.2.1", "P-NOCARE" + i, "NOWAK^PETER" + i);
			}
		});
		flags.add(new FlaggedPatient("P-VIP", "VIP", "public figure"));
		plant("flagged-patient", "victor", "P-VIP", () -> view(at(d, 11, 30), "victor", "10.0.2.1", "P-VIP", "VIP^PERSON"));
		plant("out-of-hours", "owen", null, () -> {
			for (int i = 0; i < 12; i++) {
				view(at(d.plusDays(1), 2, i * 3), "owen", "10.0.2.1", "P" + (3000 + i), "NIGHT^PATIENT" + i);
			}
		});
		plant("shared-account", "sam", null, () -> {
			view(at(d, 14, 0), "sam", "10.0.1.5", "P3100", "SHARE^ONE");
			view(at(d, 14, 1), "sam", "10.0.9.9", "P3101", "SHARE^TWO");
		});
		plant("unencrypted-export", "eve", "P-EXP", () -> messages.add(AuditXml.message().event("110106", "Export")
				.action("R").time(at(d, 15, 0).toString()).person("eve", "Eve Exton", true, "10.0.2.1")
				.machine("MEDIA", "10.0.2.1", "110154", "Destination Media").patient("P-EXP", "EXPORT^PATIENT").xml()));
		plant("failed-logins", "fay", null, () -> {
			for (int i = 0; i < 6; i++) {
				messages.add(AuditXml.message().event("110114", "User Authentication").eventType("110122", "Login")
						.action("E").outcome("4").time(at(d, 16, i).toString()).person("fay", "Fay Fenwick", true, "10.0.2.1")
						.xml());
			}
		});
		plant("break-glass", "bob", "P-BG", () -> messages.add(AuditXml.message().event("110110", "Patient Record")
				.eventType("110127", "Emergency Override Started").action("R").time(at(d, 17, 0).toString())
				.person("bob", "Bob Bright", true, "10.0.2.1").patient("P-BG", "GLASS^BREAK").xml()));
		byte[] byName = DicomDataset.explicitLittleEndian().add(0x00080052, "CS", "STUDY")
				.add(0x00100010, "PN", "CELEBRITY^FAMOUS").bytes();
		plant("query-by-name", "quinn", null, () -> messages.add(AuditXml.message().event("110112", "Query")
				.action("E").time(at(d, 12, 0).toString()).person("quinn", "Quinn Quayle", true, "10.0.2.1")
				.query("1.2.840.10008.5.1.4.1.2.2.1", byName).xml()));
		plant("volume", "val", null, () -> {
			for (int i = 0; i < 120; i++) {
				String patient = "P" + (2000 + i % 200);
				care.add(new CareRelationship(patient, "ACCVOL" + i, "ward.doctor", null, "Radiology", null, null, d));
				view(at(d, 9, 0).plusSeconds(240L * i), "val", "10.0.2.1", patient, name(patient));
			}
		});
		return this;
	}

	private void plant(String rule, String user, String patient, Runnable messagesOfThePlant) {
		plants.add(new Plant(rule, user, patient));
		messagesOfThePlant.run();
	}

	private void view(Instant time, String user, String host, String patient, String patientName) {
		messages.add(AuditXml.message().event("110104", "DICOM Instances Transferred").action("R").time(time.toString())
				.person(user, user, true, host).machine("PACS_MAIN", "10.0.0.1", "110153", "Source Role ID")
				.study("1.2.826.0.1.3680043.10." + (++study), "1.2.840.10008.5.1.4.1.1.2", 4)
				.patient(patient, patientName).xml());
	}

	/** The audit log: every message concatenated, as a PACS writes its audit file. */
	Path write(Path file) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write(AuditXml.DECLARATION);
			w.write('\n');
			for (String m : messages) {
				w.write(m);
			}
		}
		return file;
	}

	int messageCount() {
		return messages.size();
	}
}
