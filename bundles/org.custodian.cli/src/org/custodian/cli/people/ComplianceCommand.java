package org.custodian.cli.people;

import java.time.LocalDate;
import java.util.Locale;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.CliContext;
import org.custodian.report.csv.CsvWriter;
import org.custodian.people.core.PeopleService;
import org.custodian.people.core.TrainingCompliance;
import org.custodian.people.core.TrainingCompliance.GroupCompliance;

/** {@code compliance [--on DAY]}: training compliance per group and course, as CSV. */
public final class ComplianceCommand implements CliCommand {

	@Override
	public String name() {
		return "compliance";
	}

	@Override
	public String help() {
		return """
				  compliance [--on YYYY-MM-DD]
				                        training compliance per staff group and course as CSV (required, trained,
				                        percentage, overdue, due soon); exit 1 when a group is below the target
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		LocalDate on = args.date("--on").orElse(null);
		args.end(name());
		return context -> run(context, on);
	}

	private static int run(CliContext context, LocalDate on) {
		PeopleService people = context.service(PeopleService.class);
		context.store();
		LocalDate day = on != null ? on : LocalDate.now(people.clock());
		CsvWriter csv = context.csv();
		csv.row("group", "course", "required", "trained", "percentage", "overdue", "due_soon", "target",
				"meets_target");
		boolean below = false;
		for (GroupCompliance g : new TrainingCompliance(people.trust()).on(day)) {
			csv.row(g.group(), g.course().getCode(), String.valueOf(g.required()), String.valueOf(g.trained()),
					String.format(Locale.ROOT, "%.1f", g.percentage()), String.valueOf(g.overdue().size()),
					String.valueOf(g.dueSoon().size()), String.format(Locale.ROOT, "%.1f", g.target()),
					g.meetsTarget() ? "yes" : "no");
			below |= !g.meetsTarget();
		}
		context.out().flush();
		if (context.out().checkError()) {
			return Cli.FAILED;
		}
		return below ? Cli.WARNINGS : Cli.OK;
	}
}
