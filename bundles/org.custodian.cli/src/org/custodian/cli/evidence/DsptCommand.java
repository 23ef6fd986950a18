package org.custodian.cli.evidence;

import java.time.Instant;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.evidence.core.DsptOutcome;
import org.custodian.evidence.core.DsptRatings;
import org.custodian.evidence.core.EvidenceService;

/**
 * {@code dspt}: the DSPT contributing outcomes the console evidences, each rated from the start page's findings, as
 * CSV; exit 2 when one is not achieved, 1 when one is partially achieved.
 */
public final class DsptCommand implements CliCommand {

	@Override
	public String name() {
		return "dspt";
	}

	@Override
	public String help() {
		return """
				  dspt                  the CAF-aligned DSPT contributing outcomes the console evidences (B6.b,
				                        E4.a...), each Achieved, Partially achieved or Not achieved from the
				                        requirements that evidence it, as CSV; exit 1 when one is partially
				                        achieved, 2 when one is not achieved
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		args.end(name());
		return context -> {
			context.store();
			List<DsptRatings.OutcomeRating> ratings = DsptRatings.rate(context.service(EvidenceService.class)
					.assess(Instant.now()));
			CsvWriter csv = context.csv();
			csv.row("outcome", "title", "objective", "rating", "rated_from");
			for (DsptRatings.OutcomeRating r : ratings) {
				DsptOutcome o = r.outcome();
				csv.row(o.id(), o.title(), o.objective() + " " + DsptOutcome.objective(o.objective()),
						r.rating().label(), r.because());
			}
			context.out().flush();
			boolean not = ratings.stream().anyMatch(r -> r.rating() == DsptRatings.Rating.NOT_ACHIEVED);
			boolean partly = ratings.stream().anyMatch(r -> r.rating() == DsptRatings.Rating.PARTIALLY_ACHIEVED);
			return not ? Cli.FAILED : partly ? Cli.WARNINGS : Cli.OK;
		};
	}
}
