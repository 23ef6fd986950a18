package org.custodian.evidence.core;

import java.util.List;

/**
 * One question of the trust's reference list of requirements (REQUIREMENTS.md), by its stable ID.
 *
 * @param id       the stable ID, such as R7 or G3
 * @param title    a few words for the start page's table
 * @param question what the inspector asks, in one sentence
 * @param area     where the console keeps its evidence
 * @param dspt     the identifiers of the DSPT contributing outcomes it gives evidence for ({@link DsptOutcome})
 */
public record Requirement(String id, String title, String question, Area area, List<String> dspt) {
	public Requirement {
		dspt = List.copyOf(dspt);
		for (String o : dspt) {
			if (DsptOutcome.byId(o).isEmpty()) {
				throw new IllegalArgumentException(id + " names the unknown DSPT outcome " + o);
			}
		}
	}

	/** "B6.b Training; B6.a Culture". */
	public String dsptLabels() {
		return String.join("; ", dspt.stream().map(o -> DsptOutcome.byId(o).get().label()).toList());
	}
}
