package org.custodian.people.core;

import java.util.List;

import org.custodian.report.csv.RecordException;

/**
 * What an import did: records added and updated, and every record refused with its line and column. Refused
 * records change nothing; the good ones are saved.
 */
public record ImportReport(String source, int added, int updated, List<RecordException> problems) {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	public boolean clean() {
		return problems.isEmpty();
	}

	@Override
	public String toString() {
		return source + ": added " + added + ", updated " + updated + ", refused " + problems.size();
	}
}
