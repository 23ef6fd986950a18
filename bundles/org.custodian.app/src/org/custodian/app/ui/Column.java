package org.custodian.app.ui;

import java.util.function.Function;

/**
 * One column of a grid: its header, how to get the cell's value from a row, and a starting width in pixels.
 */
public record Column<T>(String header, Function<T, Object> value, int width) {

	public static <T> Column<T> of(String header, Function<T, Object> value, int width) {
		return new Column<>(header, value, width);
	}
}
