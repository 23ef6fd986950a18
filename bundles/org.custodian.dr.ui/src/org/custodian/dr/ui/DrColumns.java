package org.custodian.dr.ui;

import java.util.Date;
import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.Formats;
import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.RecoveryTargets;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;

/**
 * The columns of the plans and test-runs grids. A missed RPO or RTO target has a column of its own ("RTO 142 &gt;
 * 120 min") and qualifies the result and the verdict, so such a run never reads as a plain Success or Pass; a
 * figure a run did not measure reads "not measured", never 0.
 */
final class DrColumns {
	private DrColumns() {
	}

	static List<Column<PlanStatus>> plans() {
		return List.of(
				Column.of("Plan", (PlanStatus s) -> s.plan().getName(), 260),
				Column.of("Scenario", s -> s.plan().getScenario(), 130),
				Column.of("RPO (min)", s -> s.plan().getRpoMinutes(), 75),
				Column.of("RTO (min)", s -> s.plan().getRtoMinutes(), 75),
				Column.of("Test every (days)", s -> s.plan().getTestFrequencyDays(), 115),
				Column.of("Last test", s -> s.lastRun() == null ? null : s.lastRun().getStarted(), 100),
				Column.of("Last result", s -> s.lastRun() == null ? "never tested" : result(s.lastRun()), 150),
				Column.of("Missed", s -> s.lastRun() == null ? null : RecoveryTargets.missedText(s.lastRun()), 190),
				Column.of("Last successful", s -> s.lastSuccessDate().orElse(null), 110),
				Column.of("Next due", s -> s.nextDue() == null ? null : Date.from(s.nextDue()), 100),
				Column.of("Due status", s -> s.nextDue() == null ? "no frequency" : s.overdue() ? "OVERDUE" : "in date", 95),
				Column.of("Primary", s -> s.plan().getPrimary() == null ? null : s.plan().getPrimary().getName(), 130),
				Column.of("DR node", s -> s.plan().getDr() == null ? null : s.plan().getDr().getName(), 130),
				Column.of("Level", s -> s.plan().getVerificationLevel(), 90));
	}

	static List<Column<TestRun>> runs() {
		return List.of(
				Column.of("Plan", (TestRun r) -> r.eContainer() instanceof DrPlan p ? p.getName() : null, 220),
				Column.of("Started", TestRun::getStarted, 100),
				Column.of("Operation", TestRun::getOperation, 80),
				Column.of("Result", DrColumns::result, 150),
				Column.of("Level", TestRun::getVerificationLevel, 90),
				Column.of("Readiness", DrColumns::readiness, 160),
				Column.of("RPO achieved", r -> minutes(RecoveryTargets.rpo(r)), 95),
				Column.of("RTO achieved", r -> minutes(RecoveryTargets.rto(r)), 95),
				Column.of("Missed", RecoveryTargets::missedText, 190),
				Column.of("Errors", r -> r.getErrors().size(), 60),
				Column.of("Warnings", r -> r.getWarnings().size(), 70),
				Column.of("First error", r -> r.getErrors().isEmpty() ? null : r.getErrors().get(0), 280),
				Column.of("Verdict", r -> RecoveryTargets.verdict(r, Formats::display), 150),
				Column.of("Justification", TestRun::getVerdictJustification, 220),
				Column.of("Operator", TestRuns::operator, 130),
				Column.of("Signed off by", TestRuns::signer, 130));
	}

	/** The value a column of the list shows for the row; for tests, which read the grid as a user does. */
	/** The readiness kept with a run: ready, or the first check that failed. */
	static String readiness(TestRun r) {
		if (r.getReadiness().isEmpty()) {
			return null;
		}
		return r.getReadiness().stream().filter(l -> l.startsWith("FAILURE")).findFirst()
				.map(l -> "NOT READY: " + l.substring("FAILURE ".length())).orElse("ready");
	}

	static <T> Object value(List<Column<T>> columns, String header, T row) {
		return columns.stream().filter(c -> c.header().equals(header)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no column " + header)).value().apply(row);
	}

	private static String result(TestRun r) {
		return RecoveryTargets.result(r, Formats::display);
	}

	private static Object minutes(Integer figure) {
		return figure == null ? "not measured" : figure;
	}
}
