package org.custodian.evidence.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Each DSPT contributing outcome rated from the same findings as the start page: the requirements that give evidence
 * for it ({@link Requirement#dspt()}) decide. One red requirement makes the outcome Not achieved; amber, or a
 * requirement not assessed beside assessed ones, Partially achieved; all green, Achieved. An outcome none of whose
 * requirements is assessed is not evidenced by the console, and the trust rates it from its other evidence.
 */
public final class DsptRatings {

	/** The three ratings of the CAF-aligned DSPT, and the console's "no evidence here" (the trust rates it). */
	public enum Rating {
		NOT_ACHIEVED("Not achieved"), PARTIALLY_ACHIEVED("Partially achieved"), ACHIEVED("Achieved"),
		NOT_EVIDENCED("Not evidenced here");

		private final String label;

		Rating(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One outcome's rating and the requirements behind it. */
	public record OutcomeRating(DsptOutcome outcome, Rating rating, List<Assessment> evidence) {
		/** "R4 Red, S1 Green". */
		public String because() {
			return String.join(", ", evidence.stream().map(a -> a.requirement().id() + " " + a.rag().label()).toList());
		}
	}

	private DsptRatings() {
	}

	/** Every outcome of {@link DsptOutcome#ALL}, in order, rated from {@code assessments}. */
	public static List<OutcomeRating> rate(List<Assessment> assessments) {
		List<OutcomeRating> out = new ArrayList<>();
		for (DsptOutcome o : DsptOutcome.ALL) {
			List<Assessment> evidence = assessments.stream().filter(a -> a.requirement().dspt().contains(o.id()))
					.toList();
			out.add(new OutcomeRating(o, rating(evidence), evidence));
		}
		return out;
	}

	static Rating rating(List<Assessment> evidence) {
		boolean red = evidence.stream().anyMatch(a -> a.rag() == Rag.RED);
		boolean amber = evidence.stream().anyMatch(a -> a.rag() == Rag.AMBER);
		boolean green = evidence.stream().anyMatch(a -> a.rag() == Rag.GREEN);
		boolean missing = evidence.stream().anyMatch(a -> a.rag() == Rag.NOT_ASSESSED);
		if (red) {
			return Rating.NOT_ACHIEVED;
		}
		if (amber || green && missing) {
			return Rating.PARTIALLY_ACHIEVED;
		}
		return green ? Rating.ACHIEVED : Rating.NOT_EVIDENCED;
	}
}
