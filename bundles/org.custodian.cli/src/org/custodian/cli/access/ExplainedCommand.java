package org.custodian.cli.access;

import java.time.ZoneId;
import java.util.List;

import org.custodian.audit.core.review.ExplainedShare;
import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.store.EventFilter;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code explained}: the share of staff's accesses to patients that the RIS feed explains, per department. */
public final class ExplainedCommand implements CliCommand {

	@Override
	public String name() {
		return "explained";
	}

	@Override
	public String help() {
		return """
				  explained [--from YYYY-MM-DD] [--to YYYY-MM-DD]
				                        per department: staff's accesses to patients, how many the RIS feed
				                        explains (ordered, reported, MDT list, teleradiology, department) and the
				                        share, as CSV; then all staff, and accesses by users who are not staff
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		var from = args.date("--from").map(d -> d.atStartOfDay(ZoneId.systemDefault()).toInstant()).orElse(null);
		var to = args.date("--to").map(d -> d.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()).orElse(null);
		args.end(name());
		EventFilter filter = new EventFilter(null, null, from, to);
		return context -> {
			List<ExplainedShare.Row> rows = new ExplainedShare(context.store()).measure(filter, new NullProgressMonitor());
			CsvWriter csv = context.csv();
			csv.row("department", "accesses", "explained", "share");
			for (ExplainedShare.Row r : rows) {
				csv.row(r.department(), String.valueOf(r.accesses()), String.valueOf(r.explained()),
						String.format("%.4f", r.share()));
			}
			ExplainedShare.Row all = ExplainedShare.total(rows);
			csv.row(all.department(), String.valueOf(all.accesses()), String.valueOf(all.explained()),
					String.format("%.4f", all.share()));
			return context.out().checkError() ? Cli.FAILED : Cli.OK;
		};
	}
}
