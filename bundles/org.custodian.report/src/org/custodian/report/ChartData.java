package org.custodian.report;

import java.util.List;
import java.util.Objects;

/**
 * The numbers behind a chart, free of any toolkit: the console draws them on screen (app's ChartCanvas) and
 * the reports draw the same data into a PDF ({@link PdfReport#chart}), so a figure on screen and on paper never
 * differ.
 *
 * @param title   what the chart shows
 * @param xLabels one label per point (a day, a month, a test run)
 * @param series  one or more lines, each with a value per label (NaN where there is none)
 * @param target  a horizontal target line (an RPO target, the 95% standard), or null
 * @param unit    the unit of the values, shown on the axis ("events", "minutes", "%")
 */
public record ChartData(String title, List<String> xLabels, List<Series> series, Double target, String unit) {

	public ChartData {
		Objects.requireNonNull(title, "title");
		xLabels = List.copyOf(xLabels);
		series = List.copyOf(series);
		for (Series s : series) {
			if (s.values().length != xLabels.size()) {
				throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().length
						+ " values for " + xLabels.size() + " labels");
			}
		}
		unit = unit == null ? "" : unit;
	}

	/** One named line of values. */
	public record Series(String name, double[] values) {
		public Series {
			Objects.requireNonNull(name, "name");
			values = values.clone();
		}
	}

	/** The largest value in any series or the target; 0 when there is none. */
	public double max() {
		double max = target != null ? target : 0;
		for (Series s : series) {
			for (double v : s.values()) {
				if (!Double.isNaN(v)) {
					max = Math.max(max, v);
				}
			}
		}
		return max;
	}

	/** A round upper bound for the value axis: 1, 2 or 5 times a power of ten, at least the largest value. */
	public double axisMax() {
		double max = max();
		if (max <= 0) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
		for (double step : new double[] { 1, 2, 5, 10 }) {
			if (step * magnitude >= max) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}
}
