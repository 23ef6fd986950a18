package org.custodian.audit.core.rules;

/** How urgently a guardian should look at an alert. */
public enum Severity {
	HIGH, MEDIUM, LOW
}
