package org.custodian.evidence.core;

import java.util.List;

/** A table of evidence behind an assessment, as the inspection pack prints it. */
public record EvidenceTable(String title, List<String> columns, List<List<String>> rows) {
	public EvidenceTable {
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
	}
}
