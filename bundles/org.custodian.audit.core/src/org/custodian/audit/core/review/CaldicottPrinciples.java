package org.custodian.audit.core.review;

import java.util.List;

/**
 * The eight Caldicott Principles as the National Data Guardian published them in December 2020. A closed
 * case names the one its finding concerns, by number and by its words, so that the case pack reads the same
 * to someone who does not know the numbers by heart.
 */
public final class CaldicottPrinciples {
	/** The principles, principle 1 first. */
	public static final List<String> TITLES = List.of(
			"Justify the purpose(s) for using confidential information",
			"Use confidential information only when it is necessary",
			"Use the minimum necessary confidential information",
			"Access to confidential information should be on a strict need-to-know basis",
			"Everyone with access to confidential information should be aware of their responsibilities",
			"Comply with the law",
			"The duty to share information for individual care is as important as the duty to protect patient"
					+ " confidentiality",
			"Inform patients and service users about how their confidential information is used");

	private CaldicottPrinciples() {
	}

	/** "Principle 4: Access to confidential information ..." for 1 to 8. */
	public static String describe(int principle) {
		if (principle < 1 || principle > TITLES.size()) {
			throw new IllegalArgumentException("The Caldicott principles are numbered 1 to 8, not " + principle + ".");
		}
		return "Caldicott principle " + principle + ": " + TITLES.get(principle - 1);
	}
}
