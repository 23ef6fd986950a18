package org.custodian.cli.access;

import java.time.ZoneId;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.report.csv.CsvWriter;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.StoredEvent;

/** {@code events}: access events as CSV, newest first, paged from the database. */
public final class EventsCommand implements CliCommand {

	@Override
	public String name() {
		return "events";
	}

	@Override
	public String help() {
		return """
				  events [--patient ID] [--user-id ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
				                        access events as CSV, newest first (--to includes that day)
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String patient = args.option("--patient").orElse(null);
		String userId = args.option("--user-id").or(() -> args.option("--user")).orElse(null);
		var from = args.date("--from").map(d -> d.atStartOfDay(ZoneId.systemDefault()).toInstant()).orElse(null);
		var to = args.date("--to").map(d -> d.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant())
				.orElse(null);
		args.end(name());
		EventFilter filter = new EventFilter(patient, userId, from, to);
		return context -> run(context, filter);
	}

	private static int run(CliContext context, EventFilter filter) {
		CsvWriter csv = context.csv();
		if (filter.patientId() != null) {
			// every view of a patient's events is on the console trail, wherever it is looked at
			context.store();
			context.service(org.custodian.audit.core.review.AccessReview.class).timelines()
					.viewedEvents(filter.patientId(), "custodian-cli events");
		}
		csv.row("time", "event", "action", "outcome", "user_id", "user_name", "host", "patient_id", "patient_name",
				"study_uid", "source", "detail", "patient_key", "nhs_number");
		java.util.Map<String, String> nhsNumbers = new java.util.HashMap<>();
		int pageSize = 1000;
		// keyset paging: each page starts after the previous page's last row, so printing millions of events
		// costs the same per page throughout
		StoredEvent last = null;
		while (true) {
			List<StoredEvent> page = context.store().events().pageAfter(filter, EventOrder.NEWEST_FIRST, last, 0,
					pageSize);
			for (StoredEvent s : page) {
				var e = s.event();
				csv.row(e.time().toString(), e.eventCode(), e.action(), String.valueOf(e.outcome()), e.userId(),
						e.userName(), e.host(), e.patientId(), e.patientName(), e.studyUid(), e.source(), e.detail(),
						s.patientKey(), nhsNumber(context, nhsNumbers, s.patientKey()));
			}
			if (page.size() < pageSize) {
				break;
			}
			last = page.get(page.size() - 1);
		}
		context.out().flush();
		return context.out().checkError() ? Cli.FAILED : Cli.OK;
	}

	/** The NHS number the crosswalk links to a key, looked up once per patient (a bounded cache). */
	private static String nhsNumber(CliContext context, java.util.Map<String, String> cache, String key) {
		if (key == null) {
			return null;
		}
		if (cache.size() > 10_000) {
			cache.clear();
		}
		return cache.computeIfAbsent(key, k -> String.valueOf(context.store().patients().nhsNumber(k)))
				.transform(v -> "null".equals(v) ? null : v);
	}
}
