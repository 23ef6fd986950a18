package org.custodian.cli.supplier;

import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.SupplierService;

/** {@code expiries --within DAYS}: contracts, agreements, DSPT publications and certificates expiring or due for review, as CSV. */
public final class ExpiriesCommand implements CliCommand {

	@Override
	public String name() {
		return "expiries";
	}

	@Override
	public String help() {
		return """
				  expiries [--within DAYS]
				                        contract ends and notice deadlines, agreement reviews, DSPT publications
				                        lapsing, ISO 27001 and Cyber Essentials Plus certificates of the trust,
				                        providers, sub-processors and receivers within DAYS (default 90) or past,
				                        as CSV with their 90/60/30-day band; exit 1 when any
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		int within = args.number("--within", 0).orElse(90);
		args.end(name());
		return context -> {
			context.store();
			SupplierService supplier = context.service(SupplierService.class);
			List<ExpiryAlerts.Alert> alerts = ExpiryAlerts.find(supplier.trust(), supplier.today(), within);
			CsvWriter csv = context.csv();
			csv.row("kind", "subject", "date", "days", "band", "message");
			for (ExpiryAlerts.Alert a : alerts) {
				csv.row(a.kind(), a.subject(), a.date().toString(), String.valueOf(a.days()), a.band().label(),
						a.message());
			}
			context.out().flush();
			return alerts.isEmpty() ? Cli.OK : Cli.WARNINGS;
		};
	}
}
