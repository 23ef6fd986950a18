package org.custodian.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown the run prints on standard output (progress goes to standard error), so that
 * {@code ./dev bench > figures.md} gives text docs/PERFORMANCE.md takes as it is: the machine, then one table
 * row per figure with its baseline from the same run, the ratio and the goal.
 */
final class Report {
	private final List<String> facts = new ArrayList<>();
	private final List<String[]> rows = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	void fact(String name, String value) {
		facts.add("- " + name + ": " + value);
	}

	/** One row: benchmark, measured, baseline (same run), ratio, goal, met. */
	void row(String what, String measured, String baseline, String ratio, String goal, String met) {
		rows.add(new String[] { what, measured, baseline, ratio, goal, met });
	}

	void note(String text) {
		notes.add("- " + text);
	}

	String markdown() {
		StringBuilder s = new StringBuilder();
		s.append(String.join("\n", facts)).append("\n\n");
		s.append("| Benchmark | Measured | Baseline (same run) | Ratio | Goal | Met |\n");
		s.append("|---|---|---|---:|---|---|\n");
		for (String[] r : rows) {
			s.append("| ").append(String.join(" | ", r)).append(" |\n");
		}
		if (!notes.isEmpty()) {
			s.append('\n').append(String.join("\n", notes)).append('\n');
		}
		return s.toString();
	}
}
