package org.custodian.evidence.core.checks;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.TestRuns;
import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceTable;
import org.custodian.evidence.core.Rag;
import org.custodian.model.BackupPolicy;
import org.custodian.model.DrPlan;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;

/**
 * R3 and G4 from the backup policies and the DR plans with their test runs.
 * <ul>
 * <li>R3: red without a backup policy or a DR plan, when a plan's test is overdue, or when its last test ended in
 * errors; amber when no backup copy is kept off site or immutable (ransomware), or the last test had warnings.</li>
 * <li>G4: red when a plan was never tested or is overdue; amber when the last test of a plan has no second-person
 * sign-off (the result was not formally reported); green when every plan's last test is in date and signed off.</li>
 * </ul>
 */
public final class RecoveryChecks implements EvidenceCheck {

	@Override
	public void assess(EvidenceContext ctx, Assessments out) {
		List<BackupPolicy> policies = ctx.trust() == null ? List.of() : ctx.trust().getBackupPolicies();
		List<DrPlan> plans = ctx.trust() == null ? List.of() : ctx.trust().getDrPlans();
		backups(ctx, policies, out);
		if (plans.isEmpty()) {
			out.add("R3", Rag.RED, "No DR plan is recorded, so no restore has been shown to work.");
			out.add("G4", Rag.RED, "No continuity plan is recorded.");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> overdue = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		List<String> warned = new ArrayList<>();
		List<String> unsigned = new ArrayList<>();
		for (DrPlan p : plans) {
			PlanStatus s = PlanStatus.of(p, ctx.now());
			TestRun last = s.lastRun();
			if (s.overdue() || last == null) {
				overdue.add(p.getName());
			}
			if (last != null && last.getResult() == RunResult.ERRORS) {
				failed.add(p.getName());
			} else if (last != null && last.getResult() == RunResult.UNVERIFIED) {
				failed.add(p.getName() + " (verified nothing)");
			} else if (last != null && last.getResult() == RunResult.WARNINGS) {
				warned.add(p.getName());
			}
			if (last != null && !TestRuns.signedOff(last)) {
				unsigned.add(p.getName());
			}
			Date lastSuccess = s.lastSuccessDate().orElse(null);
			String lastTest = last == null ? "never" : ctx.day(last.getStarted());
			String result = last == null ? "-" : last.getResult().getLiteral();
			String due = s.nextDue() == null ? "no frequency" : ctx.day(s.nextDue()) + (s.overdue() ? " OVERDUE" : "");
			String signed = last == null || !TestRuns.signedOff(last) ? "no" : TestRuns.signer(last);
			rows.add(List.of(p.getName(), lastTest, result, ctx.day(lastSuccess), due, signed));
		}
		EvidenceTable table = new EvidenceTable("DR plans and their last tests", List.of("Plan", "Last test",
				"Result", "Last success", "Next due", "Signed off by"), rows);
		if (!overdue.isEmpty()) {
			out.add("R3", Rag.RED, "Overdue or never tested: " + String.join("; ", overdue) + ".");
			out.add("G4", Rag.RED, "Not practised within the required frequency: " + String.join("; ", overdue) + ".");
		}
		if (!failed.isEmpty()) {
			out.add("R3", Rag.RED, "The last test ended in errors or verified nothing: " + String.join("; ", failed) + ".");
		}
		if (!warned.isEmpty()) {
			out.add("R3", Rag.AMBER, "The last test had warnings: " + String.join("; ", warned) + ".");
		}
		if (!unsigned.isEmpty()) {
			out.add("G4", Rag.AMBER, "The last test is not signed off by a second person: " + String.join("; ", unsigned) + ".");
		}
		if (overdue.isEmpty() && failed.isEmpty()) {
			out.add("R3", Rag.GREEN, plans.size() + " DR plans, each tested within its required frequency.");
		}
		if (overdue.isEmpty() && unsigned.isEmpty()) {
			out.add("G4", Rag.GREEN, "Every plan's last test is in date and signed off for the board report.");
		}
		out.table("R3", table);
		out.table("G4", table);
	}

	private static void backups(EvidenceContext ctx, List<BackupPolicy> policies, Assessments out) {
		if (policies.isEmpty()) {
			out.add("R3", Rag.RED, "No backup policy is recorded.");
			return;
		}
		boolean offsite = policies.stream().anyMatch(BackupPolicy::isOffsite);
		boolean immutable = policies.stream().anyMatch(BackupPolicy::isImmutable);
		if (!offsite) {
			out.add("R3", Rag.AMBER, "No backup copy is kept off site (fire, flood).");
		}
		if (!immutable) {
			out.add("R3", Rag.AMBER, "No backup copy is immutable (ransomware).");
		}
		List<List<String>> rows = new ArrayList<>();
		for (BackupPolicy b : policies) {
			rows.add(List.of(b.getName(), b.getNode() == null ? "" : b.getNode().getName(),
					"every " + b.getFrequencyHours() + " h", Integer.toString(b.getCopies()), b.isOffsite() ? "yes" : "no",
					b.isImmutable() ? "yes" : "no", b.getCopyRetentionDays() + " days"));
		}
		out.table("R3", new EvidenceTable("Backup policies", List.of("Policy", "Node", "Frequency", "Copies",
				"Off site", "Immutable", "Copies kept"), rows));
	}
}
