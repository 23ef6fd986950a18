package org.custodian.demo.trust;

/**
 * The identifiers a trust's systems carry, in their real formats but from ranges no real person holds: NHS
 * numbers in the 999 range reserved for testing (with a valid modulus-11 check digit), local hospital numbers of
 * the trust (authority RXX) and of a second trust of the imaging network (RYY), ESR employee numbers, and the
 * professional registrations of the GMC (7 digits), HCPC (RA and 5 digits) and NMC (2 digits, a letter, 4 digits
 * and a letter).
 */
public final class TrustIds {
	/** The trust's own assigning authority, as written in CX.4 and as the prefix of its hospital numbers. */
	public static final String TRUST = "RXX";
	/** The other trust of the imaging network. */
	public static final String NETWORK_TRUST = "RYY";
	/** The NHS number's assigning authority OID (CX.4 universal ID). */
	public static final String NHS_OID = "2.16.840.1.113883.2.1.4.1";

	private TrustIds() {
	}

	/** The {@code serial}-th test NHS number (serials whose check digit would be 10 are skipped by the caller). */
	static String nhsNumber(int serial) {
		String nine = "999" + String.format("%06d", serial % 1_000_000);
		int check = nhsCheckDigit(nine);
		return check < 0 ? null : nine + check;
	}

	/** The modulus-11 check digit of nine digits, or -1 when no number with them is ever issued. */
	static int nhsCheckDigit(String nine) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (nine.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - sum % 11;
		return check == 11 ? 0 : check == 10 ? -1 : check;
	}

	static String hospitalNumber(String authority, int serial) {
		return authority + String.format("%07d", serial);
	}

	/** A hospital number as a CX with its assigning authority and the type code MR. */
	static String cx(String hospitalNumber) {
		return hospitalNumber + "^^^" + hospitalNumber.substring(0, 3) + "^MR";
	}

	/** An NHS number as a CX: authority NHS with the OID, type NH. */
	static String nhsCx(String nhs) {
		return nhs + "^^^NHS&" + NHS_OID + "&ISO^NH";
	}

	static String esr(int serial) {
		return String.format("%08d", 20_000_000 + serial * 37);
	}

	static String gmc(int serial) {
		return String.valueOf(6_000_000 + serial * 131 % 999_983);
	}

	static String hcpc(int serial) {
		return "RA" + String.format("%05d", 10_000 + serial * 97 % 89_999);
	}

	static String nmc(int serial) {
		int n = 1000 + serial * 53 % 8999;
		char a = (char) ('A' + serial % 26);
		char b = "ACDEFGHJKLMNOPRSTUWY".charAt(serial % 20);
		return String.format("%02d", (serial * 7) % 100) + a + n + b;
	}
}
