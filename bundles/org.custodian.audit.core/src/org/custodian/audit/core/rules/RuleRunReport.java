package org.custodian.audit.core.rules;

import java.util.Map;

/**
 * What one run of the rules did: events read, alerts raised (new ones only), per rule; and, for a run over every
 * event, the open alerts the feeds now explain (marked EXPLAINED).
 */
public record RuleRunReport(long eventsChecked, int alertsRaised, Map<String, Integer> raisedByRule, boolean cancelled,
		int alertsExplained) {
	public RuleRunReport {
		raisedByRule = Map.copyOf(raisedByRule);
	}

	public RuleRunReport(long eventsChecked, int alertsRaised, Map<String, Integer> raisedByRule, boolean cancelled) {
		this(eventsChecked, alertsRaised, raisedByRule, cancelled, 0);
	}
}
