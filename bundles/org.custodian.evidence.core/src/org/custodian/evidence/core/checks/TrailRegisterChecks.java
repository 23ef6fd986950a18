package org.custodian.evidence.core.checks;

import java.util.ArrayList;
import java.util.List;

import org.custodian.audit.core.rules.Deletions;
import org.custodian.audit.core.rules.TransferFigures;
import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceTable;
import org.custodian.evidence.core.Rag;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.EventFilter;
import org.custodian.store.StoredEvent;

/**
 * The audit trail held against the registers of Suppliers &amp; records.
 * <ul>
 * <li>R4: red while an alert of the rule {@code deletion-outside-register} is open (a study deleted that the
 * destruction register does not hold, deleted before its earliest destruction date, or under legal hold). A
 * deletion event that names no study is named and left out of the verdict.</li>
 * <li>R5 and G6: red while an alert of the rule {@code unmatched-transfer} is open (images sent to a system that is
 * neither the trust's nor named by an agreement or contract). G6 is green when every transfer out of the trust in
 * the trail is covered, and shows the transfers and delivery times per receiving organisation; not assessed when
 * the trail holds no transfer out.</li>
 * </ul>
 */
public final class TrailRegisterChecks implements EvidenceCheck {
	/** How many of the newest transfer, export and begin-transfer events the figures read. */
	static final int TRANSFER_EVENTS = 50_000;
	private static final int QUOTED = 5;

	@Override
	public void assess(EvidenceContext ctx, Assessments out) {
		deletions(ctx, out);
		transfers(ctx, out);
	}

	private static void deletions(EvidenceContext ctx, Assessments out) {
		List<Alert> open = open(ctx, "deletion-outside-register");
		long count = count(ctx, "deletion-outside-register");
		if (count > 0) {
			out.add("R4", Rag.RED, count + (count == 1 ? " deletion" : " deletions") + " in the audit trail "
					+ (count == 1 ? "does" : "do") + " not match the destruction register. " + quote(open));
		}
		List<Long> noStudy = new ArrayList<>();
		for (StoredEvent e : ctx.store().events().page(EventFilter.ALL.withEventCode("110105"), 0, TRANSFER_EVENTS)) {
			if (Deletions.isDeletion(e.event()) && e.event().studyUid() == null) {
				noStudy.add(e.id());
			}
		}
		if (!noStudy.isEmpty()) {
			out.add("R4", Rag.NOT_ASSESSED, noStudy.size() + (noStudy.size() == 1 ? " deletion event names" : " deletion"
					+ " events name") + " no study (event " + String.join(", ", noStudy.stream().limit(QUOTED)
							.map(String::valueOf).toList()) + (noStudy.size() > QUOTED ? ", ..." : "")
					+ "), so " + (noStudy.size() == 1 ? "it" : "they") + " cannot be compared with the destruction register.");
		}
		List<List<String>> rows = new ArrayList<>();
		open.forEach(a -> rows.add(List.of(ctx.day(a.time()), a.userId() == null ? "" : a.userId(), a.reason())));
		out.table("R4", new EvidenceTable("Deletions that do not match the register", List.of("Day", "User", "Finding"),
				rows));
	}

	private static void transfers(EvidenceContext ctx, Assessments out) {
		long unmatched = count(ctx, "unmatched-transfer");
		if (unmatched > 0) {
			String why = unmatched + (unmatched == 1 ? " electronic transfer" : " electronic transfers")
					+ " out of the trust went to a system no data-sharing agreement or contract names. "
					+ quote(open(ctx, "unmatched-transfer"));
			out.add("R5", Rag.RED, why);
			out.add("G6", Rag.RED, why);
		}
		TransferFigures.Report report = TransferFigures.of(ctx.store().events(), ctx.trust(), TRANSFER_EVENTS);
		List<List<String>> rows = new ArrayList<>();
		for (TransferFigures.Receiver r : report.receivers()) {
			rows.add(List.of(r.organisation(), r.under(), Integer.toString(r.transfers()), Integer.toString(r.unmatched()),
					Integer.toString(r.timed()), TransferFigures.words(r.median()), TransferFigures.words(r.longest())));
		}
		out.table("G6", new EvidenceTable("Electronic transfers out of the trust per receiving organisation"
				+ (report.truncated() ? " (newest " + TRANSFER_EVENTS + " events of each kind)" : ""),
				List.of("Receiver", "Under", "Transfers", "Not covered", "Timed", "Median delivery", "Longest"), rows));
		if (report.transfers() == 0) {
			out.add("G6", Rag.NOT_ASSESSED, "The audit trail holds no electronic transfer out of the trust (110104 sent"
					+ " to another system, or an export disclosed to one).");
			return;
		}
		if (unmatched == 0 && report.unmatched() == 0) {
			String summary = report.transfers() + (report.transfers() == 1 ? " electronic transfer" : " electronic"
					+ " transfers") + " out of the trust to " + report.receivers().size()
					+ (report.receivers().size() == 1 ? " organisation" : " organisations")
					+ ", each covered by a data-sharing agreement or contract.";
			out.add("G6", Rag.GREEN, summary);
			out.add("R5", Rag.GREEN, summary);
		} else if (unmatched == 0) {
			// the rules have not raised them yet, or they were dismissed: the figures still say so
			out.add("G6", Rag.AMBER, report.unmatched() + " transfers out of the trust are covered by no agreement or"
					+ " contract, and no open alert says so: the rules have not checked them, or their alerts were dismissed.");
		}
	}

	private static List<Alert> open(EvidenceContext ctx, String rule) {
		return ctx.store().alerts().list(new AlertFilter(null, Alert.OPEN, null, null, rule), 0, QUOTED);
	}

	private static long count(EvidenceContext ctx, String rule) {
		return ctx.store().alerts().count(new AlertFilter(null, Alert.OPEN, null, null, rule));
	}

	private static String quote(List<Alert> alerts) {
		return alerts.isEmpty() ? "" : "For example: " + alerts.get(0).reason();
	}
}
