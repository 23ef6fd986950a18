package org.custodian.cli.access;

import java.time.ZoneId;
import java.util.List;

import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.review.TimelineEntry;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.cli.UsageException;

/** {@code timeline --patient ID | --user ID}: a timeline with the explanation of each access, as CSV. */
public final class TimelineCommand implements CliCommand {
	private static final int LIMIT = 100_000;

	@Override
	public String name() {
		return "timeline";
	}

	@Override
	public String help() {
		return """
				  timeline --patient ID | --user ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]
				                        every access with who, when, where, what and the explanation found
				                        (or "none"), newest first; written to the console's own trail
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String patient = args.option("--patient").orElse(null);
		String user = args.option("--user").or(() -> args.option("--user-id")).orElse(null);
		var from = args.date("--from").map(d -> d.atStartOfDay(ZoneId.systemDefault()).toInstant()).orElse(null);
		var to = args.date("--to").map(d -> d.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()).orElse(null);
		args.end(name());
		if ((patient == null) == (user == null)) {
			throw new UsageException("timeline needs exactly one of --patient ID or --user ID");
		}
		return context -> {
			context.store();
			AccessReview review = context.service(AccessReview.class);
			List<TimelineEntry> entries = patient != null ? review.timelines().patient(patient, from, to, LIMIT)
					: review.timelines().user(user, from, to, LIMIT);
			CsvWriter csv = context.csv();
			csv.row("time", "user", "where", "patient", "what", "explanation", "event_id");
			for (TimelineEntry t : entries) {
				var e = t.event().event();
				csv.row(e.time().toString(), t.who(), t.where(), e.patientId(), t.what(), t.explanation(),
						String.valueOf(t.event().id()));
			}
			return context.out().checkError() ? Cli.FAILED : Cli.OK;
		};
	}
}
