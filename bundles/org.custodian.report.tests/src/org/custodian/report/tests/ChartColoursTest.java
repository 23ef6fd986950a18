package org.custodian.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.custodian.report.ChartData;
import org.junit.jupiter.api.Test;

/** A trust's staff groups (eight in the demo, up to ten) each get a colour of their own, on screen and on paper. */
class ChartColoursTest {

	@Test
	void tenSeriesGetTenDifferentColoursThatStayApart() {
		Set<String> seen = new HashSet<>();
		for (int s = 0; s < ChartData.DISTINCT_COLOURS; s++) {
			int[] c = ChartData.colour(s);
			assertTrue(seen.add(Arrays.toString(c)), "series " + s + " repeats a colour");
			for (int t = 0; t < s; t++) {
				int[] d = ChartData.colour(t);
				double distance = Math.sqrt(Math.pow(c[0] - d[0], 2) + Math.pow(c[1] - d[1], 2) + Math.pow(c[2] - d[2], 2));
				assertTrue(distance > 60, "series " + s + " and " + t + " are too alike: " + distance);
			}
		}
		assertEquals(10, seen.size());
		assertArrayEquals(ChartData.colour(0), ChartData.colour(ChartData.DISTINCT_COLOURS), "then they repeat");
	}

	@Test
	void aCallerCannotChangeThePalette() {
		ChartData.colour(2)[0] = 0;
		assertEquals(44, ChartData.colour(2)[0]);
	}
}
