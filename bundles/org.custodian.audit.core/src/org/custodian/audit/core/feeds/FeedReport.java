package org.custodian.audit.core.feeds;

import java.util.List;

import org.custodian.report.csv.RecordException;

/** What loading a reference feed did: records taken, records refused (with line and column), new ones. */
public record FeedReport(String source, int read, int added, List<RecordException> problems) {
	public FeedReport {
		problems = List.copyOf(problems);
	}
}
