package org.custodian.store.internal.review;

/** Column widths: text longer than its column is cut rather than failing a whole batch. */
final class Text {
	private Text() {
	}

	static String fit(String value, int width) {
		return value == null || value.length() <= width ? value : value.substring(0, width);
	}
}
