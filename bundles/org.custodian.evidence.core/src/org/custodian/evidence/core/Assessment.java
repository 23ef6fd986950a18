package org.custodian.evidence.core;

import java.util.List;

/**
 * What the data says about one requirement now.
 *
 * @param reasons  sentences that say why it has this status, worst first, each naming what was found
 * @param evidence tables that show the data the status was computed from
 */
public record Assessment(Requirement requirement, Rag rag, List<String> reasons, List<EvidenceTable> evidence) {
	public Assessment {
		reasons = List.copyOf(reasons);
		evidence = List.copyOf(evidence);
	}

	/** The reasons as one paragraph. */
	public String summary() {
		return String.join(" ", reasons);
	}
}
