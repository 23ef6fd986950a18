package org.custodian.evidence.core.checks;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceTable;
import org.custodian.evidence.core.Rag;
import org.custodian.model.LabelCheck;
import org.custodian.model.LabelGap;
import org.custodian.supplier.core.Labelling;

/**
 * S2 from the newest labelling check of the archive ({@link Labelling}): red when it found studies whose objects
 * lack the patient's identification, the study date or time, or the institution; amber when no check has been made
 * or the newest is more than {@link #CHECK_DAYS} days old; green otherwise.
 */
public final class LabelChecks implements EvidenceCheck {
	static final int CHECK_DAYS = 90;
	private static final int LISTED = 200;

	@Override
	public void assess(EvidenceContext ctx, Assessments out) {
		LabelCheck check = ctx.trust() == null ? null : Labelling.latest(ctx.trust());
		if (check == null) {
			out.add("S2", Rag.AMBER, "No labelling check of the archive has been made: run one on a folder or a node"
					+ " (Suppliers & records, Labelling check, or custodian-cli label-check).");
			return;
		}
		long age = ChronoUnit.DAYS.between(check.getCheckedAt().toInstant(), ctx.now());
		String what = "The labelling check of " + check.getSource() + " on " + ctx.day(check.getCheckedAt()) + " read "
				+ check.getObjects() + " objects of " + check.getStudies() + " studies";
		if (check.getGaps().isEmpty()) {
			out.add("S2", Rag.GREEN, what + "; every object carries the patient's ID and name, the study date and"
					+ " time, and the institution.");
		} else {
			List<String> per = new ArrayList<>();
			Labelling.byLabel(check).forEach((label, n) -> per.add(n + " without " + label));
			out.add("S2", Rag.RED, what + "; " + check.getGaps().size() + " studies lack a label: "
					+ String.join(", ", per) + ".");
		}
		if (age > CHECK_DAYS) {
			out.add("S2", Rag.AMBER, "The newest labelling check is " + age + " days old; check again at least every "
					+ CHECK_DAYS + " days.");
		}
		List<List<String>> rows = new ArrayList<>();
		for (LabelGap g : check.getGaps().subList(0, Math.min(LISTED, check.getGaps().size()))) {
			rows.add(List.of(g.getStudyInstanceUid(), g.getPatientId() == null ? "" : g.getPatientId(),
					String.join(", ", g.getMissing()), Integer.toString(g.getObjects())));
		}
		out.table("S2", new EvidenceTable("Studies with objects that lack a label"
				+ (check.getGaps().size() > LISTED ? " (first " + LISTED + ")" : ""),
				List.of("Study", "Patient", "Missing", "Objects"), rows));
	}
}
