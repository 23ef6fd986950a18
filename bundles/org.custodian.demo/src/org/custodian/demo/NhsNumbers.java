package org.custodian.demo;

import java.util.Random;

/**
 * Synthetic NHS numbers with a valid modulus-11 check digit, in the 999 range that the NHS reserves for
 * testing, so no demo number can belong to a real patient.
 */
final class NhsNumbers {
	private NhsNumbers() {
	}

	static String valid(Random random) {
		while (true) {
			int[] d = new int[10];
			d[0] = 9;
			d[1] = 9;
			d[2] = 9;
			for (int i = 3; i < 9; i++) {
				d[i] = random.nextInt(10);
			}
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += d[i] * (10 - i);
			}
			int check = 11 - sum % 11;
			if (check == 11) {
				check = 0;
			}
			if (check == 10) {
				continue; // such a number is never issued
			}
			d[9] = check;
			StringBuilder s = new StringBuilder();
			for (int x : d) {
				s.append(x);
			}
			return s.toString();
		}
	}
}
