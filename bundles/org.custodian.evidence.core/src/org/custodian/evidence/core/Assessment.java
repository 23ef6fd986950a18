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
		// each reason is a sentence of its own, so that several in one paragraph (the start page, the pack, the
		// status command) do not run into each other
		reasons = reasons.stream().map(Assessment::sentence).toList();
		evidence = List.copyOf(evidence);
	}

	static String sentence(String reason) {
		String r = reason.strip();
		return r.endsWith(".") || r.endsWith("?") ? r : r + ".";
	}

	/** The reasons as one paragraph. */
	public String summary() {
		return String.join(" ", reasons);
	}
}
