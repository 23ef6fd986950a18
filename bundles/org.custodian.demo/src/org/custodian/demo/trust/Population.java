package org.custodian.demo.trust;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The people of a generated trust: households of the city (a family shares surname, address and telephone;
 * next of kin is a household member), the trust's patients with local and NHS numbers (one in ten also known
 * to the network trust), and its staff, who live among them: some are patients, some have family and
 * neighbours among the patients.
 */
final class Population {
	/** The first day of the generated month (a Monday); all activity falls in the 30 days from it. */
	static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 2);

	final List<Person> people = new ArrayList<>();
	final List<Person> patients = new ArrayList<>();
	final List<Staff> staff = new ArrayList<>();
	final Map<String, List<Person>> patientsBySurname = new HashMap<>();
	private final Random random;
	private int nhsSerial = 100_000;
	private int hospitalSerial = 0;
	private int household = 0;
	private final Set<String> emails = new HashSet<>();
	private final Set<String> usernames = new HashSet<>();

	Population(long seed, int patientsWanted) {
		random = new Random(seed);
		buildStaff();
		while (patients.size() < patientsWanted) {
			household(false);
		}
		for (Person p : patients) {
			patientsBySurname.computeIfAbsent(p.family, f -> new ArrayList<>()).add(p);
		}
		assignManagers();
	}

	/** A household at a drawn address; its first member is of working age when {@code staffHead}. */
	private List<Person> household(boolean staffHead) {
		int h = household++;
		String family = Surnames.draw(random);
		Places.Address address = Places.address(random.nextInt(Places.districts()),
				random.nextInt(Places.STREETS_PER_DISTRICT), random);
		String phone = "0113 " + (200 + random.nextInt(800)) + " " + String.format("%04d", random.nextInt(10_000));
		int size = switch (random.nextInt(10)) {
		case 0, 1, 2 -> 1;
		case 3, 4, 5, 6 -> 2;
		case 7, 8 -> 3 + random.nextInt(2);
		default -> 5;
		};
		List<Person> members = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			boolean adult = i < 2;
			char sex = i == 0 ? (random.nextBoolean() ? 'F' : 'M') : i == 1 ? (members.get(0).sex == 'F' ? 'M' : 'F')
					: (random.nextBoolean() ? 'F' : 'M');
			int age = adult ? (staffHead ? 23 + random.nextInt(40) : 20 + random.nextInt(70)) : 1 + random.nextInt(17);
			LocalDate birth = FIRST_DAY.minusYears(age).minusDays(random.nextInt(365));
			Person p = new Person(people.size(), family, GivenNames.draw(random, sex), sex, birth, nextNhs(), address,
					phone, h);
			people.add(p);
			members.add(p);
		}
		for (Person p : members) {
			p.nextOfKin = members.size() == 1 ? null : p == members.get(0) ? members.get(1) : members.get(0);
			boolean isHead = staffHead && p == members.get(0);
			// a third of staff are also the trust's patients; every other household member is one
			if (!isHead || random.nextInt(3) == 0) {
				p.hospitalNumber = TrustIds.hospitalNumber(TrustIds.TRUST, 1_234_567 + 3 * hospitalSerial++);
				if (random.nextInt(10) == 0) {
					p.networkNumber = TrustIds.hospitalNumber(TrustIds.NETWORK_TRUST, 7_654_321 + 7 * hospitalSerial);
				}
				patients.add(p);
			}
		}
		return members;
	}

	private String nextNhs() {
		while (true) {
			String n = TrustIds.nhsNumber(nhsSerial++);
			if (n != null) {
				return n;
			}
		}
	}

	private void buildStaff() {
		for (Object[] post : StaffRoles.RADIOLOGY_POSTS) {
			for (int i = 0; i < (Integer) post[1]; i++) {
				hire((StaffRoles.Role) post[0], StaffRoles.RADIOLOGY);
			}
		}
		for (String department : StaffRoles.CLINICAL) {
			for (Object[] post : StaffRoles.CLINICAL_POSTS) {
				for (int i = 0; i < (Integer) post[1]; i++) {
					hire((StaffRoles.Role) post[0], department);
				}
			}
		}
		for (int i = 0; i < StaffRoles.TELERADIOLOGISTS; i++) {
			hire(StaffRoles.Role.TELERADIOLOGIST, StaffRoles.TELERADIOLOGY);
		}
	}

	private void hire(StaffRoles.Role role, String department) {
		Person person = household(true).get(0);
		int n = staff.size();
		String employment = role == StaffRoles.Role.TELERADIOLOGIST ? "CONTRACTOR"
				: (role == StaffRoles.Role.RADIOGRAPHER || role == StaffRoles.Role.NURSE) && random.nextInt(12) == 0
						? "AGENCY"
						: random.nextInt(25) == 0 ? "BANK" : "PERMANENT";
		String registration = role.registrationBody == null ? null
				: switch (role.registrationBody) {
				case "GMC" -> TrustIds.gmc(n);
				case "HCPC" -> TrustIds.hcpc(n);
				default -> TrustIds.nmc(n);
				};
		LocalDate start = FIRST_DAY.minusDays(60 + random.nextInt(20 * 365));
		if (start.isBefore(person.birthDate.plusYears(21))) {
			start = person.birthDate.plusYears(21).plusDays(random.nextInt(300));
		}
		if (start.isAfter(FIRST_DAY.minusDays(30))) {
			start = FIRST_DAY.minusDays(30 + random.nextInt(60));
		}
		String username = username(person, role);
		String workstation = workstation(role, department, n);
		Staff s = new Staff(person, TrustIds.esr(n), role, department, employment, start, registration, username,
				workstation);
		person.staff = s;
		s.email = email(person);
		// one in thirty leaves during the month; their account is disabled on the day
		if (n > 5 && random.nextInt(30) == 0) {
			s.end = FIRST_DAY.plusDays(2 + random.nextInt(20));
		}
		staff.add(s);
	}

	private String username(Person p, StaffRoles.Role role) {
		String base = role == StaffRoles.Role.TELERADIOLOGIST ? "tr." : "";
		base += (p.given.charAt(0) + p.family.replaceAll("[^A-Z]", "")).toLowerCase();
		String u = base;
		for (int i = 2; !usernames.add(u); i++) {
			u = base + i;
		}
		return u;
	}

	private String email(Person p) {
		String base = (p.given + "." + p.family.replaceAll("[^A-Z-]", "")).toLowerCase();
		String e = base;
		for (int i = 1; !emails.add(e); i++) {
			e = base + i;
		}
		return e + "@nhs.net";
	}

	/** Radiology reads at reporting stations, radiographers at modalities, clinicians on ward PCs. */
	private static String workstation(StaffRoles.Role role, String department, int n) {
		return switch (role) {
		case RADIOLOGIST, RADIOLOGY_REGISTRAR -> "RAD-RPT-" + String.format("%02d", 1 + n % 24);
		case TELERADIOLOGIST -> "TELERAD-GW-" + (1 + n % 2);
		case RADIOGRAPHER, RADIOLOGY_NURSE -> "RAD-MOD-" + String.format("%02d", 1 + n % 16);
		case RADIOLOGY_CLERK, PACS_MANAGER -> "RAD-ADM-" + String.format("%02d", 1 + n % 8);
		default -> department.replaceAll("[^A-Za-z]", "").toUpperCase().substring(0, 4) + "-PC-"
				+ String.format("%02d", 1 + n % 10);
		};
	}

	/** Everyone reports to the first member of their department with a more senior post. */
	private void assignManagers() {
		Map<String, Staff> heads = new HashMap<>();
		for (Staff s : staff) {
			heads.putIfAbsent(s.department, s);
		}
		Map<String, Staff> leads = new HashMap<>();
		for (Staff s : staff) {
			Staff head = heads.get(s.department);
			if (s == head) {
				continue;
			}
			String key = s.department + "/" + s.role;
			Staff lead = leads.get(key);
			if (lead == null) {
				leads.put(key, s);
				s.manager = head;
			} else {
				s.manager = lead;
			}
		}
		// the radiology head (the first PACS manager) reports to the first radiologist, the clinical director
		Staff radiologyHead = heads.get(StaffRoles.RADIOLOGY);
		for (Staff s : staff) {
			if (s.isRadiologist() && s != radiologyHead) {
				radiologyHead.manager = s;
				s.manager = null;
				break;
			}
		}
		for (Staff s : staff) {
			if (s != radiologyHead && heads.get(s.department) == s) {
				s.manager = radiologyHead.manager;
			}
		}
	}

	List<Staff> staffOf(String department, StaffRoles.Role... roles) {
		List<Staff> out = new ArrayList<>();
		for (Staff s : staff) {
			if (s.department.equals(department) && (roles.length == 0 || List.of(roles).contains(s.role))) {
				out.add(s);
			}
		}
		return out;
	}
}
