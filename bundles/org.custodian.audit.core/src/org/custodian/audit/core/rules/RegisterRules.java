package org.custodian.audit.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.store.AccessEvent;
import org.custodian.store.NewAlert;
import org.custodian.store.StoredEvent;

/**
 * Rules that hold the trail against the trust's registers of Suppliers &amp; records: transfers out of the trust
 * against the agreements and contracts (R5, G6), deletions against the destruction register (R4).
 */
final class RegisterRules {
	private RegisterRules() {
	}

	static final class UnmatchedTransfer implements DetectionRule {
		@Override
		public String id() {
			return "unmatched-transfer";
		}

		@Override
		public String description() {
			return "Images sent electronically (110104, or an export disclosed to a system, 110106) to a system that is"
					+ " not the trust's and that no data-sharing agreement or contract names.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			Optional<Receivers.Transfer> t = Receivers.transfer(se.event());
			if (t.isEmpty()) {
				return;
			}
			Receivers receivers = ctx.directory().receivers();
			if (receivers.ours(t.get()) || receivers.cover(t.get()).isPresent()) {
				return;
			}
			AccessEvent e = se.event();
			alerts.add(ctx.alert(this, Severity.HIGH, se, ctx.directory().describe(e.userId()) + " sent the images of"
					+ (e.patientId() != null ? " patient " + e.patientId() : " a patient") + " to "
					+ t.get().describe() + " on " + ctx.when(e.time()) + ", which is not one of the trust's systems"
					+ " and is named by no data-sharing agreement or contract."));
		}
	}

	static final class DeletionOutsideRegister implements DetectionRule {
		@Override
		public String id() {
			return "deletion-outside-register";
		}

		@Override
		public String description() {
			return "A study deleted (110105, or a delete on a study) that is not in the destruction register, came"
					+ " before its earliest destruction date, or whose patient was under legal hold.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			// a deletion without a study cannot be compared; the start page names it instead
			if (!Deletions.isDeletion(e) || e.studyUid() == null) {
				return;
			}
			Deletions.Finding f = ctx.directory().deletions().check(e, new ArrayList<>(ctx.keys(se)));
			if (f.problems().isEmpty()) {
				return;
			}
			alerts.add(ctx.alert(this, Severity.HIGH, se, ctx.directory().describe(e.userId()) + " deleted study "
					+ e.studyUid() + (e.patientId() != null ? " of patient " + e.patientId() : "") + " on "
					+ ctx.when(e.time()) + ": " + String.join("; ", f.problems()) + "."));
		}
	}
}
