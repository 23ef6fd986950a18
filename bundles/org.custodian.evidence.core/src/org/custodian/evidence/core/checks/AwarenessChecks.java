package org.custodian.evidence.core.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceTable;
import org.custodian.evidence.core.Rag;
import org.custodian.model.Course;
import org.custodian.model.CourseEvaluation;
import org.custodian.model.Staff;
import org.custodian.model.TrainingNeed;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessNotice;
import org.custodian.people.core.PeopleData;
import org.custodian.people.core.TrainingNeeds;

/**
 * G3 against the training needs analysis, and A3 from the access notice.
 * <ul>
 * <li>G3: red without an analysis, or when the newest evaluation of a course of the analysis found it did not meet
 * its aim; amber when a group of staff on the books has no line in the analysis, a line is not approved, or a
 * course of the analysis has not been evaluated within a year. The figures per group and course against each
 * line's target are {@link PeopleChecks}'s.</li>
 * <li>A3: red when no policy is marked as the one that tells staff their access is logged, it has no version in
 * force, or fewer PACS account holders than the trust's target acknowledged its current version; amber while
 * any still have to; green when all have.</li>
 * </ul>
 */
public final class AwarenessChecks implements EvidenceCheck {

	@Override
	public void assess(EvidenceContext ctx, Assessments out) {
		Trust trust = ctx.trust();
		if (trust == null || trust.getStaff().isEmpty()) {
			out.add("A3", Rag.RED, "No staff directory has been loaded.");
			return;
		}
		analysis(ctx, trust, out);
		notice(ctx, trust, out);
	}

	private static void analysis(EvidenceContext ctx, Trust trust, Assessments out) {
		if (trust.getTrainingNeeds().isEmpty()) {
			out.add("G3", Rag.RED, "No training needs analysis is recorded: the DSPT asks which training each staff group"
					+ " needs and why (File > Load people data..., or custodian-cli load-training-needs).");
			return;
		}
		Set<String> covered = new LinkedHashSet<>();
		Set<Course> courses = new LinkedHashSet<>();
		List<List<String>> rows = new ArrayList<>();
		for (TrainingNeed n : trust.getTrainingNeeds()) {
			String group = n.getGroup() == null ? "" : n.getGroup().getName();
			covered.add(group);
			courses.add(n.getCourse());
			if (n.getApprovedBy() == null || n.getApprovedOn() == null) {
				out.add("G3", Rag.AMBER, "The analysis's line for " + group + " and " + n.getCourse().getTitle()
						+ " is not approved (who and when).");
			}
			rows.add(List.of(group, n.getCourse().getTitle(), n.getReason() == null ? "" : n.getReason(),
					String.format("%.0f %%", TrainingNeeds.target(trust, group, n.getCourse())),
					n.getApprovedBy() == null ? "" : n.getApprovedBy(), ctx.day(n.getApprovedOn())));
		}
		Set<String> missing = new LinkedHashSet<>();
		for (Staff s : trust.getStaff()) {
			if (s.getGroup() != null && s.getGroup().getName() != null && !covered.contains(s.getGroup().getName())
					&& (s.getEndDate() == null || !ctx.today().isAfter(org.custodian.people.core.Days.day(s.getEndDate())))) {
				missing.add(s.getGroup().getName());
			}
		}
		if (!missing.isEmpty()) {
			out.add("G3", Rag.AMBER, "Staff groups with no line in the training needs analysis: "
					+ String.join(", ", missing) + ".");
		}
		List<List<String>> evaluations = new ArrayList<>();
		for (Course c : courses) {
			CourseEvaluation e = TrainingNeeds.latestEvaluation(trust, c);
			if (e == null || !TrainingNeeds.evaluatedRecently(trust, c, ctx.today())) {
				out.add("G3", Rag.AMBER, c.getTitle() + " has not been evaluated "
						+ (e == null ? "at all" : "since " + ctx.day(e.getEvaluatedOn())) + ": the DSPT asks whether the"
						+ " training worked.");
			} else if (!e.isEffective()) {
				out.add("G3", Rag.RED, "The evaluation of " + c.getTitle() + " on " + ctx.day(e.getEvaluatedOn())
						+ " found it did not meet its aim" + (e.getFindings() == null ? "" : ": " + e.getFindings()) + ".");
			}
			evaluations.add(List.of(c.getTitle(), e == null ? "" : ctx.day(e.getEvaluatedOn()),
					e == null ? "" : e.getMethod(), e == null ? "" : e.isEffective() ? "met its aim" : "did not",
					e == null || e.getFindings() == null ? "" : e.getFindings()));
		}
		out.table("G3", new EvidenceTable("Training needs analysis", List.of("Group", "Course", "Why", "Target",
				"Approved by", "Approved on"), rows));
		out.table("G3", new EvidenceTable("Evaluation of each course", List.of("Course", "Evaluated", "How", "Result",
				"Findings"), evaluations));
	}

	private static void notice(EvidenceContext ctx, Trust trust, Assessments out) {
		AccessNotice.Status s = AccessNotice.status(trust, ctx.today());
		if (s == null) {
			out.add("A3", Rag.RED, "No policy is marked as the one that tells staff their access to records is logged"
					+ " and monitored (People > Policies, Mark as the access notice).");
			return;
		}
		if (s.current() == null) {
			out.add("A3", Rag.RED, s.policy().getTitle() + " tells staff their access is logged but has no version in"
					+ " force.");
			return;
		}
		String name = s.policy().getTitle() + " " + s.current().getVersion();
		int holders = s.acknowledged().size() + s.outstanding().size();
		double target = PeopleData.settings(trust).getTrainingTarget();
		if (holders == 0) {
			out.add("A3", Rag.AMBER, "No enabled PACS account has a known owner, so nobody can be shown to have read "
					+ name + ".");
		} else if (s.percentage() < target) {
			out.add("A3", Rag.RED, String.format("%d of %d PACS account holders (%.1f %%) acknowledged %s, which tells"
					+ " them their access is logged; the target is %.0f %%.", s.acknowledged().size(), holders,
					s.percentage(), name, target));
		} else if (!s.outstanding().isEmpty()) {
			out.add("A3", Rag.AMBER, s.outstanding().size() + " of " + holders + " PACS account holders have still to"
					+ " acknowledge " + name + ".");
		} else {
			out.add("A3", Rag.GREEN, "Every one of " + holders + " PACS account holders acknowledged " + name
					+ ", which tells them their access is logged.");
		}
		List<List<String>> rows = new ArrayList<>();
		s.outstanding().stream().limit(200).forEach(p -> rows.add(List.of(p.getStaffNumber() == null ? ""
				: p.getStaffNumber(), p.getGivenName() + " " + p.getFamilyName(), p.getGroup() == null ? ""
						: p.getGroup().getName())));
		out.table("A3", new EvidenceTable("PACS account holders still to acknowledge " + name,
				List.of("Staff number", "Name", "Group"), rows));
	}
}
