package org.custodian.audit.core.rules;

import java.util.List;
import java.util.Optional;

import org.custodian.model.Staff;
import org.custodian.store.AccessEvent;
import org.custodian.store.NewAlert;
import org.custodian.store.PatientDemographics;
import org.custodian.store.StoredEvent;

/**
 * The rules about who the patient is to the user: themselves, family, a neighbour, a co-worker. They compare
 * the PAS's demographics of the patient (under any identifier the trail used, through the crosswalk) with the
 * staff directory, and they judge only people: an access by a user the directory does not know (a machine
 * fetching, routing or replicating, or an unknown account) is never attributed to a person. One alert per
 * user, patient and day: forty studies of one relative are one alert.
 */
final class PersonRules {
	private PersonRules() {
	}

	/** The member of staff behind a person's access to a patient, or empty for system traffic and the rest. */
	static Optional<Staff> person(StoredEvent se, RuleContext ctx) {
		return PatientAccess.is(se.event()) ? ctx.directory().staff(se.event().userId()) : Optional.empty();
	}

	static final class SelfAccess implements DetectionRule {
		@Override
		public String id() {
			return "self-access";
		}

		@Override
		public String description() {
			return "A user looks at their own record: their NHS number, or their name and date of birth.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			Optional<Staff> user = person(se, ctx);
			if (user.isEmpty()) {
				return;
			}
			Staff s = user.get();
			AccessEvent e = se.event();
			String nhs = ctx.nhsNumber(se);
			Optional<PatientDemographics> p = ctx.patient(se);
			String who = ctx.directory().describe(e.userId());
			if (nhs != null && s.getNhsNumber() != null && nhs.equals(s.getNhsNumber().replace(" ", ""))) {
				alerts.add(ctx.alertPerPatientDay(this, Severity.HIGH, se, who + " " + EventNames.action(e) + " for patient "
						+ e.patientId() + " on " + ctx.when(e.time()) + ": that is their own record, their own NHS number in"
						+ " the staff directory."));
			} else if (p.isPresent() && PersonEvidence.samePerson(p.get(), s, ctx.surnames())) {
				alerts.add(ctx.alertPerPatientDay(this, Severity.HIGH, se, who + " " + EventNames.action(e) + " for patient "
						+ e.patientId() + " on " + ctx.when(e.time()) + ": that is their own record, with their name and"
						+ " date of birth."));
			} else if (p.isEmpty() && sameName(s, e.patientName())) {
				alerts.add(ctx.alertPerPatientDay(this, Severity.MEDIUM, se, who + " " + EventNames.action(e) + " for "
						+ e.patientName() + " (patient " + e.patientId() + ") on " + ctx.when(e.time())
						+ ": the patient has their full name; no demographics confirm the date of birth."));
			}
		}

		static boolean sameName(Staff s, String patientName) {
			String family = PatientAccess.familyName(patientName);
			String given = PatientAccess.givenName(patientName);
			return family != null && given != null && family.equalsIgnoreCase(s.getFamilyName())
					&& given.equalsIgnoreCase(s.getGivenName());
		}
	}

	static final class Family implements DetectionRule {
		@Override
		public String id() {
			return "family";
		}

		/** Only the surname-alone alert (LOW) stands on "unexplained"; a shared address or phone stands regardless. */
		@Override
		public String explainedNow(org.custodian.store.Alert alert, StoredEvent event, RuleContext ctx) {
			return Severity.LOW.name().equals(alert.severity()) ? ctx.dayExplained(event) : null;
		}

		@Override
		public String description() {
			return "A user looks at a patient with their surname (by spelling or sound) who shares their address,"
					+ " telephone or names them as next of kin; a shared surname alone is at most LOW, only"
					+ " when nothing in the RIS explains the access, and never for a surname common among the"
					+ " trust's patients (commonSurnameShare).";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			Optional<Staff> user = person(se, ctx);
			if (user.isEmpty() || user.get().getFamilyName() == null) {
				return;
			}
			Staff s = user.get();
			AccessEvent e = se.event();
			Optional<PatientDemographics> p = ctx.patient(se);
			String family = p.map(PatientDemographics::familyName).orElse(PatientAccess.familyName(e.patientName()));
			if (family == null || !ctx.surnames().same(family, s.getFamilyName()) || isSelf(se, s, p, ctx)) {
				return;
			}
			List<String> ties = p.map(d -> PersonEvidence.household(d, s, ctx.surnames())).orElse(List.of());
			Optional<String> explained = ctx.explanation(se);
			String who = ctx.directory().describe(e.userId());
			String head = who + " " + EventNames.action(e) + " for patient " + e.patientId() + " on " + ctx.when(e.time())
					+ ": the patient has the surname " + family;
			if (!ties.isEmpty()) {
				alerts.add(ctx.alertPerPatientDay(this, explained.isPresent() ? Severity.MEDIUM : Severity.HIGH, se,
						head + " and " + String.join(" and ", ties) + " as the staff directory."
								+ explained.map(x -> " A care relationship exists: " + x + ".")
										.orElse(" No care relationship was found.")));
			} else if (explained.isEmpty()) {
				// a surname one patient in a thousand has (Smith, Jones, Williams...) is shared by chance every day
				double share = ctx.surnameShare(family);
				if (share > 0 && share >= ctx.settings().commonSurnameShare()) {
					return;
				}
				alerts.add(ctx.alertPerPatientDay(this, Severity.LOW, se, head + " (nothing else ties them"
						+ (share > 0 ? ", and the surname is not a common one among the trust's patients" : "")
						+ "). No care relationship was found."));
			}
		}
	}

	static final class Neighbour implements DetectionRule {
		@Override
		public String id() {
			return "neighbour";
		}

		@Override
		public String explainedNow(org.custodian.store.Alert alert, StoredEvent event, RuleContext ctx) {
			return ctx.dayExplained(event);
		}

		@Override
		public String description() {
			return "A user looks at a patient who lives at their postcode or in their street, with nothing in the"
					+ " RIS to explain it.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			Optional<Staff> user = person(se, ctx);
			Optional<PatientDemographics> p = ctx.patient(se);
			if (user.isEmpty() || p.isEmpty() || isSelf(se, user.get(), p, ctx)) {
				return;
			}
			if (p.get().familyName() != null && ctx.surnames().same(p.get().familyName(), user.get().getFamilyName())) {
				return; // a relative: the family rule's
			}
			String near = PersonEvidence.neighbourhood(p.get(), user.get());
			if (near == null || ctx.explanation(se).isPresent()) {
				return;
			}
			AccessEvent e = se.event();
			alerts.add(ctx.alertPerPatientDay(this, Severity.MEDIUM, se, ctx.directory().describe(e.userId())
					+ " " + EventNames.action(e) + " for patient " + e.patientId() + " on " + ctx.when(e.time()) + ": the patient"
					+ " lives at " + near + " as they do in the staff directory. No care relationship was found."));
		}
	}

	static final class CoWorker implements DetectionRule {
		@Override
		public String id() {
			return "co-worker";
		}

		@Override
		public String explainedNow(org.custodian.store.Alert alert, StoredEvent event, RuleContext ctx) {
			return ctx.dayExplained(event);
		}

		@Override
		public String description() {
			return "A user looks at a patient who is a member of staff (NHS number, or name and date of birth), with"
					+ " nothing in the RIS to explain it.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			Optional<Staff> user = person(se, ctx);
			if (user.isEmpty()) {
				return;
			}
			AccessEvent e = se.event();
			String nhs = ctx.nhsNumber(se);
			Optional<Staff> patient = nhs != null ? ctx.directory().staffPatient(nhs) : Optional.empty();
			if (patient.isEmpty()) {
				patient = ctx.patient(se).flatMap(d -> ctx.directory().staffByNameAndBirth(d, ctx.surnames()));
			}
			// a colleague's images looked at for their care (ordered, reported, the department's study) are work
			if (patient.isEmpty() || patient.get() == user.get() || ctx.explanation(se).isPresent()) {
				return;
			}
			Staff p = patient.get();
			String colleague = Directory.name(p) + (p.getDepartment() != null ? " of " + p.getDepartment() : "");
			boolean sameDepartment = p.getDepartment() != null && p.getDepartment().equalsIgnoreCase(user.get().getDepartment());
			alerts.add(ctx.alertPerPatientDay(this, sameDepartment ? Severity.HIGH : Severity.MEDIUM, se,
					ctx.directory().describe(e.userId()) + " " + EventNames.action(e) + " for patient " + e.patientId() + " on "
							+ ctx.when(e.time()) + ": the patient is a member of staff, " + colleague
							+ (sameDepartment ? ", in the same department" : "") + "." + care(ctx, se)));
		}
	}

	/** The patient is the user: self-access, reported by its own rule and by no other. */
	static boolean isSelf(StoredEvent se, Staff s, Optional<PatientDemographics> p, RuleContext ctx) {
		String nhs = ctx.nhsNumber(se);
		return nhs != null && s.getNhsNumber() != null && nhs.equals(s.getNhsNumber().replace(" ", ""))
				|| p.isPresent() && PersonEvidence.samePerson(p.get(), s, ctx.surnames())
				|| p.isEmpty() && SelfAccess.sameName(s, se.event().patientName());
	}

	/** " A care relationship exists: ..." or " No care relationship was found." */
	static String care(RuleContext ctx, StoredEvent se) {
		return ctx.explanation(se).map(x -> " A care relationship exists: " + x + ".")
				.orElse(" No care relationship was found.");
	}
}
