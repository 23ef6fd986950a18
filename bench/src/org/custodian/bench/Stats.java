package org.custodian.bench;

import java.util.Arrays;
import java.util.Locale;

/** Medians, percentiles and the number formats of the report. */
final class Stats {
	private Stats() {
	}

	static double median(double... values) {
		double[] v = values.clone();
		Arrays.sort(v);
		int n = v.length;
		return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	}

	/** Nearest-rank percentile (p in 0..100) of the values. */
	static double percentile(double[] values, double p) {
		double[] v = values.clone();
		Arrays.sort(v);
		int rank = (int) Math.ceil(p / 100 * v.length);
		return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
	}

	static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

	/** 12,345 */
	static String count(double n) {
		return String.format(Locale.ROOT, "%,.0f", n);
	}

	static String ms(double millis) {
		return String.format(Locale.ROOT, millis < 10 ? "%.2f" : millis < 100 ? "%.1f" : "%.0f", millis);
	}

	static String seconds(double s) {
		return String.format(Locale.ROOT, "%.1f s", s);
	}

	static String ratio(double r) {
		return String.format(Locale.ROOT, "%.2f", r);
	}

	static String mib(double bytes) {
		return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024 * 1024));
	}
}
