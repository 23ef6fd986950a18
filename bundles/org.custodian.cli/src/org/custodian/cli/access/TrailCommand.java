package org.custodian.cli.access;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.cli.UsageException;
import org.custodian.store.TrailEntry;
import org.custodian.store.TrailVerification;

/** {@code trail verify} and {@code trail list}: the console's own hash-chained trail. */
public final class TrailCommand implements CliCommand {

	@Override
	public String name() {
		return "trail";
	}

	@Override
	public String help() {
		return """
				  trail verify          check the console's own trail: exit 0 when intact, 2 naming the first
				                        entry edited, inserted or deleted
				  trail list [--limit N]  the newest entries of the console's own trail as CSV
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String what = args.required("verify or list");
		int limit = args.number("--limit", 1).orElse(1000);
		args.end("trail " + what);
		return switch (what) {
		case "verify" -> context -> {
			TrailVerification v = context.store().trail().verify();
			if (v.intact()) {
				context.out().println("console trail intact: " + v.entries() + " entries");
				return Cli.OK;
			}
			context.out().println("console trail BROKEN at entry " + v.firstBad() + ": " + v.problem() + " ("
					+ v.entries() + " entries before it are intact)");
			return Cli.FAILED;
		};
		case "list" -> context -> {
			CsvWriter csv = context.csv();
			csv.row("seq", "time", "user", "action", "subject", "detail", "hash");
			for (TrailEntry e : context.store().trail().newest(0, limit)) {
				csv.row(String.valueOf(e.seq()), e.time().toString(), e.user(), e.action(), e.subject(), e.detail(),
						e.hash());
			}
			return Cli.OK;
		};
		default -> throw new UsageException("trail takes verify or list, not " + what);
		};
	}
}
