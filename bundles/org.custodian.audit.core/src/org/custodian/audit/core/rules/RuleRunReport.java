package org.custodian.audit.core.rules;

import java.util.Map;

/** What one run of the rules did: events read, alerts raised (new ones only), per rule. */
public record RuleRunReport(long eventsChecked, int alertsRaised, Map<String, Integer> raisedByRule, boolean cancelled) {
	public RuleRunReport {
		raisedByRule = Map.copyOf(raisedByRule);
	}
}
