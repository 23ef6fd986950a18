package org.custodian.people.core;

import java.util.List;

import org.custodian.report.csv.RecordException;

/**
 * What an import did: records added and updated, every record refused with its line and column, and the file's
 * columns that nothing read (a column under a name the import does not know). Refused records change nothing;
 * the good ones are saved.
 */
public record ImportReport(String source, int added, int updated, List<RecordException> problems,
		List<String> unreadColumns) {

	public ImportReport {
		problems = List.copyOf(problems);
		unreadColumns = List.copyOf(unreadColumns);
	}

	public ImportReport(String source, int added, int updated, List<RecordException> problems) {
		this(source, added, updated, problems, List.of());
	}

	public boolean clean() {
		return problems.isEmpty();
	}

	@Override
	public String toString() {
		return source + ": added " + added + ", updated " + updated + ", refused " + problems.size();
	}
}
