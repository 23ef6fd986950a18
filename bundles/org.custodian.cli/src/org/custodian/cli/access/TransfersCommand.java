package org.custodian.cli.access;

import org.custodian.store.Trusts;
import org.custodian.audit.core.rules.TransferFigures;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.store.Permission;
import org.custodian.store.Store;

/**
 * {@code transfers}: electronic transfers out of the trust per receiving organisation (R5, G6), with the agreement or
 * contract that covers them and the delivery times where the trail shows the request, as CSV.
 */
public final class TransfersCommand implements CliCommand {

	@Override
	public String name() {
		return "transfers";
	}

	@Override
	public String help() {
		return """
				  transfers [--max EVENTS]
				                        electronic transfers out of the trust per receiving organisation: count, the
				                        agreement or contract, how many none covers, median and longest time from
				                        request to delivery, as CSV (from the newest EVENTS of each kind, default
				                        50000); exit 1 when a transfer is covered by no agreement or contract
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		int max = args.number("--max", 1).orElse(50_000);
		args.end(name());
		return context -> {
			Store store = context.store();
			store.require(Permission.VIEW_ACCESS);
			TransferFigures.Report report = TransferFigures.of(store.events(), Trusts.find(store), max);
			CsvWriter csv = context.csv();
			csv.row("receiver", "under", "transfers", "not_covered", "timed", "median_seconds", "longest_seconds");
			for (TransferFigures.Receiver r : report.receivers()) {
				csv.row(r.organisation(), r.under(), Integer.toString(r.transfers()), Integer.toString(r.unmatched()),
						Integer.toString(r.timed()), r.median() == null ? "" : Long.toString(r.median().toSeconds()),
						r.longest() == null ? "" : Long.toString(r.longest().toSeconds()));
			}
			if (report.truncated()) {
				context.err().println("transfers: only the newest " + max + " events of each kind were read");
			}
			context.out().flush();
			return report.unmatched() > 0 ? Cli.WARNINGS : Cli.OK;
		};
	}
}
