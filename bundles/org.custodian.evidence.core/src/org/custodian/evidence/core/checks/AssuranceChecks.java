package org.custodian.evidence.core.checks;

import java.util.ArrayList;
import java.util.List;

import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceTable;
import org.custodian.evidence.core.Rag;
import org.custodian.supplier.core.Assurance;
import org.custodian.supplier.core.ExpiryAlerts;

/**
 * R6 for everyone the trust depends on, not only agreements' receivers: the trust itself, every provider and
 * sub-processor and every receiver ({@link Assurance}).
 * <ul>
 * <li>red when one has no published DSPT assessment, a lapsed one, or one below Standards met;</li>
 * <li>amber when a DSPT publication lapses within 90 days (the 90/60/30-day bands);</li>
 * <li>a record that cannot be true (published in the future, an agreement without a receiver) is named and left
 * out of the verdict.</li>
 * </ul>
 */
public final class AssuranceChecks implements EvidenceCheck {

	@Override
	public void assess(EvidenceContext ctx, Assessments out) {
		if (ctx.trust() == null) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		int lapsing = 0;
		int weak = 0;
		for (Assurance.Status s : Assurance.status(ctx.trust(), ctx.today())) {
			for (String problem : s.problems()) {
				out.add("R6", Rag.NOT_ASSESSED, problem);
			}
			for (String shortfall : Assurance.shortfalls(s)) {
				weak++;
				out.add("R6", Rag.RED, shortfall);
			}
			if (s.dsptCurrent() && s.dsptBand() != ExpiryAlerts.Band.LATER) {
				lapsing++;
				out.add("R6", Rag.AMBER, "The DSPT assessment of " + s.party().describe() + " lapses on " + s.expires()
						+ " (" + s.dsptBand().label() + ").");
			}
			if (s.party().name() == null) {
				continue;
			}
			rows.add(List.of(s.party().describe(), s.party().kind().label(),
					s.dspt() == null ? "none" : s.dspt().getLiteral().toLowerCase().replace('_', ' '), ctx.day(s.published()),
					ctx.day(s.expires()), s.dsptBand() == null ? "" : s.dsptBand().label(), ctx.day(s.iso27001()),
					ctx.day(s.cyberEssentialsPlus())));
		}
		out.table("R6", new EvidenceTable("DSPT, ISO 27001 and Cyber Essentials Plus of the trust, providers,"
				+ " sub-processors and receivers", List.of("Organisation", "Kind", "DSPT", "Published", "Expires", "Band",
						"ISO 27001 expires", "Cyber Essentials Plus expires"), rows));
		if (lapsing == 0 && weak == 0) {
			out.add("R6", Rag.GREEN, "The DSPT assessment of the trust, every provider, sub-processor and receiver is"
					+ " published, at Standards met or better, and current for more than 90 days.");
		}
	}
}
