package org.custodian.evidence.core.checks;

import java.util.ArrayList;
import java.util.List;

import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceTable;
import org.custodian.evidence.core.Rag;
import org.custodian.model.Account;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessAfterEndDate;
import org.custodian.people.core.AccessReviews;
import org.custodian.people.core.AccountFindings;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.people.core.PolicyAcknowledgements.PolicyStatus;
import org.custodian.people.core.Revocations;
import org.custodian.people.core.TrainingCompliance;
import org.custodian.people.core.TrainingCompliance.GroupCompliance;

/**
 * R1, G1, G3 and the personal-account half of G2 from the people records.
 * <ul>
 * <li>R1: red without policies, or when a policy's current version is acknowledged by fewer than the training
 * target (95 % by default) of those it applies to; amber while anyone still has to acknowledge one.</li>
 * <li>G1: red on a late or missing revocation, or an access by a leaver's account after the end date; amber while
 * a revocation is pending or a mover's access review is past its due date.</li>
 * <li>G2: red while an enabled account is shared; amber while an enabled account has no owner.</li>
 * <li>G3: red without courses or when a group is under the target for a course; amber while anyone is overdue.</li>
 * </ul>
 */
public final class PeopleChecks implements EvidenceCheck {

	@Override
	public void assess(EvidenceContext ctx, Assessments out) {
		Trust trust = ctx.trust();
		if (trust == null || trust.getStaff().isEmpty()) {
			for (String id : List.of("R1", "G1", "G3")) {
				out.add(id, Rag.RED, "No staff directory has been loaded.");
			}
			return;
		}
		policies(ctx, trust, out);
		leavers(ctx, trust, out);
		accounts(trust, out);
		training(ctx, trust, out);
	}

	private static void policies(EvidenceContext ctx, Trust trust, Assessments out) {
		List<PolicyStatus> statuses = PolicyAcknowledgements.status(trust, ctx.today());
		if (statuses.isEmpty()) {
			out.add("R1", Rag.RED, "No policy is recorded, so nobody can show who acknowledged which.");
			return;
		}
		double target = target(trust);
		List<List<String>> rows = new ArrayList<>();
		for (PolicyStatus s : statuses) {
			String name = s.policy().getTitle() + (s.current() == null ? "" : " " + s.current().getVersion());
			if (s.percentage() < target) {
				out.add("R1", Rag.RED, String.format("%s: %.1f %% acknowledged, under the %.0f %% target.", name,
						s.percentage(), target));
			} else if (!s.outstanding().isEmpty()) {
				out.add("R1", Rag.AMBER, name + ": " + s.outstanding().size() + " still to acknowledge.");
			}
			rows.add(List.of(name, Integer.toString(s.acknowledged().size()), Integer.toString(s.outstanding().size()),
					String.format("%.1f %%", s.percentage())));
		}
		if (statuses.stream().allMatch(s -> s.outstanding().isEmpty())) {
			out.add("R1", Rag.GREEN, "Everyone has acknowledged the current version of each of " + statuses.size()
					+ " policies.");
		}
		out.table("R1", new EvidenceTable("Policy acknowledgements", List.of("Policy and version", "Acknowledged",
				"Outstanding", "Acknowledged %"), rows));
	}

	private static void leavers(EvidenceContext ctx, Trust trust, Assessments out) {
		List<Revocations.Leaver> leavers = Revocations.check(trust, ctx.now(), ctx.zone());
		List<List<String>> rows = new ArrayList<>();
		int breaches = 0;
		int pending = 0;
		for (Revocations.Leaver l : leavers) {
			breaches += l.status().breach() ? 1 : 0;
			pending += l.status() == Revocations.Status.PENDING ? 1 : 0;
			if (l.status().breach() || l.status() == Revocations.Status.PENDING) {
				rows.add(List.of(name(l.staff()), ctx.day(l.endDate()), ctx.day(l.deadline()),
						l.disabledAt() == null ? "still enabled" : ctx.day(l.disabledAt()), l.status().name()));
			}
		}
		List<AccessAfterEndDate.Finding> late = AccessAfterEndDate.find(trust, ctx.store().events(), ctx.zone());
		int overdueReviews = AccessReviews.pendingDefaults(trust, ctx.today()).size();
		if (breaches > 0) {
			out.add("G1", Rag.RED, breaches + " leavers' accounts were disabled late or are still enabled after the deadline.");
		}
		if (!late.isEmpty()) {
			out.add("G1", Rag.RED, late.size() + " leavers' accounts were used after their owner's end date.");
		}
		if (pending > 0) {
			out.add("G1", Rag.AMBER, pending + " leavers' revocations are pending (deadline not yet passed).");
		}
		if (overdueReviews > 0) {
			out.add("G1", Rag.AMBER, overdueReviews + " movers' account decisions are past the review's due date.");
		}
		if (breaches == 0 && late.isEmpty() && pending == 0 && overdueReviews == 0) {
			out.add("G1", Rag.GREEN, leavers.size() + " leavers, every account disabled by its deadline and none used"
					+ " after the end date; every mover's access review is in date.");
		}
		out.table("G1", new EvidenceTable("Revocations late, missing or pending", List.of("Leaver", "End date",
				"Deadline", "Last account disabled", "Status"), rows));
		List<List<String>> used = new ArrayList<>();
		for (AccessAfterEndDate.Finding f : late) {
			used.add(List.of(name(f.staff()), f.account().getSystem() + ":" + f.account().getUsername(),
					ctx.day(f.after()), Long.toString(f.events())));
		}
		out.table("G1", new EvidenceTable("Access after the end date", List.of("Leaver", "Account", "Ended",
				"Accesses after"), used));
	}

	private static void accounts(Trust trust, Assessments out) {
		List<Account> shared = AccountFindings.shared(trust);
		List<Account> ownerless = AccountFindings.withoutOwner(trust);
		if (!shared.isEmpty()) {
			out.add("G2", Rag.RED, shared.size() + " enabled accounts are shared, so their log-ins are not personal.");
		}
		if (!ownerless.isEmpty()) {
			out.add("G2", Rag.AMBER, ownerless.size() + " enabled accounts have no known owner.");
		}
		if (shared.isEmpty() && ownerless.isEmpty() && !trust.getAccounts().isEmpty()) {
			out.add("G2", Rag.GREEN, "Every enabled account of " + trust.getAccounts().size() + " belongs to one person.");
		}
		List<List<String>> rows = new ArrayList<>();
		shared.forEach(a -> rows.add(List.of(a.getSystem() + ":" + a.getUsername(), "shared")));
		ownerless.forEach(a -> rows.add(List.of(a.getSystem() + ":" + a.getUsername(), "no owner")));
		out.table("G2", new EvidenceTable("Accounts that are not personal", List.of("Account", "Finding"), rows));
	}

	private static void training(EvidenceContext ctx, Trust trust, Assessments out) {
		if (trust.getCourses().isEmpty()) {
			out.add("G3", Rag.RED, "No mandatory course is recorded.");
			return;
		}
		List<GroupCompliance> groups = new TrainingCompliance(trust).on(ctx.today());
		List<List<String>> rows = new ArrayList<>();
		int under = 0;
		int overdue = 0;
		for (GroupCompliance g : groups) {
			if (!g.meetsTarget()) {
				under++;
				out.add("G3", Rag.RED, String.format("%s, %s: %.1f %% trained, under the %.0f %% target.", g.group(),
						g.course().getTitle(), g.percentage(), g.target()));
			}
			overdue += g.overdue().size();
			rows.add(List.of(g.group(), g.course().getTitle(), Integer.toString(g.required()),
					Integer.toString(g.trained()), String.format("%.1f %%", g.percentage()),
					Integer.toString(g.overdue().size())));
		}
		if (under == 0 && overdue > 0) {
			out.add("G3", Rag.AMBER, "Every group meets the target, but " + overdue + " people are overdue.");
		} else if (under == 0) {
			out.add("G3", Rag.GREEN, "Every group meets the target for every course, temporary and agency staff included.");
		}
		out.table("G3", new EvidenceTable("Training compliance per group and course", List.of("Group", "Course",
				"Required", "Trained", "Trained %", "Overdue"), rows));
	}

	private static double target(Trust trust) {
		return org.custodian.people.core.PeopleData.settings(trust).getTrainingTarget();
	}

	private static String name(org.custodian.model.Staff s) {
		return s.getGivenName() + " " + s.getFamilyName() + " (" + s.getStaffNumber() + ")";
	}
}
