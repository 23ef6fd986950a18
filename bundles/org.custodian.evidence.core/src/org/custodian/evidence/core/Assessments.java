package org.custodian.evidence.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the checks find, requirement by requirement. Several checks may speak to one requirement (G2 is
 * watched log-ins from the access trail and personal accounts from the account lists): the worst status stands and
 * every reason is kept, the worst first.
 */
public final class Assessments {

	private record Reason(Rag rag, String text) {
	}

	private static final class Entry {
		Rag rag = Rag.NOT_ASSESSED;
		final List<Reason> reasons = new ArrayList<>();
		final List<EvidenceTable> tables = new ArrayList<>();
	}

	private final Map<String, Entry> entries = new HashMap<>();

	/** Records a finding on the requirement; {@code rag} may be {@link Rag#NOT_ASSESSED} with the reason why. */
	public Assessments add(String id, Rag rag, String reason) {
		Entry e = entry(id);
		e.rag = Rag.worse(e.rag, rag);
		e.reasons.add(new Reason(rag, reason));
		return this;
	}

	public Assessments table(String id, EvidenceTable table) {
		entry(id).tables.add(table);
		return this;
	}

	/** True while no check has said anything about the requirement. */
	public boolean isEmpty(String id) {
		Entry e = entries.get(id);
		return e == null || e.reasons.isEmpty();
	}

	/** Every requirement of {@link Requirements#ALL} in order; those no check spoke to are not assessed. */
	public List<Assessment> result() {
		List<Assessment> out = new ArrayList<>();
		for (Requirement r : Requirements.ALL) {
			Entry e = entries.get(r.id());
			if (e == null) {
				out.add(new Assessment(r, Rag.NOT_ASSESSED,
						List.of("The console holds no data that answers this question yet."), List.of()));
				continue;
			}
			List<String> reasons = e.reasons.stream()
					// reasons that do not affect the status (not assessed next to an assessed one) go last
					.sorted(Comparator.comparing(Reason::rag)).map(Reason::text).toList();
			out.add(new Assessment(r, e.rag, reasons, e.tables));
		}
		return out;
	}

	private Entry entry(String id) {
		if (Requirements.byId(id).isEmpty()) {
			throw new IllegalArgumentException("No requirement has the ID " + id + ".");
		}
		return entries.computeIfAbsent(id, k -> new Entry());
	}
}
