package org.custodian.store.internal.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers for statements with parameter lists. */
final class Sql {

	/**
	 * Ids per IN list. Loading and deleting work on whole levels of a tree at once, which may be thousands of
	 * objects; statements with a few hundred parameters keep the number of round trips low without making
	 * statement compilation expensive.
	 */
	static final int CHUNK = 256;

	private Sql() {
	}

	/** "?, ?, ?" for n parameters. */
	static String params(int n) {
		StringBuilder sb = new StringBuilder(n * 3);
		for (int i = 0; i < n; i++) {
			sb.append(i == 0 ? "?" : ", ?");
		}
		return sb.toString();
	}

	static <T> List<List<T>> chunks(Collection<T> items) {
		List<List<T>> result = new ArrayList<>();
		List<T> current = new ArrayList<>(Math.min(CHUNK, items.size()));
		for (T item : items) {
			if (current.size() == CHUNK) {
				result.add(current);
				current = new ArrayList<>(CHUNK);
			}
			current.add(item);
		}
		if (!current.isEmpty()) {
			result.add(current);
		}
		return result;
	}
}
