package org.custodian.demo.trust;

import java.time.LocalDate;

/** A member of the trust's staff, with the ESR assignment and the PACS account that go with the post. */
final class Staff {
	final Person person;
	final String employeeNumber;
	final StaffRoles.Role role;
	final String department;
	final String employment;
	final LocalDate start;
	/** The last working day, or null while in post. */
	LocalDate end;
	Staff manager;
	final String registrationNumber;
	final String username;
	final String workstation;
	/** True for a leaver whose PACS account was never disabled (and is used after they left). */
	boolean accountLeftOpen;
	/** The work e-mail, given.family (with a number when taken) at the NHS mail domain. */
	String email;

	Staff(Person person, String employeeNumber, StaffRoles.Role role, String department, String employment,
			LocalDate start, String registrationNumber, String username, String workstation) {
		this.person = person;
		this.employeeNumber = employeeNumber;
		this.role = role;
		this.department = department;
		this.employment = employment;
		this.start = start;
		this.registrationNumber = registrationNumber;
		this.username = username;
		this.workstation = workstation;
	}


	boolean isRadiologist() {
		return role == StaffRoles.Role.RADIOLOGIST;
	}

	boolean leftBefore(LocalDate day) {
		return end != null && end.isBefore(day);
	}
}
