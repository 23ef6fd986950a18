package org.custodian.evidence.core.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodian.evidence.core.Assessments;
import org.custodian.evidence.core.EvidenceCheck;
import org.custodian.evidence.core.EvidenceContext;
import org.custodian.evidence.core.EvidenceTable;
import org.custodian.evidence.core.Rag;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DpiaStatus;
import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.RetentionClass;
import org.custodian.model.Trust;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.supplier.core.AssuranceComparison;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.MediaRegister;
import org.custodian.supplier.core.RecordsRegister;

/**
 * R2, R4, R5, R6, S1, S3, the media rules M1-M4, S4 and G5 from the Suppliers &amp; records registers (S3 from the
 * newest check of a teaching folder, see {@code teaching}).
 * <ul>
 * <li>R2: red without agreements, or when a teleradiology provider has no data-sharing agreement; amber while an
 * agreement's DPIA is not approved (or not required).</li>
 * <li>R6: red when a receiving organisation is weaker than the trust on any assurance point, or a review date or
 * certificate has expired; amber when one comes up within 30 days.</li>
 * <li>R4: red without a retention schedule, when a destruction happened under a hold, before it was due or without
 * evidence, or when a contract's retention guarantee falls short; amber while studies are due for review or a
 * class is marked "check".</li>
 * <li>S1: red when a retention class keeps records for fewer than {@link #IMAGE_YEARS} years.</li>
 * <li>M1, S4, R5, G5: red when a medium is unencrypted without a permitted exception, or its password's route is
 * not recorded; R5 and M3 also red while exports to media in the audit trail have no register entry
 * (the access rule {@code unencrypted-export}). M3: amber when a received medium is not imported within a week or
 * not tracked by both ends. M2: green with every exception's reason recorded. M4: red for each problem with a medium
 * recorded without its incident reference (Datix or the trust's own). Not assessed with an empty register.</li>
 * </ul>
 */
public final class RecordsChecks implements EvidenceCheck {
	static final int IMAGE_YEARS = 8;
	private static final int SOON_DAYS = 30;

	@Override
	public void assess(EvidenceContext ctx, Assessments out) {
		Trust trust = ctx.trust();
		if (trust == null) {
			for (String id : List.of("R2", "R4", "R6")) {
				out.add(id, Rag.RED, "No providers, agreements or retention schedule are recorded.");
			}
			media(ctx, null, out);
			return;
		}
		agreements(ctx, trust, out);
		retention(ctx, trust, out);
		media(ctx, trust, out);
		teaching(ctx, trust, out);
	}

	/**
	 * S3 from the newest check of a teaching or research folder: red when files still carry an identifier or could
	 * not be read; amber with no check, or one more than {@link #TEACHING_DAYS} days old; green otherwise.
	 */
	private static void teaching(EvidenceContext ctx, Trust trust, Assessments out) {
		org.custodian.model.TeachingCheck c = org.custodian.supplier.core.Deidentification.latest(trust);
		String map = " The trust's pseudonym map holds " + trust.getPseudonyms().size() + " pseudonyms.";
		if (c == null) {
			out.add("S3", Rag.AMBER, "No teaching or research folder has been checked for identifiers (Suppliers &"
					+ " records, Teaching copies, or custodian-cli deid-check)." + map);
			return;
		}
		String what = "The check of " + c.getFolder() + " on " + ctx.day(c.getCheckedAt()) + " read " + c.getFiles()
				+ " files";
		if (c.getWithIdentifiers() > 0 || c.getUnreadable() > 0) {
			out.add("S3", Rag.RED, what + ": " + c.getWithIdentifiers() + " still carry an identifier, "
					+ c.getUnreadable() + " could not be read." + map);
		} else {
			out.add("S3", Rag.GREEN, what + "; none carries a direct or indirect identifier." + map);
		}
		long age = java.time.temporal.ChronoUnit.DAYS.between(c.getCheckedAt().toInstant(), ctx.now());
		if (age > TEACHING_DAYS) {
			out.add("S3", Rag.AMBER, "The newest check of a teaching folder is " + age + " days old.");
		}
		List<List<String>> rows = new ArrayList<>();
		c.getFindings().forEach(f -> rows.add(List.of(f)));
		out.table("S3", new EvidenceTable("Files of the newest check that still identify (attribute, never its value)",
				List.of("File and attribute"), rows));
	}

	static final int TEACHING_DAYS = 90;

	private static void agreements(EvidenceContext ctx, Trust trust, Assessments out) {
		List<DataSharingAgreement> all = trust.getDataSharingAgreements();
		if (all.isEmpty()) {
			out.add("R2", Rag.RED, "No data-sharing agreement is recorded.");
			out.add("R6", Rag.RED, "No data-sharing agreement is recorded, so no receiver's assurance can be compared.");
		}
		Set<Provider> covered = all.stream().map(DataSharingAgreement::getProvider).collect(Collectors.toSet());
		for (Provider p : trust.getProviders()) {
			if (p.getKind() == ProviderKind.TELERADIOLOGY && !covered.contains(p)) {
				out.add("R2", Rag.RED, "Teleradiology provider " + p.getName() + " has no data-sharing agreement.");
			}
		}
		List<List<String>> rows = new ArrayList<>();
		int weak = 0;
		for (DataSharingAgreement a : all) {
			if (a.getPartnerName() == null || a.getPartnerName().isBlank()) {
				// named by AssuranceChecks and left out of the verdict
				continue;
			}
			DpiaStatus dpia = a.getDpiaStatus();
			if (dpia != DpiaStatus.APPROVED && dpia != DpiaStatus.NOT_REQUIRED) {
				out.add("R2", Rag.AMBER, "The DPIA of " + a.getTitle() + " is " + words(dpia) + ".");
			}
			List<AssuranceComparison.Point> weaker = AssuranceComparison.weaknesses(trust.getOwnAssurance(),
					a.getReceiverAssurance(), ctx.today());
			for (AssuranceComparison.Point p : weaker) {
				weak++;
				out.add("R6", Rag.RED, a.getPartnerName() + " is weaker than the trust on " + p.name() + ": "
						+ p.weakness());
			}
			rows.add(List.of(a.getTitle(), a.getPartnerName() == null ? "" : a.getPartnerName(),
					a.getLegalBasis() == null ? "" : a.getLegalBasis(), ctx.day(a.getReviewDate()), words(dpia),
					weaker.isEmpty() ? "none" : Integer.toString(weaker.size())));
		}
		out.table("R2", new EvidenceTable("Data-sharing agreements", List.of("Agreement", "Partner", "Legal basis",
				"Review date", "DPIA", "Weaker points"), rows));
		if (!all.isEmpty() && out.isEmpty("R2")) {
			out.add("R2", Rag.GREEN, all.size() + " data-sharing agreements, every teleradiology provider covered.");
		}
		List<List<String>> expiries = new ArrayList<>();
		int expired = 0;
		int soon = 0;
		for (ExpiryAlerts.Alert e : ExpiryAlerts.find(trust, ctx.today(), SOON_DAYS)) {
			if ("DSPT".equals(e.kind())) {
				// a lapsing toolkit is judged with everyone's assurance in AssuranceChecks
				continue;
			}
			expiries.add(List.of(e.kind(), e.subject(), ctx.day(e.date()), e.band().label()));
			if (e.band() == ExpiryAlerts.Band.EXPIRED) {
				expired++;
				out.add("R6", Rag.RED, e.message());
			} else {
				soon++;
			}
		}
		if (soon > 0) {
			out.add("R6", Rag.AMBER, soon + " reviews, contracts or certificates come up within " + SOON_DAYS + " days.");
		}
		if (!all.isEmpty() && weak == 0 && expired == 0 && soon == 0) {
			out.add("R6", Rag.GREEN, "Every receiving organisation is at least as well assured as the trust, and"
					+ " every review date and certificate is current.");
		}
		out.table("R6", new EvidenceTable("Expired or due within " + SOON_DAYS + " days", List.of("Kind", "Subject",
				"Date", "When"), expiries));
	}

	private static void retention(EvidenceContext ctx, Trust trust, Assessments out) {
		List<RetentionClass> classes = trust.getRetentionClasses();
		if (classes.isEmpty()) {
			out.add("R4", Rag.RED, "No retention schedule is recorded.");
			out.add("S1", Rag.RED, "No retention schedule is recorded.");
			return;
		}
		for (RecordsRegister.Problem p : RecordsRegister.check(trust)) {
			out.add("R4", Rag.RED, p.problem());
		}
		for (ContractChecks.Finding f : ContractChecks.check(trust)) {
			// the finding's sentence starts at the verb; the contract it speaks of goes in front
			out.add("R4", Rag.RED, f.provider().getName() + " contract " + f.contract().getReference() + " "
					+ f.problem());
		}
		int due = RecordsRegister.dueForReview(trust, ctx.today()).size();
		if (due > 0) {
			out.add("R4", Rag.AMBER, due + " studies are due for review or destruction.");
		}
		List<String> disputed = classes.stream().filter(RetentionClass::isDisputed).map(RetentionClass::getName).toList();
		if (!disputed.isEmpty()) {
			out.add("R4", Rag.AMBER, "Retention classes marked to check against the source: " + String.join("; ", disputed) + ".");
		}
		if (out.isEmpty("R4")) {
			out.add("R4", Rag.GREEN, classes.size() + " retention classes; " + trust.getStudyRetentions().size()
					+ " studies dated; nothing due and no destruction out of order.");
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> short8 = new ArrayList<>();
		for (RetentionClass c : classes) {
			rows.add(List.of(c.getCode() == null ? "" : c.getCode(), c.getName(), c.getMinimumYears() + " years",
					c.getTrigger() == null ? "" : words(c.getTrigger()), c.isDisputed() ? "check" : ""));
			if (c.getMinimumYears() > 0 && c.getMinimumYears() < IMAGE_YEARS) {
				short8.add(c.getName() + " (" + c.getMinimumYears() + " years)");
			}
		}
		out.table("R4", new EvidenceTable("Retention schedule", List.of("Code", "Class", "Period", "From", "Note"), rows));
		if (short8.isEmpty()) {
			out.add("S1", Rag.GREEN, "Every retention class keeps images at least " + IMAGE_YEARS + " years.");
		} else {
			out.add("S1", Rag.RED, "Shorter than " + IMAGE_YEARS + " years: " + String.join("; ", short8) + ".");
		}
	}

	private static void media(EvidenceContext ctx, Trust trust, Assessments out) {
		long exports = ctx.store().alerts().count(new AlertFilter(null, Alert.OPEN, null, null, "unencrypted-export"));
		if (exports > 0) {
			String why = exports + " exports to media in the audit trail are unencrypted or have no entry in the media register.";
			out.add("R5", Rag.RED, why);
			out.add("M3", Rag.RED, why);
		}
		List<MediaTransfer> register = trust == null ? List.of() : trust.getMediaTransfers();
		if (register.isEmpty()) {
			for (String id : List.of("M1", "M2", "M3", "M4", "S4", "G5", "R5")) {
				out.add(id, Rag.NOT_ASSESSED, "The media register is empty.");
			}
			return;
		}
		List<MediaRegister.Finding> findings = MediaRegister.check(trust, ctx.today());
		List<List<String>> rows = new ArrayList<>();
		for (MediaRegister.Finding f : findings) {
			rows.add(List.of(f.rule(), f.problem()));
			if ("M4".equals(f.rule())) {
				out.add("M4", Rag.RED, f.problem());
			} else if ("M1".equals(f.rule())) {
				for (String id : List.of("M1", "S4", "R5", "G5")) {
					out.add(id, Rag.RED, f.problem());
				}
			} else {
				out.add(f.rule(), Rag.AMBER, f.problem());
				out.add("G5", Rag.AMBER, f.problem());
			}
		}
		long exceptions = register.stream().filter(m -> !m.isEncrypted() && m.getException() != null
				&& m.getException() != MediaException.NONE).count();
		long incidents = register.stream().filter(m -> m.getIncidentReference() != null
				&& !m.getIncidentReference().isBlank()).count();
		for (String id : List.of("M1", "S4", "R5", "M3", "G5")) {
			if (out.isEmpty(id)) {
				out.add(id, Rag.GREEN, register.size() + " media in the register, each encrypted or a recorded"
						+ " exception, tracked by sender and receiver.");
			}
		}
		long unexplained = register.stream().filter(m -> !m.isEncrypted() && (m.getException() == null
				|| m.getException() == MediaException.NONE)).count();
		if (unexplained > 0) {
			out.add("M2", Rag.RED, unexplained + " unencrypted media have no permitted exception recorded.");
		} else {
			out.add("M2", Rag.GREEN, exceptions + " unencrypted media, each with its permitted reason recorded.");
		}
		long problems = register.stream().filter(m -> m.getProblem() != null && !m.getProblem().isBlank()).count();
		if (out.isEmpty("M4")) {
			out.add("M4", Rag.GREEN, problems == 0 ? "No problem with a medium is recorded in the register."
					: problems + (problems == 1 ? " problem with a medium is" : " problems with media are")
							+ " recorded, each with its incident reference (" + incidents + " entries carry one).");
		}
		out.table("G5", new EvidenceTable("Media register findings", List.of("Rule", "Finding"), rows));
	}

	private static String words(Enum<?> e) {
		return e == null ? "not recorded" : e.name().toLowerCase().replace('_', ' ');
	}
}
