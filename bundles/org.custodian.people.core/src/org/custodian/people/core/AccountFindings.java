package org.custodian.people.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.Trust;

/**
 * Accounts that break "log-ins are personal and withdrawn when not needed" (G2): enabled accounts without a
 * personal owner, shared accounts, and accounts not used for longer than the trust allows.
 */
public final class AccountFindings {
	private AccountFindings() {
	}

	/** The lists the People perspective offers, by what is wrong with the account. */
	public enum Kind {
		NO_OWNER("Accounts with no owner"), SHARED("Shared accounts"), UNUSED("Accounts not used recently");

		private final String title;

		Kind(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	/** The accounts of one kind on {@code now}. */
	public static List<Account> of(Kind kind, Trust trust, Instant now) {
		return switch (kind) {
		case NO_OWNER -> withoutOwner(trust);
		case SHARED -> shared(trust);
		case UNUSED -> unused(trust, now);
		};
	}

	/**
	 * Sets the trust's period after which an unused account is listed.
	 *
	 * @throws IllegalArgumentException if it is not at least one day
	 */
	public static void setUnusedPeriod(Trust trust, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("The period of non-use must be at least one day, not " + days + ".");
		}
		PeopleData.settings(trust).setUnusedAccountDays(days);
	}

	/** Accounts waiting for a reviewer: unmatched, or matched by name only. */
	public static List<Account> reviewQueue(Trust trust) {
		return trust.getAccounts().stream()
				.filter(a -> a.getMatch() == AccountMatch.UNMATCHED || a.getMatch() == AccountMatch.NEAR_MISS).toList();
	}

	public static List<Account> withoutOwner(Trust trust) {
		return trust.getAccounts().stream().filter(a -> a.isEnabled() && a.getOwner() == null).toList();
	}

	public static List<Account> shared(Trust trust) {
		return trust.getAccounts().stream().filter(a -> a.isEnabled() && a.isShared()).toList();
	}

	/** Enabled accounts with no log-in in the trust's period (settings.unusedAccountDays) before {@code now}. */
	public static List<Account> unused(Trust trust, Instant now) {
		Instant since = now.minus(Duration.ofDays(PeopleData.settings(trust).getUnusedAccountDays()));
		return trust.getAccounts().stream()
				.filter(a -> a.isEnabled() && (a.getLastUsed() == null || a.getLastUsed().toInstant().isBefore(since)))
				.toList();
	}
}
