package org.custodian.demo.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The inappropriate accesses planted in a generated trust, one kind for each rule that exists, with the truth
 * the evaluation scores against. The patients they are about are kept out of ordinary traffic, so nothing in
 * the RIS explains a look at them; the staff involved are otherwise ordinary.
 */
final class Plants {
	static final String TRUTH_FILE = "truth.csv";
	static final String[] KINDS = { "self-access", "family", "neighbour", "co-worker", "flagged-patient",
			"after-leaving", "out-of-hours", "volume", "shared-account", "failed-logins", "export-no-register",
			"break-glass", "name-query" };
	private static final String OLD_STUDY_ROOT = "1.2.826.0.1.3680043.10.1002.8.";

	private record Truth(String kind, String user, String patientKey, long second, String note, int events) {
	}

	private final Population pop;
	private final Random random;
	private final List<Access> accesses = new ArrayList<>();
	private final List<Truth> truth = new ArrayList<>();
	private final List<Person> flagged = new ArrayList<>();
	private final List<Staff> actors;
	private int oldStudies;

	Plants(Population pop, long seed) {
		this.pop = pop;
		this.random = new Random(seed ^ 0x91A47L);
		actors = new ArrayList<>();
		for (Staff s : pop.staff) {
			if (s.end == null && s.role != StaffRoles.Role.TELERADIOLOGIST) {
				actors.add(s);
			}
		}
		plant();
	}

	List<Access> accesses() {
		return accesses;
	}

	List<Person> flagged() {
		return flagged;
	}

	private void plant() {
		Map<String, List<Person>> byStreet = new HashMap<>();
		for (Person p : pop.patients) {
			byStreet.computeIfAbsent(p.address.street(), k -> new ArrayList<>()).add(p);
		}
		int day = 3;
		int self = 0;
		int family = 0;
		int neighbour = 0;
		for (Staff s : actors) {
			Person me = s.person;
			if (self < 3 && me.isPatient() && !me.reserved) {
				view("self-access", s, me, at(day++, 10), "looked at their own record");
				self++;
				continue;
			}
			if (family < 3) {
				Person relative = pop.people.stream().filter(q -> q.household == me.household && q != me
						&& q.isPatient() && !q.reserved).findFirst().orElse(null);
				if (relative != null) {
					view("family", s, relative, at(day++, 14), "same surname and address: a household member");
					family++;
					continue;
				}
			}
			if (neighbour < 3) {
				Person next = byStreet.getOrDefault(me.address.street(), List.of()).stream()
						.filter(q -> q.household != me.household && !q.family.equals(me.family) && !q.reserved
								&& q.staff == null)
						.findFirst().orElse(null);
				if (next != null) {
					view("neighbour", s, next, at(day++, 11), "lives on the same street (" + me.address.street() + ")");
					neighbour++;
				}
			}
			if (day > 26) {
				day = 3;
			}
		}
		for (int i = 0; i < 3; i++) {
			Staff s = actor();
			Person colleague = null;
			while (colleague == null || colleague == s.person || colleague.household == s.person.household
					|| !colleague.isPatient() || colleague.reserved) {
				colleague = pop.staff.get(random.nextInt(pop.staff.size())).person;
			}
			view("co-worker", s, colleague, at(4 + 7 * i, 15), "the patient works for the trust ("
					+ colleague.staff.department + ")");
		}
		for (int i = 0; i < 12; i++) {
			flagged.add(reservedPatient());
		}
		for (int i = 0; i < 3; i++) {
			view("flagged-patient", actor(), flagged.get(i), at(5 + 6 * i, 12), "the patient is on the flagged list");
		}
		int leavers = 0;
		for (Staff s : pop.staff) {
			if (s.end != null && leavers < 2 && s.end.isBefore(Population.FIRST_DAY.plusDays(20))) {
				s.accountLeftOpen = true;
				int d = (int) (s.end.toEpochDay() - Population.FIRST_DAY.toEpochDay()) + 3;
				view("after-leaving", s, reservedPatient(), at(d, 13), "account used three days after the owner left on "
						+ s.end);
				leavers++;
			}
		}
		for (int e = 0; e < 2; e++) {
			Staff s = actor();
			long start = atExact(8 + 9 * e, 2) + random.nextInt(120);
			for (int i = 0; i < 12; i++) {
				Person p = reservedPatient();
				accesses.add(Access.view(start + i * 240L + random.nextInt(60), "110104", "R", s.username,
						s.workstation, p, oldStudy()));
			}
			truth.add(new Truth("out-of-hours", s.username, null, start, "12 unrelated patients browsed between 02:00"
					+ " and 03:00", 12));
		}
		for (int e = 0; e < 2; e++) {
			Staff s = actor();
			Person p = reservedPatient();
			long start = atExact(10 + 8 * e, 1);
			for (int i = 0; i < 40; i++) {
				accesses.add(Access.view(start + i * 120L, "110104", "R", s.username, s.workstation, p, oldStudy()));
			}
			truth.add(new Truth("volume", s.username, p.hospitalNumber, start, "40 studies of one patient between"
					+ " 01:00 and 02:20", 40));
		}
		for (int e = 0; e < 2; e++) {
			String[] shared = StaffFiles.SHARED[0];
			long t = at(6 + 10 * e, 10);
			Person p = reservedPatient();
			accesses.add(Access.view(t, "110104", "R", shared[0], shared[2], p, oldStudy()));
			accesses.add(Access.view(t + 45, "110104", "R", shared[0], "ORTH-PC-0" + (2 + e), reservedPatient(),
					oldStudy()));
			truth.add(new Truth("shared-account", shared[0], p.hospitalNumber, t, "the shared account at " + shared[2]
					+ " and ORTH-PC-0" + (2 + e) + " within a minute", 2));
		}
		for (int e = 0; e < 2; e++) {
			Staff s = actor();
			long t = at(9 + 7 * e, 16);
			for (int i = 0; i < 10; i++) {
				accesses.add(Access.login(t + i * 15L, s.username, s.workstation, true, 4));
			}
			truth.add(new Truth("failed-logins", s.username, null, t, "10 failed log-ins in under three minutes", 10));
		}
		List<Staff> clerks = pop.staffOf(StaffRoles.RADIOLOGY, StaffRoles.Role.RADIOLOGY_CLERK);
		for (int e = 0; e < 2; e++) {
			Staff s = clerks.get(1 + e);
			Person p = reservedPatient();
			long t = at(12 + 5 * e, 15);
			Study st = oldStudy();
			accesses.add(new Access(t, "110106", "R", 0, null, s.username, s.workstation, null, AuditXml.patientCx(p),
					p.xpn(), st.uid, null, st.instances, null));
			truth.add(new Truth("export-no-register", s.username, p.hospitalNumber, t, "exported to DVD with no"
					+ " entry in the media register", 1));
		}
		for (int e = 0; e < 2; e++) {
			Staff s = actor();
			Person p = reservedPatient();
			long t = at(7 + 11 * e, 20);
			accesses.add(new Access(t, "110113", "E", 0, "110127", s.username, s.workstation, null,
					AuditXml.patientCx(p), p.xpn(), null, null, 0, null));
			accesses.add(Access.view(t + 30, "110104", "R", s.username, s.workstation, p, oldStudy()));
			truth.add(new Truth("break-glass", s.username, p.hospitalNumber, t, "emergency override (110127)", 1));
		}
		for (int e = 0; e < 2; e++) {
			Staff s = actor();
			Person p = reservedPatient();
			long t = at(11 + 9 * e, 11);
			accesses.add(Access.query(t, s.username, s.workstation, "0008,0052 CS STUDY",
					"0010,0010 PN " + p.family + "^" + p.given));
			truth.add(new Truth("name-query", s.username, p.hospitalNumber, t, "searched by the name " + p.family + "^"
					+ p.given + " without a patient ID", 1));
		}
	}

	private void view(String kind, Staff s, Person p, long second, String note) {
		p.reserved = true;
		accesses.add(Access.view(second, "110104", "R", s.username, s.workstation, p, oldStudy()));
		truth.add(new Truth(kind, s.username, p.hospitalNumber, second, note, 1));
	}

	private Staff actor() {
		return actors.get(random.nextInt(actors.size()));
	}

	private Person reservedPatient() {
		while (true) {
			Person p = pop.patients.get(random.nextInt(pop.patients.size()));
			if (!p.reserved && p.staff == null) {
				p.reserved = true;
				return p;
			}
		}
	}

	private Study oldStudy() {
		int n = oldStudies++;
		return new Study(OLD_STUDY_ROOT + n, null, 40 + n % 200, "CT", null, null);
	}

	/** Epoch second at {@code hour}:mm of day {@code day} of the month, the minutes drawn. */
	private long at(int day, int hour) {
		LocalDate d = Population.FIRST_DAY.plusDays(day);
		return d.atTime(hour, random.nextInt(50)).toEpochSecond(ZoneOffset.UTC) + random.nextInt(60);
	}

	private static long atExact(int day, int hour) {
		return Population.FIRST_DAY.plusDays(day).atTime(hour, 0).toEpochSecond(ZoneOffset.UTC);
	}

	void writeTruth(Path dir, Manifest manifest) throws IOException {
		try (CsvOut out = new CsvOut(dir.resolve(TRUTH_FILE), "kind", "user", "patient_key", "time", "note",
				"events")) {
			for (Truth t : truth) {
				out.row(t.kind(), t.user(), t.patientKey(), Instant.ofEpochSecond(t.second()), t.note(), t.events());
			}
			manifest.file(TRUTH_FILE, out.rows(), "planted inappropriate accesses (kind,user,patient_key,time,note,events)");
		}
	}
}
