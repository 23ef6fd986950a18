package org.custodian.audit.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.Staff;
import org.custodian.store.AccessEvent;
import org.custodian.store.FlaggedPatient;
import org.custodian.store.NewAlert;
import org.custodian.store.StoredEvent;

/** The rules that one event is enough for. */
final class EventRules {
	private EventRules() {
	}

	static final class Flagged implements DetectionRule {
		@Override
		public String id() {
			return "flagged-patient";
		}

		@Override
		public String description() {
			return "Any look at a VIP or otherwise flagged patient.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			FlaggedPatient flag = PatientAccess.is(e) ? ctx.flag(se) : null;
			if (flag == null) {
				return;
			}
			Optional<String> reason = ctx.explanation(se);
			alerts.add(ctx.alertPerPatientDay(this, reason.isPresent() ? Severity.MEDIUM : Severity.HIGH, se,
					ctx.directory().describe(e.userId()) + " " + EventNames.action(e) + " for patient " + e.patientId() + " on "
							+ ctx.when(e.time()) + ": the patient is flagged ("
							+ (flag.category() != null ? flag.category() : "flagged")
							+ (flag.reason() != null ? ": " + flag.reason() : "") + ")."
							+ reason.map(r -> " A care relationship exists: " + r + ".")
									.orElse(" No care relationship was found.")));
		}
	}

	/**
	 * Browsing: a member of staff opening the records of several patients in a day with nothing in the RIS to
	 * explain any of them. One unexplained access is no alert (a colleague's question, a patient seen without an
	 * order yet: the grid and the timeline show it as unexplained); {@link #PATIENTS} of them in a day are one
	 * alert, counted over the day from the database, whichever batch or import each came in.
	 */
	static final class NoCareRelationship implements DetectionRule {
		/** Distinct unexplained patients in one day that make browsing. */
		static final int PATIENTS = 5;
		private static final int DAY_LIMIT = 5_000;
		/** Unexplained accesses to one patient in one day that make intensive access to that patient. */
		static final int ONE_PATIENT = 10;
		private final java.util.Map<String, java.util.Map<String, Integer>> unexplainedByUserDay = new java.util.HashMap<>();

		@Override
		public String id() {
			return "no-care-relationship";
		}

		@Override
		public String description() {
			return "A user (not a machine) opens " + PATIENTS + " or more patients in a day with no order, report, MDT"
					+ " listing, teleradiology assignment or department link to them in the RIS feed.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			if (!PatientAccess.is(e) || "110106".equals(e.eventCode()) || e.userId() == null
					|| SystemTraffic.is(e, ctx.directory()) || ctx.explanation(se).isPresent()) {
				return;
			}
			java.time.LocalDate day = e.time().atZone(ctx.settings().zone()).toLocalDate();
			java.util.Map<String, Integer> patients = unexplainedByUserDay.computeIfAbsent(e.userId() + "|" + day,
					k -> unexplained(ctx, e.userId(), day, se.id()));
			String patient = se.patientKey() != null ? se.patientKey() : e.patientId();
			int onThisPatient = patients.merge(patient, 1, Integer::sum);
			if (onThisPatient == ONE_PATIENT) {
				alerts.add(ctx.alertPerPatientDay(this, Severity.MEDIUM, se, ctx.directory().describe(e.userId()) + " "
						+ "looked " + ONE_PATIENT + " times or more at patient " + e.patientId() + " on " + day + " (the"
						+ " tenth at " + ctx.when(e.time()) + ") with nothing in the RIS/worklist feed naming them or"
						+ " their department. The patient's timeline shows each access."));
			}
			if (patients.size() < PATIENTS) {
				return;
			}
			alerts.add(new NewAlert(id(), Severity.MEDIUM.name(), e.userId(), null, e.time(), se.id(),
					ctx.directory().describe(e.userId()) + " opened the records of " + patients.size()
							+ " patients on " + day + " with nothing in the RIS/worklist feed naming them or their"
							+ " department for any of them (the latest at " + ctx.when(e.time()) + ", patient "
							+ e.patientId() + "). Their timeline for the day shows each access.",
					id() + ":" + e.userId() + ":" + day));
		}

		/**
		 * The browsing alert (no patient) stands while the user still has {@link #PATIENTS} unexplained patients that
		 * day; the one-patient alert while {@link #ONE_PATIENT} looks at that patient are unexplained.
		 */
		@Override
		public String explainedNow(org.custodian.store.Alert alert, StoredEvent event, RuleContext ctx) {
			if (event.event().userId() == null) {
				return null;
			}
			java.time.LocalDate day = event.event().time().atZone(ctx.settings().zone()).toLocalDate();
			java.util.Map<String, Integer> left = unexplained(ctx, event.event().userId(), day, Long.MAX_VALUE);
			if (alert.patientId() == null) {
				return left.size() < PATIENTS ? "the feeds now explain all but " + left.size() + " of the patients the user"
						+ " opened on " + day : null;
			}
			String patient = event.patientKey() != null ? event.patientKey() : event.event().patientId();
			int still = left.getOrDefault(patient, 0);
			return still < ONE_PATIENT ? "the feeds now explain all but " + still + " of the user's looks at the patient"
					+ " on " + day : null;
		}

		/** The user's unexplained accesses of that day stored before this event, counted per patient. */
		private static java.util.Map<String, Integer> unexplained(RuleContext ctx, String user, java.time.LocalDate day,
				long before) {
			java.time.Instant from = day.atStartOfDay(ctx.settings().zone()).toInstant();
			java.time.Instant to = day.plusDays(1).atStartOfDay(ctx.settings().zone()).toInstant();
			java.util.Map<String, Integer> result = new java.util.HashMap<>();
			for (StoredEvent other : ctx.events().page(new org.custodian.store.EventFilter(null, user, from, to), 0,
					DAY_LIMIT)) {
				if (other.id() < before && PatientAccess.is(other.event()) && !"110106".equals(other.event().eventCode())
						&& ctx.explanation(other).isEmpty()) {
					result.merge(other.patientKey() != null ? other.patientKey() : other.event().patientId(), 1,
							Integer::sum);
				}
			}
			return result;
		}
	}

	static final class LeaverOrMover implements DetectionRule {
		@Override
		public String id() {
			return "after-leaving";
		}

		@Override
		public String description() {
			return "An account used after its owner's end date, or after they moved post (from the people records).";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			if (e.userId() == null || e.outcome() != 0) {
				return;
			}
			Optional<Staff> owner = ctx.directory().staff(e.userId());
			if (owner.isEmpty()) {
				return;
			}
			LocalDate day = e.time().atZone(ctx.settings().zone()).toLocalDate();
			LocalDate end = ctx.directory().date(owner.get().getEndDate());
			if (end != null && day.isAfter(end)) {
				alerts.add(ctx.alert(this, Severity.HIGH, se, "The account " + e.userId() + " of "
						+ Directory.name(owner.get()) + " was used on " + ctx.when(e.time()) + (e.host() != null ? " from " + e.host() : "")
						+ ", after their employment ended on " + end + ": the account should have been revoked."));
				return;
			}
			Optional<LocalDate> moved = ctx.directory().movedOn(owner.get());
			if (moved.isPresent() && day.isAfter(moved.get()) && PatientAccess.is(e)
					&& ctx.explanation(se).isEmpty()) {
				alerts.add(ctx.alert(this, Severity.MEDIUM, se, "The account " + e.userId() + " of "
						+ Directory.name(owner.get()) + " " + EventNames.action(e) + " for patient " + e.patientId() + " on "
						+ ctx.when(e.time()) + ", after they moved post on " + moved.get()
						+ ", with no care relationship in their new role: their access should have been reviewed."));
			}
		}
	}

	static final class ExportEncryption implements DetectionRule {
		@Override
		public String id() {
			return "unencrypted-export";
		}

		@Override
		public String description() {
			return "An export to media (110106) that is not encrypted, or has no entry in the media register.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			if (!"110106".equals(e.eventCode()) || e.outcome() != 0) {
				return;
			}
			LocalDate day = e.time().atZone(ctx.settings().zone()).toLocalDate();
			// the register may name the patient by another identifier than the trail did
			java.util.List<MediaTransfer> register = new java.util.ArrayList<>(ctx.directory().media(e.patientId()));
			ctx.keys(se).forEach(k -> register.addAll(ctx.directory().media(k)));
			Optional<MediaTransfer> entry = register.stream()
					.filter(m -> m.getTransferDate() != null
							&& Math.abs(ctx.directory().date(m.getTransferDate()).toEpochDay() - day.toEpochDay()) <= 1)
					.findFirst();
			boolean trailSaysUnencrypted = e.detail() != null && e.detail().contains("not encrypted");
			String who = ctx.directory().describe(e.userId());
			if (entry.isEmpty()) {
				alerts.add(ctx.alert(this, Severity.HIGH, se, who + " exported the images of patient " + e.patientId()
						+ " to media on " + ctx.when(e.time()) + (trailSaysUnencrypted ? ", unencrypted according to the trail," : "")
						+ " and the media register has no entry for it within a day."));
			} else if (!entry.get().isEncrypted()
					&& (entry.get().getException() == null || entry.get().getException() == MediaException.NONE)) {
				alerts.add(ctx.alert(this, Severity.HIGH, se, who + " exported the images of patient " + e.patientId()
						+ " to media on " + ctx.when(e.time()) + ": the register records it as not encrypted, with no"
						+ " exception (urgent clinical transfer, handed to the patient) given."));
			}
		}
	}

	static final class BreakGlass implements DetectionRule {
		@Override
		public String id() {
			return "break-glass";
		}

		@Override
		public String description() {
			return "Emergency override (break-glass, EventTypeCode 110127): each use must be reviewed.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			if ("110127".equals(e.eventType())) {
				alerts.add(ctx.alert(this, Severity.MEDIUM, se, ctx.directory().describe(e.userId())
						+ " started an emergency override on " + ctx.when(e.time())
						+ (e.patientId() != null ? " for patient " + e.patientId() : "")
						+ ": break-glass use needs a recorded reason and a review."));
			}
		}
	}

	static final class QueryByName implements DetectionRule {
		@Override
		public String id() {
			return "query-by-name";
		}

		@Override
		public String description() {
			return "A query by patient name rather than by identifier: looking somebody up rather than a worklist item.";
		}

		@Override
		public void check(StoredEvent se, RuleContext ctx, List<NewAlert> alerts) {
			AccessEvent e = se.event();
			String d = e.detail();
			if ("110112".equals(e.eventCode()) && d != null && d.contains("PatientName=") && !d.contains("PatientID=")) {
				String name = d.substring(d.indexOf("PatientName=") + "PatientName=".length());
				int comma = name.indexOf(", ");
				name = comma >= 0 ? name.substring(0, comma) : name;
				alerts.add(ctx.alert(this, Severity.LOW, se, ctx.directory().describe(e.userId())
						+ " searched the archive by patient name (" + name + ") rather than by identifier on "
						+ ctx.when(e.time()) + "."));
			}
		}
	}
}
