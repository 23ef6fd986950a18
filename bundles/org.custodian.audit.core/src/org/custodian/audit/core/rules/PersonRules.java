package org.custodian.audit.core.rules;

import java.util.List;
import java.util.Optional;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.custodian.model.Staff;
import org.custodian.audit.core.review.EventNames;
import org.custodian.store.AccessEvent;
import org.custodian.store.NewAlert;
import org.custodian.store.StoredEvent;

/**
 * The rules about who the patient is to the user: themselves, family (a surname that sounds the same), a
 * co-worker. Self-access is found by NHS number, or by full name when the trail names the patient; family by a
 * Double Metaphone match of surnames (Smith/Smyth, Thompson/Thomson), which catches spellings an exact match
 * misses.
 */
final class PersonRules {
	private PersonRules() {
	}

	static final class SelfAccess implements DetectionRule {
		@Override
		public String id() {
			return "self-access";
		}

		@Override
		public String description() {
			return "A user looks at their own record (NHS number, or full name, matching the staff directory).";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			if (!PatientAccess.is(e)) {
				return;
			}
			Optional<Staff> user = ctx.directory().staff(e.userId());
			if (user.isEmpty()) {
				return;
			}
			Staff s = user.get();
			if (s.getNhsNumber() != null && s.getNhsNumber().replace(" ", "").equals(e.patientId().replace(" ", ""))) {
				alerts.add(ctx.alert(this, Severity.HIGH, se, ctx.directory().describe(e.userId())
						+ " " + EventNames.action(e) + " for patient " + e.patientId() + " on " + ctx.when(e.time())
						+ ": that is their own NHS number in the staff directory."));
			} else if (sameName(s, e.patientName())) {
				alerts.add(ctx.alert(this, Severity.MEDIUM, se, ctx.directory().describe(e.userId())
						+ " " + EventNames.action(e) + " for " + e.patientName() + " (patient " + e.patientId() + ") on "
						+ ctx.when(e.time()) + ": the patient has their full name; the trail carries no date of"
						+ " birth to confirm it."));
			}
		}

		private static boolean sameName(Staff s, String patientName) {
			String family = PatientAccess.familyName(patientName);
			String given = PatientAccess.givenName(patientName);
			return family != null && given != null && family.equalsIgnoreCase(s.getFamilyName())
					&& given.equalsIgnoreCase(s.getGivenName());
		}
	}

	static final class Family implements DetectionRule {
		private final DoubleMetaphone metaphone = new DoubleMetaphone();

		Family() {
			metaphone.setMaxCodeLen(8); // the default 4 cuts THOMPSON to TMPS and THOMSON to TMSN
		}

		@Override
		public String id() {
			return "family";
		}

		@Override
		public String description() {
			return "A user looks at a patient whose surname sounds like their own (phonetic match).";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			if (!PatientAccess.is(e)) {
				return;
			}
			Optional<Staff> user = ctx.directory().staff(e.userId());
			String patientFamily = PatientAccess.familyName(e.patientName());
			if (user.isEmpty() || patientFamily == null || user.get().getFamilyName() == null) {
				return;
			}
			Staff s = user.get();
			if (s.getNhsNumber() != null && s.getNhsNumber().replace(" ", "").equals(e.patientId().replace(" ", ""))) {
				return; // that is self-access, reported by its own rule
			}
			if (SelfAccess.sameName(s, e.patientName())) {
				return;
			}
			String staffFamily = s.getFamilyName().strip();
			if (soundAlike(staffFamily, patientFamily)) {
				String how = staffFamily.equalsIgnoreCase(patientFamily) ? "the same surname, " + staffFamily
						: "a surname that sounds like theirs (" + patientFamily + " / " + staffFamily + ")";
				alerts.add(ctx.alert(this, Severity.MEDIUM, se, ctx.directory().describe(e.userId())
						+ " " + EventNames.action(e) + " for " + e.patientName() + " (patient " + e.patientId() + ") on "
						+ ctx.when(e.time()) + ": the patient has " + how + "."
						+ care(ctx, e)));
			}
		}

		/**
		 * Surnames sound alike when any of their Double Metaphone codes (primary or alternate) are equal, or, for
		 * codes of four sounds or more, one sound apart: Thompson (TMPSN) and Thomson (TMSN), Smith and Smyth.
		 */
		boolean soundAlike(String a, String b) {
			String[] codesA = { metaphone.doubleMetaphone(a), metaphone.doubleMetaphone(a, true) };
			String[] codesB = { metaphone.doubleMetaphone(b), metaphone.doubleMetaphone(b, true) };
			for (String x : codesA) {
				for (String y : codesB) {
					if (x.equals(y) || (Math.min(x.length(), y.length()) >= 4 && oneEditApart(x, y))) {
						return true;
					}
				}
			}
			return false;
		}

		private static boolean oneEditApart(String x, String y) {
			if (Math.abs(x.length() - y.length()) > 1) {
				return false;
			}
			int i = 0;
			while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
				i++;
			}
			// after the first difference the rest must match with one letter skipped or replaced
			return x.substring(Math.min(i + 1, x.length())).equals(y.substring(Math.min(i + 1, y.length())))
					|| x.substring(i).equals(y.substring(Math.min(i + 1, y.length())))
					|| x.substring(Math.min(i + 1, x.length())).equals(y.substring(i));
		}
	}

	static final class CoWorker implements DetectionRule {
		@Override
		public String id() {
			return "co-worker";
		}

		@Override
		public String description() {
			return "A user looks at a patient who is a member of staff (by NHS number in the staff directory).";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			if (!PatientAccess.is(e)) {
				return;
			}
			Optional<Staff> patient = ctx.directory().staffPatient(e.patientId());
			Optional<Staff> user = ctx.directory().staff(e.userId());
			if (patient.isEmpty() || (user.isPresent() && user.get() == patient.get())) {
				return;
			}
			Staff p = patient.get();
			String colleague = Directory.name(p) + (p.getDepartment() != null ? " of " + p.getDepartment() : "");
			boolean sameDepartment = user.isPresent() && p.getDepartment() != null
					&& p.getDepartment().equalsIgnoreCase(user.get().getDepartment());
			alerts.add(ctx.alert(this, sameDepartment ? Severity.HIGH : Severity.MEDIUM, se,
					ctx.directory().describe(e.userId()) + " " + EventNames.action(e) + " for patient " + e.patientId() + " on "
							+ ctx.when(e.time()) + ": the patient is a member of staff, " + colleague
							+ (sameDepartment ? ", in the same department" : "") + "." + care(ctx, e)));
		}
	}

	/** " A care relationship exists: ..." or " No care relationship was found." */
	static String care(RuleContext ctx, AccessEvent e) {
		return CareExplanation.explain(e, ctx.care(e.patientId()), ctx.directory())
				.map(x -> " A care relationship exists: " + x + ".").orElse(" No care relationship was found.");
	}
}
