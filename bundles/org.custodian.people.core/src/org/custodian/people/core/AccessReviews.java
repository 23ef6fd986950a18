package org.custodian.people.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.model.AccessDecision;
import org.custodian.model.AccessReview;
import org.custodian.model.Account;
import org.custodian.model.ModelFactory;
import org.custodian.model.PeopleSettings;
import org.custodian.model.ReviewDecision;
import org.custodian.model.StaffChange;
import org.custodian.model.Trust;

/**
 * Access reviews of movers (G1: access matches duties). A mover's enabled accounts go to their (new) line manager,
 * who keeps or revokes each with a justification by the due date. What has not been decided by then takes the
 * trust's default decision; {@link #pendingDefaults} shows which decisions would be taken before
 * {@link #applyDefaults} takes them.
 */
public final class AccessReviews {

	/** A decision still open in a review. */
	public record Pending(AccessReview review, AccessDecision decision) {
	}

	private AccessReviews() {
	}

	/** The review of this move, opened on {@code today} when there is none yet. */
	public static AccessReview openFor(Trust trust, StaffChange change, LocalDate today) {
		for (AccessReview r : trust.getAccessReviews()) {
			if (r.getChange() == change) {
				return r;
			}
		}
		PeopleSettings settings = PeopleData.settings(trust);
		AccessReview r = ModelFactory.eINSTANCE.createAccessReview();
		r.setChange(change);
		r.setReviewer(change.getStaff().getLineManager());
		r.setOpened(Days.date(today));
		r.setDue(Days.date(today.plusDays(settings.getReviewDays())));
		r.setDefaultDecision(settings.getReviewDefault());
		for (Account a : trust.getAccounts()) {
			if (a.getOwner() == change.getStaff() && a.isEnabled()) {
				AccessDecision d = ModelFactory.eINSTANCE.createAccessDecision();
				d.setAccount(a);
				d.setDecision(ReviewDecision.PENDING);
				r.getDecisions().add(d);
			}
		}
		trust.getAccessReviews().add(r);
		return r;
	}

	/** A reviewer keeps or revokes an account; the justification is required. */
	public static void decide(AccessDecision d, ReviewDecision decision, String justification, String by, Instant at) {
		if (decision == ReviewDecision.PENDING) {
			throw new IllegalArgumentException("A decision is to approve or to revoke.");
		}
		if (justification == null || justification.isBlank()) {
			throw new IllegalArgumentException("Say why the account is " + (decision == ReviewDecision.APPROVE
					? "still needed" : "revoked") + ": a decision needs a justification.");
		}
		d.setDecision(decision);
		d.setJustification(justification.strip());
		d.setDecidedBy(by);
		d.setDecidedAt(Days.date(at));
		d.setDefaulted(false);
	}

	/**
	 * The decision stored under {@code decisionId} in a freshly loaded trust, with its review.
	 *
	 * @throws IllegalArgumentException if it is no longer stored
	 */
	public static Pending find(Trust trust, String decisionId) {
		for (AccessReview r : trust.getAccessReviews()) {
			for (AccessDecision d : r.getDecisions()) {
				if (d.getId() != null && d.getId().equals(decisionId)) {
					return new Pending(r, d);
				}
			}
		}
		throw new IllegalArgumentException("The review decision is no longer stored (removed meanwhile?).");
	}

	/** Every decision of every review, open or taken, for the campaign's list. */
	public static List<Pending> all(Trust trust) {
		List<Pending> result = new ArrayList<>();
		for (AccessReview r : trust.getAccessReviews()) {
			for (AccessDecision d : r.getDecisions()) {
				result.add(new Pending(r, d));
			}
		}
		return result;
	}

	/** Open decisions whose review is past its due date on {@code day}: what applying the defaults would decide. */
	public static List<Pending> pendingDefaults(Trust trust, LocalDate day) {
		List<Pending> result = new ArrayList<>();
		for (Pending p : open(trust)) {
			LocalDate due = Days.day(p.review().getDue());
			if (due != null && day.isAfter(due)) {
				result.add(p);
			}
		}
		return result;
	}

	/** Every decision not taken yet, overdue or not (for reminders to reviewers). */
	public static List<Pending> open(Trust trust) {
		List<Pending> result = new ArrayList<>();
		for (AccessReview r : trust.getAccessReviews()) {
			for (AccessDecision d : r.getDecisions()) {
				if (d.getDecision() == ReviewDecision.PENDING) {
					result.add(new Pending(r, d));
				}
			}
		}
		return result;
	}

	/** Takes the default decision for every overdue open decision; returns the decisions taken. */
	public static List<Pending> applyDefaults(Trust trust, LocalDate day, String by, Instant at) {
		List<Pending> due = pendingDefaults(trust, day);
		for (Pending p : due) {
			AccessDecision d = p.decision();
			d.setDecision(p.review().getDefaultDecision());
			d.setDefaulted(true);
			d.setDecidedBy(by);
			d.setDecidedAt(Days.date(at));
			d.setJustification("No decision by " + Days.day(p.review().getDue()) + "; the default ("
					+ p.review().getDefaultDecision().getLiteral().toLowerCase() + ") was applied");
		}
		return due;
	}
}
