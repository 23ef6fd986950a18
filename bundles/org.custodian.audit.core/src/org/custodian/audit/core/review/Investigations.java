package org.custodian.audit.core.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.custodian.model.CaseNote;
import org.custodian.model.CaseOutcome;
import org.custodian.model.CaseStatus;
import org.custodian.model.Investigation;
import org.custodian.model.LogReview;
import org.custodian.model.ModelFactory;
import org.custodian.model.Trust;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.Trusts;

/**
 * Investigations from alert to outcome: open a case from alerts, reassign it, write notes, attach events as
 * evidence, decide whether the breach is reportable within its 72-hour clock, and close it with an outcome and
 * the Caldicott principle concerned. Closing locks the case. Every change is also written to the console trail.
 */
public final class Investigations {
	/** UK GDPR article 33: a reportable breach is reported within 72 hours of becoming aware of it. */
	public static final Duration REPORTING_CLOCK = Duration.ofHours(72);
	/** How often the access logs are reviewed unless the trust says otherwise (R7: "regularly and frequently"). */
	public static final int DEFAULT_REVIEW_CADENCE_DAYS = 30;

	private final Store store;

	public Investigations(Store store) {
		store.require(Permission.VIEW_ACCESS);
		this.store = store;
	}

	public List<Investigation> all() {
		List<Investigation> cases = new ArrayList<>(trust().getInvestigations());
		cases.sort(Comparator.comparing(Investigation::getOpened, Comparator.nullsLast(Comparator.reverseOrder())));
		return cases;
	}

	public Optional<Investigation> find(String reference) {
		return trust().getInvestigations().stream().filter(i -> reference.equals(i.getReference())).findFirst();
	}

	/**
	 * Opens one case from every open alert about one user (the alerts of one person's conduct belong together,
	 * whichever rules raised them); their events become its first evidence.
	 *
	 * @throws IllegalArgumentException when the user has no open alert
	 */
	public Investigation openForUser(String userId, String title, String owner) {
		List<Long> ids = store.alerts().list(new org.custodian.store.AlertFilter(null, Alert.OPEN, userId, null, null), 0,
				10_000).stream().map(Alert::id).toList();
		if (ids.isEmpty()) {
			throw new IllegalArgumentException(userId + " has no open alert.");
		}
		return open(title != null ? title : "Alerts about " + userId + " (" + ids.size() + ")", ids, owner);
	}

	/** Opens a case from one or more alerts; their events become its first evidence. */
	public Investigation open(String title, List<Long> alertIds, String owner) {
		store.require(Permission.CHANGE_ACCESS);
		Trust trust = trust();
		Investigation c = ModelFactory.eINSTANCE.createInvestigation();
		c.setId("case-" + UUID.randomUUID());
		c.setReference(nextReference(trust));
		c.setTitle(Objects.requireNonNull(title, "title"));
		c.setOwner(Objects.requireNonNull(owner, "owner"));
		c.setOpened(new Date());
		c.setStatus(CaseStatus.OPEN);
		c.setOutcome(CaseOutcome.NONE);
		LinkedHashSet<Long> events = new LinkedHashSet<>();
		for (long id : alertIds) {
			Alert a = store.alerts().get(id);
			if (a == null) {
				throw new IllegalArgumentException("There is no alert " + id + ".");
			}
			if (c.getSubjectUserId() == null) {
				c.setSubjectUserId(a.userId());
			}
			if (c.getPatientId() == null) {
				c.setPatientId(a.patientId());
			}
			if (a.eventId() > 0) {
				events.add(a.eventId());
			}
		}
		c.getEvidenceEventIds().addAll(events);
		trust.getInvestigations().add(c);
		store.entities().save(c);
		store.alerts().update(alertIds, Alert.IN_CASE, c.getReference());
		note(c, store.user(), "Case opened by " + store.user() + " from " + alertIds.size() + " alert(s), owner " + owner + ".");
		store.trail().append(store.user(), "open case", c.getReference(), title);
		return c;
	}

	public Investigation reassign(String reference, String newOwner) {
		store.require(Permission.CHANGE_ACCESS);
		Investigation c = editable(reference);
		String old = c.getOwner();
		c.setOwner(newOwner);
		note(c, store.user(), "Reassigned from " + old + " to " + newOwner + ".");
		store.trail().append(store.user(), "reassign case", reference, old + " -> " + newOwner);
		return c;
	}

	public Investigation addNote(String reference, String text) {
		store.require(Permission.CHANGE_ACCESS);
		Investigation c = editable(reference);
		note(c, store.user(), text);
		store.trail().append(store.user(), "note on case", reference, null);
		return c;
	}

	public Investigation attachEvents(String reference, List<Long> eventIds) {
		store.require(Permission.CHANGE_ACCESS);
		Investigation c = editable(reference);
		LinkedHashSet<Long> all = new LinkedHashSet<>(c.getEvidenceEventIds());
		all.addAll(eventIds);
		c.getEvidenceEventIds().clear();
		c.getEvidenceEventIds().addAll(all);
		note(c, store.user(), eventIds.size() + " event(s) attached as evidence.");
		store.trail().append(store.user(), "attach evidence", reference, eventIds.size() + " events");
		return c;
	}

	/** Records whether the breach must be reported to the ICO, and when that was decided. */
	public Investigation decideReportability(String reference, boolean reportable, String reason) {
		store.require(Permission.CHANGE_ACCESS);
		Investigation c = editable(reference);
		c.setBreachReportable(reportable);
		c.setReportabilityDecidedAt(new Date());
		Duration taken = Duration.between(c.getOpened().toInstant(), c.getReportabilityDecidedAt().toInstant());
		note(c, store.user(), (reportable ? "Reportable breach" : "Not a reportable breach") + ", decided "
				+ hours(taken) + " after the case was opened" + (taken.compareTo(REPORTING_CLOCK) > 0
						? " (after the 72-hour limit)" : "")
				+ (reason != null && !reason.isBlank() ? ": " + reason : "."));
		store.trail().append(store.user(), "decide reportability", reference, reportable ? "reportable" : "not reportable");
		return c;
	}

	/** Time left on the 72-hour clock at {@code now} (negative when it ran out), or empty once decided. */
	public static Optional<Duration> reportingTimeLeft(Investigation c, Instant now) {
		if (c.getReportabilityDecidedAt() != null || c.getOpened() == null) {
			return Optional.empty();
		}
		return Optional.of(REPORTING_CLOCK.minus(Duration.between(c.getOpened().toInstant(), now)));
	}

	/**
	 * Closes the case with its outcome and the Caldicott principle concerned (1-8). The reportability decision
	 * must have been made. From then on the case cannot be changed.
	 */
	public Investigation close(String reference, CaseOutcome outcome, int caldicottPrinciple, String findings) {
		store.require(Permission.CHANGE_ACCESS);
		Investigation c = editable(reference);
		if (outcome == null || outcome == CaseOutcome.NONE) {
			throw new IllegalArgumentException("A case is closed with an outcome: substantiated, partially"
					+ " substantiated, unsubstantiated or unfounded.");
		}
		String principle = CaldicottPrinciples.describe(caldicottPrinciple);
		if (findings == null || findings.isBlank()) {
			throw new IllegalArgumentException("A case is closed with its findings: say what the investigation found.");
		}
		if (c.getReportabilityDecidedAt() == null) {
			throw new IllegalStateException("Decide whether the breach is reportable before closing " + reference + ".");
		}
		c.setOutcome(outcome);
		c.setCaldicottPrinciple(caldicottPrinciple);
		c.setStatus(CaseStatus.CLOSED);
		c.setClosedBy(store.user());
		c.setClosedAt(new Date());
		note(c, store.user(), "Closed: " + outcome.getLiteral().toLowerCase().replace('_', ' ') + ", " + principle
				+ ". Findings: " + findings.strip());
		store.trail().append(store.user(), "close case", reference, outcome.getLiteral());
		return c;
	}

	/** Users with at least {@code min} substantiated (or partly substantiated) cases, most first. */
	public Map<String, Long> repeatOffenders(int min) {
		Map<String, Long> counts = new TreeMap<>();
		for (Investigation c : trust().getInvestigations()) {
			if (c.getSubjectUserId() != null && (c.getOutcome() == CaseOutcome.SUBSTANTIATED
					|| c.getOutcome() == CaseOutcome.PARTIALLY_SUBSTANTIATED)) {
				counts.merge(c.getSubjectUserId(), 1L, Long::sum);
			}
		}
		counts.values().removeIf(n -> n < min);
		return counts;
	}

	/** The rule hits that led to a case. */
	public List<Alert> alerts(String reference) {
		return store.alerts().list(AlertFilter.ALL, 0, 100_000).stream()
				.filter(a -> reference.equals(a.caseRef())).toList();
	}

	// ---- review cadence (R7: logs reviewed "regularly and frequently") ----

	public LogReview recordReview(String scope, String findings) {
		store.require(Permission.CHANGE_ACCESS);
		Trust trust = trust();
		LogReview r = ModelFactory.eINSTANCE.createLogReview();
		r.setId("review-" + UUID.randomUUID());
		r.setPerformedAt(new Date());
		r.setPerformedBy(store.user());
		r.setScope(scope);
		r.setFindings(findings);
		trust.getLogReviews().add(r);
		store.entities().save(r);
		store.trail().append(store.user(), "record log review", scope, findings);
		return r;
	}

	/** A warning when the last review is older than the cadence (or there is none); empty when on time. */
	public Optional<String> reviewOverdue(LocalDate today, int cadenceDays) {
		Optional<LogReview> last = trust().getLogReviews().stream().filter(r -> r.getPerformedAt() != null)
				.max(Comparator.comparing(LogReview::getPerformedAt));
		if (last.isEmpty()) {
			return Optional.of("No review of the access logs has been recorded.");
		}
		LocalDate when = LocalDate.ofInstant(last.get().getPerformedAt().toInstant(), ZoneOffset.UTC);
		long days = today.toEpochDay() - when.toEpochDay();
		return days > cadenceDays ? Optional.of("The last review of the access logs was on " + when + " by "
				+ last.get().getPerformedBy() + ", " + days + " days ago; the trust reviews every " + cadenceDays
				+ " days.") : Optional.empty();
	}

	// ---- internals ----

	private Investigation editable(String reference) {
		Investigation c = find(reference).orElseThrow(() -> new IllegalArgumentException("There is no case " + reference + "."));
		if (c.getStatus() == CaseStatus.CLOSED) {
			throw new CaseClosedException(reference + " was closed on " + c.getClosedAt().toInstant() + " by "
					+ c.getClosedBy() + "; a closed case cannot be changed.");
		}
		return c;
	}

	private void note(Investigation c, String author, String text) {
		CaseNote n = ModelFactory.eINSTANCE.createCaseNote();
		n.setId("note-" + UUID.randomUUID());
		n.setAuthor(author);
		n.setWrittenAt(new Date());
		n.setText(text);
		c.getNotes().add(n);
		store.entities().save(c);
	}

	private static String nextReference(Trust trust) {
		int year = LocalDate.now(ZoneOffset.UTC).getYear();
		String prefix = "CASE-" + year + "-";
		int max = trust.getInvestigations().stream().map(Investigation::getReference)
				.filter(r -> r != null && r.startsWith(prefix)).mapToInt(r -> Integer.parseInt(r.substring(prefix.length())))
				.max().orElse(0);
		return String.format("%s%03d", prefix, max + 1);
	}

	private static String hours(Duration d) {
		return d.toHours() + " h " + d.toMinutesPart() + " min";
	}

	private Trust trust() {
		return Trusts.findOrCreate(store);
	}

}
