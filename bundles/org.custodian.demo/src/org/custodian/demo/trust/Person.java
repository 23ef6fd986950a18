package org.custodian.demo.trust;

import java.time.LocalDate;

/** Someone of the generated city: a patient of the trust, or a member of staff, or both. */
final class Person {
	final int index;
	final String family;
	final String given;
	final char sex;
	final LocalDate birthDate;
	final String nhsNumber;
	final Places.Address address;
	final String phone;
	final int household;
	/** The trust's hospital number (RXX...); null for staff who are not patients. */
	String hospitalNumber;
	/** The network trust's number (RYY...), for about one patient in ten. */
	String networkNumber;
	/** The household member named as next of kin, or null. */
	Person nextOfKin;
	/** Set when the person works for the trust. */
	Staff staff;
	/** True when the person has imaging in the month (ordinary traffic is about them). */
	boolean imaged;
	/** True when a planted access uses the patient: ordinary traffic leaves them alone. */
	boolean reserved;

	Person(int index, String family, String given, char sex, LocalDate birthDate, String nhsNumber,
			Places.Address address, String phone, int household) {
		this.index = index;
		this.family = family;
		this.given = given;
		this.sex = sex;
		this.birthDate = birthDate;
		this.nhsNumber = nhsNumber;
		this.address = address;
		this.phone = phone;
		this.household = household;
	}

	boolean isPatient() {
		return hospitalNumber != null;
	}

	/** The person's name as HL7 XPN and DICOM PN write it: FAMILY^GIVEN. */
	String xpn() {
		return family + "^" + given;
	}
}
