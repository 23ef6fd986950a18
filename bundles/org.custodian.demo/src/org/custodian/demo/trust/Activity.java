package org.custodian.demo.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A month of a radiology department, study by study: each is ordered on the RIS by a clinician, acquired by a
 * radiographer, routed to the archive, reported by a radiologist (out of hours by teleradiology), viewed by the
 * referrer, sometimes by colleagues of the department and the MDT, and now and then by someone the RIS does
 * not name (legitimate, but unexplained). The planted accesses are merged in. Events are kept per day and
 * written a day at a time in time order, so memory does not grow with the number of accesses.
 */
final class Activity {
	static final String AUDIT_FILE = "pacs_audit.xml";
	static final int DAYS = 30;
	private static final String STUDY_ROOT = "1.2.826.0.1.3680043.10.1002.1.";
	private static final String[][] EXAMS = { { "CR", "XCHES", "XR Chest" }, { "CT", "CCHAP", "CT Chest abdomen pelvis" },
			{ "MR", "MKNEL", "MRI Knee left" }, { "CT", "CHEAD", "CT Head" }, { "CR", "XWRIR", "XR Wrist right" },
			{ "MR", "MBRAI", "MRI Brain" }, { "US", "UABDO", "US Abdomen" }, { "PT", "PPETC", "PET-CT Whole body" } };

	private final Population pop;
	private final Plants plants;
	private final Random random;
	private final long target;
	private final Map<String, List<Staff>> referrers = new HashMap<>();
	private final Map<String, List<Staff>> colleagues = new HashMap<>();
	private final List<Staff> radiographers;
	private final List<Staff> radiologists;
	private final List<Staff> teleradiologists;
	private final List<Staff> clerks;
	private final List<Person> ordinaryPatients = new ArrayList<>();
	private final Map<String, Staff> byUsername = new HashMap<>();
	@SuppressWarnings("unchecked")
	private final List<Access>[] days = new List[DAYS];
	private final long start = Population.FIRST_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
	private long generated;
	private int studies;
	private RisFiles ris;
	private long system;
	private long unexplained;
	private long onWard;
	private final long seed;
	private Wards wards;
	private long sameSurname;
	private Person current;
	private long staffPatientInCare;
	private long neighbourInCare;

	Activity(Population pop, Plants plants, long seed, long accesses) {
		this.pop = pop;
		this.plants = plants;
		this.random = new Random(seed ^ 0x5EEDL);
		this.seed = seed;
		this.target = accesses;
		for (String d : StaffRoles.CLINICAL) {
			referrers.put(d, pop.staffOf(d, StaffRoles.Role.CONSULTANT, StaffRoles.Role.DOCTOR));
			colleagues.put(d, pop.staffOf(d, StaffRoles.Role.NURSE, StaffRoles.Role.DOCTOR));
		}
		radiographers = pop.staffOf(StaffRoles.RADIOLOGY, StaffRoles.Role.RADIOGRAPHER);
		radiologists = pop.staffOf(StaffRoles.RADIOLOGY, StaffRoles.Role.RADIOLOGIST,
				StaffRoles.Role.RADIOLOGY_REGISTRAR);
		teleradiologists = pop.staffOf(StaffRoles.TELERADIOLOGY);
		clerks = pop.staffOf(StaffRoles.RADIOLOGY, StaffRoles.Role.RADIOLOGY_CLERK);
		pop.staff.forEach(st -> byUsername.put(st.username, st));
		java.util.Set<Integer> staffHouseholds = new java.util.HashSet<>();
		pop.staff.forEach(st -> staffHouseholds.add(st.person.household));
		for (Person p : pop.patients) {
			// staff and their families are imaged too, but rarely enough that each such look is worth a rule's notice
			boolean staffFamily = staffHouseholds.contains(p.household) && p.household % 20 != 0;
			if (!p.reserved && !staffFamily) {
				ordinaryPatients.add(p);
			}
		}
		for (int d = 0; d < DAYS; d++) {
			days[d] = new ArrayList<>();
		}
	}

	void write(Path dir, Manifest manifest) throws IOException {
		for (Access a : plants.accesses()) {
			add(a);
		}
		generated = 0;
		double[] weight = new double[DAYS];
		double total = 0;
		for (int d = 0; d < DAYS; d++) {
			DayOfWeek w = Population.FIRST_DAY.plusDays(d).getDayOfWeek();
			weight[d] = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? 0.45 : 1.0;
			total += weight[d];
		}
		long written;
		try (Wards w = new Wards(dir, seed); RisFiles r = new RisFiles(dir, w);
				AuditXml audit = new AuditXml(dir.resolve(AUDIT_FILE))) {
			ris = r;
			wards = w;
			double cumulative = 0;
			for (int d = 0; d < DAYS; d++) {
				cumulative += weight[d];
				long dayTarget = Math.round(target * cumulative / total);
				LocalDate day = Population.FIRST_DAY.plusDays(d);
				while (generated < dayTarget) {
					study(d, day);
				}
				List<Access> today = days[d];
				today.sort(Comparator.comparingLong(Access::second));
				for (Access a : today) {
					audit.write(a);
				}
				days[d] = null;
			}
			written = audit.written();
			manifest.file(RisFiles.RIS_FILE, r.orders() + r.results(), "HL7 v2.5 RIS feed: " + r.orders()
					+ " ORM^O01 orders, " + r.results() + " ORU^R01 results");
			manifest.file(RisFiles.CARE_FILE, r.careRows(), "care CSV, two lines per study (ordering and performing"
					+ " department)");
			manifest.file(RisFiles.MDT_FILE, r.mdtRows(), "MDT lists (no HL7 message carries them): load-care beside"
					+ " the HL7 RIS feed");
			manifest.file(RisFiles.MEDIA_FILE, r.exports(), "media register: every ordinary export to disc");
			manifest.file(Wards.STAYS_FILE, 2 * w.admissions(), "HL7 v2.5 ADT from the PAS: " + w.admissions()
					+ " A01 admissions to a ward and their A03 discharges (PV1-3, PV1-44/45)");
			manifest.file(Wards.LOCATIONS_FILE, w.locations().size(), "the trust's location list: ward and clinic"
					+ " codes of the PAS and RIS, and their departments (load-locations)");
		}
		manifest.file(AUDIT_FILE, written, "DICOM PS3.15 audit messages, one AuditMessage per line");
		manifest.figure("studies", studies);
		manifest.figure("system_events", system);
		manifest.figure("unexplained_ordinary", unexplained);
		manifest.figure("explained_by_ward", onWard);
		manifest.figure("same_surname_in_care", sameSurname);
		manifest.figure("staff_patient_in_care", staffPatientInCare);
		manifest.figure("neighbour_in_care", neighbourInCare);
		manifest.figure("planted_events", plants.accesses().size());
	}

	private void study(int d, LocalDate day) throws IOException {
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		String dept = weekend || random.nextInt(10) < 3 ? StaffRoles.CLINICAL.get(0)
				: StaffRoles.CLINICAL.get(1 + random.nextInt(StaffRoles.CLINICAL.size() - 1));
		boolean emergency = dept.equals(StaffRoles.CLINICAL.get(0));
		int hour = !emergency ? 8 + random.nextInt(9) : random.nextInt(10) < 7 ? 8 + random.nextInt(12) : random.nextInt(24);
		long ordered = start + d * 86_400L + hour * 3600L + random.nextInt(3600);
		LocalDate orderDay = day;
		Staff referrer = active(referrers.get(dept), orderDay);
		Person patient = patientFor(referrer);
		current = patient;
		int n = studies++;
		String[] exam = EXAMS[emergency ? random.nextInt(5) : random.nextInt(EXAMS.length)];
		Study s = new Study(STUDY_ROOT + n, String.format("RXXA%08d", n), exam[0].equals("CR") ? 1 + random.nextInt(3)
				: 80 + random.nextInt(600), exam[0], exam[1], exam[2]);
		boolean localCode = random.nextInt(10) == 0;
		ris.order(patient, s, dept, referrer, localCode, ordered);
		if (random.nextInt(50) == 0) {
			// the reception desk's shared log-in, at its own desk
			add(Access.login(ordered + 300, StaffFiles.SHARED[0][0], StaffFiles.SHARED[0][2], true, 0));
		}

		long acquired = ordered + (emergency ? 600 + random.nextInt(3000) : 1200 + random.nextInt(13_000));
		Staff radiographer = active(radiographers, orderDay);
		person(Access.view(acquired, "110104", "C", radiographer.username, radiographer.workstation, patient, s));
		if (random.nextInt(10) < 7) {
			machine(Access.machine(acquired + 120 + random.nextInt(480), StaffFiles.SYSTEM[1], patient, s));
		}
		int acqHour = (int) ((acquired - start) % 86_400 / 3600);
		boolean tele = weekend || acqHour < 8 || acqHour >= 18;
		Staff reporter = tele ? active(teleradiologists, orderDay) : active(radiologists, orderDay);
		long reported = acquired + (tele ? 1200 + random.nextInt(4200) : 1800 + random.nextInt(16_000));
		if (random.nextInt(10) < 3) {
			machine(Access.machine(acquired + 60, StaffFiles.SYSTEM[0], patient, s));
		}
		if (random.nextBoolean()) {
			person(Access.query(reported - 200, reporter.username, reporter.workstation, "0008,0052 CS STUDY",
					"0010,0020 LO " + patient.hospitalNumber));
		}
		person(Access.view(reported - 120, "110104", "R", reporter.username, reporter.workstation, patient, s));
		if (random.nextInt(10) < 3) {
			person(Access.view(reported - 30, "110103", "U", reporter.username, reporter.workstation, patient, s));
		}
		ris.result(patient, s, dept, referrer, localCode, reporter, acquired, reported);

		person(Access.view(reported + 600 + random.nextInt(28_000), "110104", "R", referrer.username,
				referrer.workstation, patient, s));
		if (random.nextInt(10) < 4) {
			person(Access.view(reported + 3600 + random.nextInt(50_000), "110103", "R", referrer.username,
					referrer.workstation, patient, s));
		}
		if (random.nextInt(10) < 3) {
			Staff c = active(colleagues.get(dept), orderDay);
			person(Access.view(reported + 3600 + random.nextInt(30_000), "110104", "R", c.username, c.workstation,
					patient, s));
		}
		List<Staff> mdt = new ArrayList<>();
		String mdtName = StaffRoles.mdt(dept);
		if (mdtName != null && random.nextInt(10) < 4) {
			for (String md : StaffRoles.mdtDepartments(mdtName)) {
				mdt.add(active(referrers.get(md), orderDay));
			}
			mdt.add(active(radiologists, orderDay));
			long meeting = start + (d + 1 + random.nextInt(2)) * 86_400L + 9 * 3600 + random.nextInt(3 * 3600);
			add(Access.login(meeting - 600, StaffFiles.SHARED[1][0], StaffFiles.SHARED[1][2], true, 0));
			for (int i = 0; i < 2; i++) {
				Staff m = mdt.get(random.nextInt(mdt.size()));
				person(Access.view(meeting + i * 300, "110104", "R", m.username, m.workstation, patient, s));
			}
		}
		ris.care(patient, s, dept, referrer, reporter, mdt, tele, acquired);
		if (random.nextInt(100) < 25) {
			// a clinician of another department with a reason the RIS does not record: most often the patient is on
			// one of that department's wards (the PAS's admission says so), else advice nothing records
			String other = StaffRoles.CLINICAL.get(random.nextInt(StaffRoles.CLINICAL.size()));
			Staff o = active(referrers.get(other), orderDay);
			if (!other.equals(dept) && !mdt.contains(o)) {
				long look = reported + 3600 + random.nextInt(60_000);
				person(Access.view(look, "110104", "R", o.username, o.workstation, patient, s));
				if (random.nextInt(4) < 3) {
					wards.admit(patient, other, look);
					onWard++;
				} else {
					unexplained++;
				}
			}
		}
		if (random.nextInt(10) < 3) {
			machine(Access.machine(start + (d + 1) * 86_400L + 3600 + random.nextInt(3 * 3600), StaffFiles.SYSTEM[2],
					patient, s));
		}
		if (random.nextInt(100) == 0) {
			Staff clerk = active(clerks, orderDay);
			long t = reported + 86_400 + random.nextInt(3600);
			person(new Access(t, "110106", "R", 0, null, clerk.username, clerk.workstation, null,
					AuditXml.patientCx(patient), patient.xpn(), s.uid, s.accession, s.instances, null));
			if (t < start + DAYS * 86_400L) {
				ris.export(patient, s, clerk, t);
			}
		}
	}

	/** A patient for the referrer: now and then one who shares their common surname (not a relative). */
	private Person patientFor(Staff referrer) {
		if (Surnames.commonShare(referrer.person.family) >= 0.003 && random.nextInt(20) == 0) {
			List<Person> namesakes = pop.patientsBySurname.getOrDefault(referrer.person.family, List.of());
			for (int tries = 0; tries < 10 && !namesakes.isEmpty(); tries++) {
				Person p = namesakes.get(random.nextInt(namesakes.size()));
				if (!p.reserved && p.household != referrer.person.household && p.staff == null
						&& !p.address.street().equals(referrer.person.address.street())) {
					sameSurname++;
					return p;
				}
			}
		}
		Person p = ordinaryPatients.get(random.nextInt(ordinaryPatients.size()));
		p.imaged = true;
		return p;
	}

	/** One of the staff in post on the day. */
	private Staff active(List<Staff> staff, LocalDate day) {
		while (true) {
			Staff s = staff.get(random.nextInt(staff.size()));
			if (!s.start.isAfter(day) && (s.end == null || !s.end.isBefore(day))) {
				return s;
			}
		}
	}

	private void person(Access a) {
		Staff owner = byUsername.get(a.user());
		if (owner != null && owner.end != null
				&& (a.second() - start) / 86_400 > owner.end.toEpochDay() - Population.FIRST_DAY.toEpochDay()) {
			// a leaver's look that would fall after their last day never happens (their account is closed)
			return;
		}
		if (owner != null && owner.person.household == current.household && a.patientCx() != null) {
			return; // a colleague looks at the images of staff and their families, never they themselves
		}
		if (owner != null && a.patientCx() != null) {
			Person me = owner.person;
			staffPatientInCare += current.staff != null ? 1 : 0;
			neighbourInCare += current.household != me.household
					&& current.address.street().equals(me.address.street()) ? 1 : 0;
		}
		if (random.nextInt(100) < 8) {
			// a log-in before the look, occasionally after a mistyped password
			if (random.nextInt(40) == 0) {
				add(Access.login(a.second() - 400, a.user(), a.host(), true, 4));
			}
			add(Access.login(a.second() - 300, a.user(), a.host(), true, 0));
		}
		add(a);
	}

	private void machine(Access a) {
		system++;
		add(a);
	}

	private void add(Access a) {
		generated++;
		long d = (a.second() - start) / 86_400;
		if (d >= 0 && d < DAYS && days[(int) d] != null) {
			days[(int) d].add(a);
		}
	}
}
