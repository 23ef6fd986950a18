package org.custodian.evidence.core;

/**
 * Turns one perspective's data into red, amber or green for the requirements it holds evidence for. Each check
 * states its thresholds in its own class comment, so an inspector can be told why a status is what it is.
 */
public interface EvidenceCheck {
	void assess(EvidenceContext context, Assessments out);
}
