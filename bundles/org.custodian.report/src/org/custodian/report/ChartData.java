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

	/**
	 * The series' colours, shared by the screen and the PDF so a line has one colour on both: ten qualitative
	 * colours that stay apart from each other (Tableau's ten), enough for a trust's staff groups; the red and
	 * green pair is never next to each other.
	 */
	private static final int[][] PALETTE = { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 148, 103, 189 },
			{ 214, 39, 40 }, { 140, 86, 75 }, { 227, 119, 194 }, { 127, 127, 127 }, { 188, 189, 34 }, { 23, 190, 207 } };

	/** How many series get a colour of their own; beyond that colours repeat. */
	public static final int DISTINCT_COLOURS = PALETTE.length;

	/** The red, green and blue (0 to 255) of the series at this index. */
	public static int[] colour(int series) {
		return PALETTE[Math.floorMod(series, PALETTE.length)].clone();
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
