package org.custodian.audit.core.rules;

import java.util.List;

import org.custodian.store.NewAlert;
import org.custodian.store.StoredEvent;

/**
 * One detection rule of audit-formats.md. Rules look at each new event ({@link #check}) and, for patterns over
 * several events (bursts, volumes, one account in two places), at the whole batch ({@link #checkBatch}). Every
 * alert says in words why it fired.
 */
public interface DetectionRule {

	/** Stable id, stored with the alert and used in the settings ("self-access"). */
	String id();

	/** What the rule looks for, for the settings page and the case pack. */
	String description();

	default void check(StoredEvent event, RuleContext context, List<NewAlert> alerts) {
		// most batch rules need nothing per event
	}

	default void checkBatch(List<StoredEvent> batch, RuleContext context, List<NewAlert> alerts) {
		// most event rules need nothing per batch
	}

	/**
	 * For a rule that fires because nothing explained an access: what explains, now, the open alert it raised on
	 * {@code event} (in words, for the console trail), or null when it still stands. The feeds may have learnt
	 * since (a late report, an admission, a location list). Rules that fire whatever the feeds say keep the default.
	 */
	default String explainedNow(org.custodian.store.Alert alert, StoredEvent event, RuleContext context) {
		return null;
	}
}
