package org.custodian.demo.trust;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * HL7 v2.5 as a PAS or RIS interface engine sends it: segments separated by CR, one message per line of the
 * file (each message ends with CR and a newline), encoding characters ^~\&.
 */
final class Hl7 {
	static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
	static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyyMMdd");

	private Hl7() {
	}

	static String msh(String sendingApp, String receivingApp, LocalDateTime time, String type, String controlId) {
		return "MSH|^~\\&|" + sendingApp + "|RXX|" + receivingApp + "|RXX|" + TS.format(time) + "||" + type + "|"
				+ controlId + "|P|2.5";
	}

	/** PID with the patient's identifiers as CX repetitions: RXX (MR), NHS number (NH), RYY when known. */
	static String pid(Person p) {
		return "PID|1||" + identifiers(p) + "||" + p.xpn() + "||" + DT.format(p.birthDate) + "|" + p.sex + "|||"
				+ xad(p.address) + "||" + p.phone;
	}

	static String identifiers(Person p) {
		return TrustIds.cx(p.hospitalNumber) + "~" + TrustIds.nhsCx(p.nhsNumber)
				+ (p.networkNumber == null ? "" : "~" + TrustIds.cx(p.networkNumber));
	}

	/** XAD: street^other (area)^city^state^postcode^country^type H (home). */
	static String xad(Places.Address a) {
		return a.line1() + "^" + a.area() + "^" + a.town() + "^^" + a.postcode() + "^GBR^H";
	}

	/**
	 * XCN of a clinician: ID^family^given^^^title^^^assigning authority. The ID is the professional registration,
	 * or the RIS's local code, which this trust's RIS takes from the ESR employee number.
	 */
	static String xcn(Staff s, boolean localCode) {
		Person p = s.person;
		return (localCode || s.registrationNumber == null ? s.employeeNumber : s.registrationNumber) + "^" + p.family + "^" + p.given + "^^^DR^^^"
				+ (localCode || s.registrationNumber == null ? TrustIds.TRUST : s.role.registrationBody);
	}

	/** NDL (OBR-32): the interpreter as CNN subcomponents ID&family&given. */
	static String ndl(Staff s) {
		return s.registrationNumber + "&" + s.person.family + "&" + s.person.given + "&&&DR&&&GMC";
	}

	/** A segment of {@code fields} fields, the given ones set: index, value, index, value... */
	static String segment(String name, int fields, Object... pairs) {
		String[] f = new String[fields + 1];
		java.util.Arrays.fill(f, "");
		f[0] = name;
		for (int i = 0; i < pairs.length; i += 2) {
			Object v = pairs[i + 1];
			f[(Integer) pairs[i]] = v == null ? "" : v.toString();
		}
		return String.join("|", f);
	}

	/** The segments joined by CR, the message ended by CR and a newline. */
	static String message(String... segments) {
		return String.join("\r", segments) + "\r\n";
	}
}
