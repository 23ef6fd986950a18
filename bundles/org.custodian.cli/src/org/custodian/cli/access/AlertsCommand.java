package org.custodian.cli.access;

import java.time.ZoneId;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.report.csv.CsvWriter;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;

/** {@code alerts [--since DATE] [--status S]}: the alert queue as CSV, newest first. */
public final class AlertsCommand implements CliCommand {

	@Override
	public String name() {
		return "alerts";
	}

	@Override
	public String help() {
		return """
				  alerts [--since YYYY-MM-DD] [--status open|in_case|dismissed|explained]
				                        the alert queue as CSV: rule, severity, user, patient, time, reason
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		var since = args.date("--since").map(d -> d.atStartOfDay(ZoneId.systemDefault()).toInstant()).orElse(null);
		String status = args.option("--status").map(s -> s.toUpperCase(java.util.Locale.ROOT)).orElse(null);
		args.end(name());
		AlertFilter filter = new AlertFilter(since, status, null, null, null);
		return context -> run(context, filter);
	}

	private static int run(CliContext context, AlertFilter filter) {
		CsvWriter csv = context.csv();
		csv.row("rule", "severity", "user", "patient", "time", "reason", "status", "case", "alert_id", "event_id");
		int page = 1000;
		for (long offset = 0;; offset += page) {
			List<Alert> alerts = context.store().alerts().list(filter, offset, page);
			for (Alert a : alerts) {
				csv.row(a.rule(), a.severity(), a.userId(), a.patientId(), a.time().toString(), a.reason(),
						a.status().toLowerCase(java.util.Locale.ROOT), a.caseRef(), String.valueOf(a.id()),
						a.eventId() > 0 ? String.valueOf(a.eventId()) : "");
			}
			if (alerts.size() < page) {
				break;
			}
		}
		return context.out().checkError() ? Cli.FAILED : Cli.OK;
	}
}
