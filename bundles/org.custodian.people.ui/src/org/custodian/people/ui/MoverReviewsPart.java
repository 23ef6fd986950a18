package org.custodian.people.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.model.AccessDecision;
import org.custodian.model.ReviewDecision;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessReviews;
import org.custodian.people.core.Days;
import org.custodian.people.core.Directory;
import org.custodian.people.core.Reminders;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * People > Movers' access reviews: each account of a member of staff who changed role, approved or revoked by the
 * reviewer with a justification, the default applied when the due date passed unanswered. (G1.)
 */
public class MoverReviewsPart extends PeopleView {
	record View(List<AccessReviews.Pending> reviews, List<AccessReviews.Pending> defaults) {
	}

	private static final int LISTED = 15;
	private EntityGrid<AccessReviews.Pending> reviews;
	private View view;

	@PostConstruct
	void create(Composite parent) {
		frame(parent, "people.reviews");
		reviews = new EntityGrid<>(parent, "people.reviews", "Access decisions of movers' reviews",
				List.of(Column.of("Mover", p -> Directory.name(p.review().getChange().getStaff()), 140),
						Column.of("New role", p -> p.review().getChange().getNewRole(), 150),
						Column.of("Account", p -> p.decision().getAccount().getSystem() + " "
								+ p.decision().getAccount().getUsername(), 150),
						Column.of("Reviewer", p -> Directory.name(p.review().getReviewer()), 140),
						Column.of("Due", p -> Days.day(p.review().getDue()), 100),
						Column.of("Decision", p -> p.decision().getDecision(), 90),
						Column.of("If unanswered", this::ifUnanswered, 240),
						Column.of("Justification", p -> p.decision().getJustification(), 300),
						Column.of("Decided by", p -> p.decision().getDecidedBy(), 110)),
				"No mover is waiting for an access review: movers in the HR feed open one.");
		reviews.control().setLayoutData(fill());
		buttons(parent, new String[][] { { "people.review.approve", "A&pprove..." },
				{ "people.review.revoke", "Re&voke..." }, { "people.review.defaults", "Apply &defaults..." },
				{ "people.review.reminders", "Reviewer re&minders (CSV)..." } }, () -> decide(ReviewDecision.APPROVE),
				() -> decide(ReviewDecision.REVOKE), this::applyDefaults, this::exportReviewReminders);
		load();
	}

	@Override
	protected void load() {
		read("Movers' access reviews", () -> {
			Trust trust = people.trust();
			List<AccessReviews.Pending> all = new ArrayList<>(AccessReviews.all(trust));
			// open decisions first, the oldest due date first
			all.sort(Comparator.comparing((AccessReviews.Pending p) -> p.decision().getDecision() != ReviewDecision.PENDING)
					.thenComparing(p -> p.review().getDue(), Comparator.nullsLast(Comparator.naturalOrder())));
			return new View(all, AccessReviews.pendingDefaults(trust, LocalDate.now(people.clock())));
		}, v -> {
			view = v;
			reviews.setRows(v.reviews());
			long open = v.reviews().stream().filter(p -> p.decision().getDecision() == ReviewDecision.PENDING).count();
			status.setText(open + " movers' access decisions open, " + v.defaults().size() + " past their due date.");
		});
	}

	/** What happens to an open decision when its reviewer does not answer: shown before it is applied. */
	private String ifUnanswered(AccessReviews.Pending p) {
		if (p.decision().getDecision() != ReviewDecision.PENDING) {
			return p.decision().isDefaulted() ? "default applied" : null;
		}
		String what = p.review().getDefaultDecision().getLiteral().toLowerCase(Locale.ROOT);
		LocalDate dueDay = Days.day(p.review().getDue());
		boolean late = dueDay != null && LocalDate.now(people.clock()).isAfter(dueDay);
		return late ? what.toUpperCase(Locale.ROOT) + ": overdue, by Apply defaults" : what + " after " + dueDay;
	}

	private void decide(ReviewDecision decision) {
		AccessReviews.Pending p = view == null ? null : selected(reviews, view.reviews(), "an account of a review");
		if (p == null) {
			return;
		}
		String account = p.decision().getAccount().getSystem() + " account " + p.decision().getAccount().getUsername();
		String why = PeopleDialogs.ask(status.getShell(), decision == ReviewDecision.APPROVE ? "Approve" : "Revoke",
				(decision == ReviewDecision.APPROVE ? "Why does " + Directory.name(p.review().getChange().getStaff())
						+ " still need " : "Why is access to be withdrawn from ") + account + "?", "",
				"people.review.justification");
		if (why == null) {
			return;
		}
		String decisionId = p.decision().getId();
		change("Recording the review decision", t -> {
			AccessDecision d = AccessReviews.find(t, decisionId).decision();
			AccessReviews.decide(d, decision, why, reviewer(), people.clock().instant());
			return account + ": " + decision.getLiteral().toLowerCase(Locale.ROOT) + ", recorded.";
		});
	}

	/** Shows every default that would be taken and applies them only when the user agrees. */
	private void applyDefaults() {
		List<AccessReviews.Pending> pending = view == null ? List.of() : view.defaults();
		if (pending.isEmpty()) {
			tell("No review is past its due date with decisions open: no default to apply.");
			return;
		}
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < Math.min(pending.size(), LISTED); i++) {
			AccessReviews.Pending p = pending.get(i);
			list.append("\n  ").append(p.review().getDefaultDecision().getLiteral().toLowerCase(Locale.ROOT)).append(' ')
					.append(p.decision().getAccount().getSystem()).append(' ')
					.append(p.decision().getAccount().getUsername()).append(" of ")
					.append(Directory.name(p.review().getChange().getStaff())).append(" (due ")
					.append(Days.day(p.review().getDue())).append(", reviewer ")
					.append(Directory.name(p.review().getReviewer())).append(')');
		}
		if (pending.size() > LISTED) {
			list.append("\n  and ").append(pending.size() - LISTED).append(" more");
		}
		MessageDialog ask = new MessageDialog(status.getShell(), "Apply the default decisions", null,
				pending.size() + " decision(s) were not taken by their due date. Applying the defaults records:"
						+ list + "\n\nEach is marked as defaulted.",
				MessageDialog.WARNING, 1, "&Apply defaults", "&Cancel");
		if (ask.open() != 0) {
			return;
		}
		change("Applying the default review decisions", t -> {
			List<AccessReviews.Pending> taken = AccessReviews.applyDefaults(t, LocalDate.now(people.clock()), reviewer(),
					people.clock().instant());
			return taken.size() + " default decision(s) applied.";
		});
	}

	private void exportReviewReminders() {
		if (view == null) {
			return;
		}
		Path file = saveAs("access-review-reminders-" + LocalDate.now(people.clock()) + ".csv");
		if (file != null) {
			List<AccessReviews.Pending> open = view.reviews().stream()
					.filter(p -> p.decision().getDecision() == ReviewDecision.PENDING).toList();
			LocalDate today = LocalDate.now(people.clock());
			export("the reviewers' reminders", file, out -> Reminders.writeReviews(open, today, out));
		}
	}

	/** The row of an account's decision, or -1; for tests. */
	public int reviewRow(String system, String username) {
		List<AccessReviews.Pending> rows = view == null ? List.of() : view.reviews();
		for (int i = 0; i < rows.size(); i++) {
			var a = rows.get(i).decision().getAccount();
			if (a.getSystem().equals(system) && a.getUsername().equals(username)) {
				return i;
			}
		}
		return -1;
	}

	/** What the "If unanswered" column shows for a row; for tests. */
	public String ifUnansweredOf(int row) {
		return String.valueOf(ifUnanswered(view.reviews().get(row)));
	}

	@Focus
	void focus() {
		reviews.table().setFocus();
	}
}
