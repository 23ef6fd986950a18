package org.custodian.people.core;

import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.Staff;
import org.custodian.model.Trust;

/**
 * A reviewer's decisions on the accounts that did not match a member of staff exactly: confirm an owner (the
 * suggested one or another), or record that the account has no personal owner. Accounts and staff are found
 * by id in a freshly loaded trust, so the decision is taken on what is stored now.
 */
public final class ReviewQueue {
	private ReviewQueue() {
	}

	/** {@code staffId} owns the account. @throws IllegalArgumentException if either is no longer stored */
	public static Account confirmOwner(Trust trust, String accountId, String staffId, String reviewer) {
		Account a = account(trust, accountId);
		Staff owner = trust.getStaff().stream().filter(s -> staffId != null && staffId.equals(s.getId())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Choose the member of staff who owns "
						+ describe(a) + "."));
		AccountMatcher.decide(a, owner, reviewer);
		return a;
	}

	/** The account belongs to nobody in particular (a shared or service account): it then shows as such. */
	public static Account noOwner(Trust trust, String accountId, String reviewer) {
		Account a = account(trust, accountId);
		AccountMatcher.decide(a, null, reviewer);
		return a;
	}

	private static Account account(Trust trust, String id) {
		Account a = trust.getAccounts().stream().filter(x -> x.getId().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The account is no longer stored (removed meanwhile?)."));
		if (a.getMatch() != AccountMatch.UNMATCHED && a.getMatch() != AccountMatch.NEAR_MISS) {
			throw new IllegalArgumentException(describe(a) + " was decided already (" + a.getMatchNote() + ").");
		}
		return a;
	}

	static String describe(Account a) {
		return a.getSystem() + " account " + a.getUsername();
	}
}
