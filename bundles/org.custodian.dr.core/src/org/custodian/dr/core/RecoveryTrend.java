package org.custodian.dr.core;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.custodian.model.DrPlan;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;
import org.custodian.report.ChartData;

/**
 * The RPO and RTO a plan's tests achieved, run by run, against the plan's targets: the trend the board asks
 * about ("are we recovering faster or slower than we promised?"). Cancelled runs measured nothing and are left
 * out; a run that did not measure a figure leaves a gap in that line.
 */
public final class RecoveryTrend {
	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private RecoveryTrend() {
	}

	/** The plan's runs that measured something, oldest first (at most {@code last} of the newest). */
	public static List<TestRun> runs(DrPlan plan, int last) {
		List<TestRun> runs = new ArrayList<>(plan.getRuns().stream()
				.filter(r -> r.getStarted() != null && r.getResult() != RunResult.CANCELLED)
				.sorted(Comparator.comparing(TestRun::getStarted)).toList());
		return runs.subList(Math.max(0, runs.size() - last), runs.size());
	}

	/** RPO achieved per run in minutes (a gap where it was not measured), with the plan's RPO target line. */
	public static ChartData rpo(DrPlan plan, int last, ZoneId zone) {
		List<TestRun> runs = runs(plan, last);
		double[] values = new double[runs.size()];
		for (int i = 0; i < values.length; i++) {
			// a run that measured no RPO (a node down, no study in the range) is a gap: 0 would be the best value
			values[i] = figure(RecoveryTargets.rpo(runs.get(i)));
		}
		return new ChartData("RPO achieved: " + plan.getName(), labels(runs, zone),
				List.of(new ChartData.Series("RPO achieved", values)), target(plan.getRpoMinutes()), "minutes");
	}

	/** RTO measured per run in minutes (a gap where it was not measured), against the plan's RTO target. */
	public static ChartData rto(DrPlan plan, int last, ZoneId zone) {
		List<TestRun> runs = runs(plan, last);
		double[] values = new double[runs.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = figure(RecoveryTargets.rto(runs.get(i)));
		}
		return new ChartData("RTO achieved: " + plan.getName(), labels(runs, zone),
				List.of(new ChartData.Series("RTO achieved", values)), target(plan.getRtoMinutes()), "minutes");
	}

	/** A measured figure, or NaN (a gap in the line) for one not measured. */
	static double figure(Integer minutes) {
		return minutes == null ? Double.NaN : minutes;
	}

	private static List<String> labels(List<TestRun> runs, ZoneId zone) {
		return runs.stream().map(r -> LABEL.format(r.getStarted().toInstant().atZone(zone))).toList();
	}

	private static Double target(int minutes) {
		return minutes > 0 ? (double) minutes : null;
	}
}
