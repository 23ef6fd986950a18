package org.custodian.evidence.core.checks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.custodian.audit.core.review.Investigations;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceTable;
import org.custodian.evidence.core.Rag;
import org.custodian.model.CaseStatus;
import org.custodian.model.Investigation;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.EventFilter;
import org.custodian.store.StoredEvent;

/**
 * A1, A2, R7 and the log-in half of G2 from the imported audit trail, the alert queue and the investigations.
 * <ul>
 * <li>A1: red with no access events; amber when the newest is older than {@link #STALE_DAYS} days (the trail is
 * no longer being imported); green otherwise.</li>
 * <li>A2: red when a high-severity alert has waited more than {@link #ALERT_DAYS} days; amber while any alert is
 * open, or while events wait that the rules have not checked; green when the rules have checked every event
 * and every alert has been dismissed or taken into a case. Each finding says when the rules last ran.</li>
 * <li>R7: red when a case's 72-hour reporting clock ran out undecided, or with no trail at all; amber when the
 * log review is overdue ({@link Investigations#DEFAULT_REVIEW_CADENCE_DAYS}); green otherwise.</li>
 * <li>G2: amber while an alert of the failed log-in or shared-account rules is open.</li>
 * </ul>
 */
public final class AccessChecks implements EvidenceCheck {
	static final int STALE_DAYS = 7;
	static final int ALERT_DAYS = 7;
	/** Enough open alerts to show their spread by rule; the total comes from a count. */
	private static final int ALERT_SAMPLE = 5_000;
	/** How far unchecked events are counted: the finding says "at least" beyond. */
	private static final int UNCHECKED_MAX = 10_000;
	private static final Set<String> LOGIN_RULES = Set.of("failed-logins", "shared-account");

	@Override
	public void assess(EvidenceContext ctx, Assessments out) {
		long events = ctx.store().events().count(EventFilter.ALL);
		trail(ctx, events, out);
		alerts(ctx, out);
		investigations(ctx, events, out);
	}

	private static void trail(EvidenceContext ctx, long events, Assessments out) {
		if (events == 0) {
			out.add("A1", Rag.RED, "No access events have been imported, so nobody can say who looked at a patient's"
					+ " images.");
			return;
		}
		StoredEvent newest = ctx.store().events().page(EventFilter.ALL, 0, 1).get(0);
		Instant last = newest.event().time();
		long age = Duration.between(last, ctx.now()).toDays();
		if (age > STALE_DAYS) {
			out.add("A1", Rag.AMBER, "The newest access event is from " + ctx.day(last) + ", " + age
					+ " days ago: the PACS audit trail is not being imported.");
		} else {
			out.add("A1", Rag.GREEN, String.format("%,d access events are held, the newest from %s; every patient's"
					+ " timeline shows who looked, when, from where and the care relationship found.", events, ctx.day(last)));
		}
		out.table("A1", new EvidenceTable("Audit trail held", List.of("Access events", "Newest event"),
				List.of(List.of(String.format("%,d", events), ctx.day(last)))));
	}

	private static void alerts(EvidenceContext ctx, Assessments out) {
		AlertFilter open = new AlertFilter(null, Alert.OPEN, null, null, null);
		long count = ctx.store().alerts().count(open);
		Map<String, int[]> byRule = new TreeMap<>();
		int oldHigh = 0;
		int login = 0;
		for (Alert a : ctx.store().alerts().list(open, 0, ALERT_SAMPLE)) {
			byRule.computeIfAbsent(a.rule(), k -> new int[1])[0]++;
			if ("HIGH".equals(a.severity()) && a.raisedAt() != null
					&& Duration.between(a.raisedAt(), ctx.now()).toDays() > ALERT_DAYS) {
				oldHigh++;
			}
			if (LOGIN_RULES.contains(a.rule())) {
				login++;
			}
		}
		// the queue says nothing of events the rules have not seen: right after an import or a seed, before the
		// rules ran, an empty queue is no evidence at all
		String mark = ctx.store().alerts().setting(RuleEngine.WATERMARK);
		long unchecked = ctx.store().events().after(mark == null ? 0 : Long.parseLong(mark), UNCHECKED_MAX).size();
		String lastRun = ctx.store().alerts().setting(RuleEngine.LAST_RUN);
		String ran = lastRun == null ? "The detection rules have never run."
				: String.format("The detection rules last ran at %s over %,d events.", lastRun.split(" ")[0],
						Long.parseLong(lastRun.split(" ")[1]));
		if (unchecked > 0) {
			out.add("A2", oldHigh > 0 ? Rag.RED : Rag.AMBER, (unchecked >= UNCHECKED_MAX ? "At least " : "")
					+ String.format("%,d", unchecked) + " access events have not been checked by the detection rules"
					+ " yet, so the queue cannot say whether they raise anything. " + ran);
		}
		if (oldHigh > 0) {
			out.add("A2", Rag.RED, oldHigh + " high-severity alerts have waited more than " + ALERT_DAYS
					+ " days without being dismissed or taken into a case.");
		} else if (count > 0) {
			out.add("A2", Rag.AMBER, String.format("%,d alerts are open in the queue. ", count) + ran);
		} else {
			if (unchecked == 0) {
				out.add("A2", Rag.GREEN, "No alert is waiting. " + ran);
			}
		}
		List<List<String>> rows = new ArrayList<>();
		byRule.forEach((rule, n) -> rows.add(List.of(rule, Integer.toString(n[0]))));
		out.table("A2", new EvidenceTable("Open alerts by rule" + (count > ALERT_SAMPLE ? " (first " + ALERT_SAMPLE + ")" : ""),
				List.of("Rule", "Open alerts"), rows));
		if (login > 0) {
			out.add("G2", Rag.AMBER, login + " alerts of failed log-in bursts or one account at two workstations are open.");
		} else {
			out.add("G2", Rag.GREEN, "Log-in attempts are watched: no failed log-in burst or account used at two"
					+ " workstations is waiting.");
		}
	}

	private static void investigations(EvidenceContext ctx, long events, Assessments out) {
		if (events == 0) {
			out.add("R7", Rag.RED, "There is no access trail to inspect.");
		}
		if (ctx.trust() == null) {
			out.add("R7", Rag.RED, "No review of the access logs has been recorded.");
			return;
		}
		Investigations inv = new Investigations(ctx.store());
		Optional<String> overdue = inv.reviewOverdue(ctx.today(), Investigations.DEFAULT_REVIEW_CADENCE_DAYS);
		overdue.ifPresent(why -> out.add("R7", Rag.AMBER, why));
		List<List<String>> rows = new ArrayList<>();
		int lapsed = 0;
		int open = 0;
		for (Investigation c : ctx.trust().getInvestigations()) {
			Optional<Duration> left = Investigations.reportingTimeLeft(c, ctx.now());
			boolean ranOut = c.getStatus() == CaseStatus.OPEN && left.isPresent() && left.get().isNegative();
			lapsed += ranOut ? 1 : 0;
			open += c.getStatus() == CaseStatus.OPEN ? 1 : 0;
			rows.add(List.of(c.getReference(), c.getTitle() == null ? "" : c.getTitle(), ctx.day(c.getOpened()),
					c.getOwner() == null ? "" : c.getOwner(), c.getStatus().getLiteral(),
					c.getOutcome() == null ? "" : c.getOutcome().getLiteral(),
					ranOut ? "72 h passed undecided" : c.getReportabilityDecidedAt() != null
							? (c.isBreachReportable() ? "reportable" : "not reportable") : "pending"));
		}
		if (lapsed > 0) {
			out.add("R7", Rag.RED, lapsed + " open cases passed the 72-hour reporting clock without a decision on"
					+ " whether the breach is reportable.");
		}
		if (overdue.isEmpty() && lapsed == 0 && events > 0) {
			out.add("R7", Rag.GREEN, "The access logs were reviewed within the last "
					+ Investigations.DEFAULT_REVIEW_CADENCE_DAYS + " days; " + ctx.trust().getInvestigations().size()
					+ " cases recorded, " + open + " open.");
		}
		out.table("R7", new EvidenceTable("Investigations", List.of("Case", "Title", "Opened", "Owner", "Status",
				"Outcome", "Reportability"), rows));
	}
}
