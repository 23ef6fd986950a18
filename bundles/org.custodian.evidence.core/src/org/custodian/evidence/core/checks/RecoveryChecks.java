package org.custodian.evidence.core.checks;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.custodian.dr.core.BackupJobs;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.DrSettings;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.core.RiskCoverage;
import org.custodian.dr.core.Severity;
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
 * <li>R3: red without a backup policy or a DR plan, when a plan's test is overdue, when its last test ended in
 * errors, when a CL6c risk (unauthorised access, malware, theft, flood, fire, air conditioning) has no plan in date,
 * or when a policy's imported backup jobs failed or are missing; amber when no backup copy is kept off site or
 * immutable (ransomware), the last test had warnings, no job is kept for a policy, or no compression policy is
 * recorded.</li>
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
		risks(ctx, plans, out);
		compression(ctx, out);
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

	/** R3: each CL6c risk without a plan, or whose plans are all overdue, is named. */
	private static void risks(EvidenceContext ctx, List<DrPlan> plans, Assessments out) {
		List<String> gaps = RiskCoverage.gaps(plans, ctx.now());
		if (!gaps.isEmpty()) {
			out.add("R3", Rag.RED, "Risks of CQC CL6c the DR plans do not cover: " + String.join("; ", gaps) + ".");
		}
	}

	/** R3: the trust's compression policy (the modalities that must stay lossless, the lossy ratio limits). */
	private static void compression(EvidenceContext ctx, Assessments out) {
		if (ctx.trust() == null) {
			return;
		}
		CompressionPolicy policy = DrSettings.of(ctx.trust());
		if (policy.isEmpty()) {
			out.add("R3", Rag.AMBER, "No compression policy is recorded: no modality is kept lossless (mammography "
					+ "usually is), and no lossy ratio is limited.");
		}
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
		// proof that backups ran: the jobs imported from the backup system's report, judged per policy
		List<Finding> jobs = BackupJobs.check(policies, ctx.now());
		List<String> failed = jobs.stream().filter(f -> f.severity() == Severity.FAILURE)
				.map(f -> f.subject() + ": " + f.detail()).toList();
		List<String> unproven = jobs.stream().filter(f -> f.severity() == Severity.WARNING)
				.map(f -> f.subject() + ": " + f.detail()).toList();
		if (!failed.isEmpty()) {
			out.add("R3", Rag.RED, "Backups failed or missing: " + String.join("; ", failed) + ".");
		}
		if (!unproven.isEmpty()) {
			out.add("R3", Rag.AMBER, "Backups to check: " + String.join("; ", unproven) + ".");
		}
		List<List<String>> rows = new ArrayList<>();
		for (BackupPolicy b : policies) {
			String verdict = jobs.stream().filter(f -> f.subject().equals(b.getName()) && f.severity() != Severity.INFO)
					.map(f -> f.severity() == Severity.FAILURE ? "FAILED OR MISSING" : "to check").findFirst()
					.orElse(b.getJobs().isEmpty() ? "no jobs" : "ran");
			rows.add(List.of(b.getName(), b.getNode() == null ? "" : b.getNode().getName(),
					"every " + b.getFrequencyHours() + " h", Integer.toString(b.getCopies()), b.isOffsite() ? "yes" : "no",
					b.isImmutable() ? "yes" : "no", b.getCopyRetentionDays() + " days", Integer.toString(b.getJobs()
							.size()), verdict));
		}
		out.table("R3", new EvidenceTable("Backup policies", List.of("Policy", "Node", "Frequency", "Copies",
				"Off site", "Immutable", "Copies kept", "Jobs", "Jobs say"), rows));
	}
}
