package org.custodian.cli.evidence;

import java.time.Instant;
import java.util.List;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.report.csv.CsvWriter;
import org.custodian.evidence.core.Assessment;
import org.custodian.evidence.core.EvidenceService;
import org.custodian.evidence.core.Rag;

/** {@code status}: the start page as CSV; exit 1 with an amber requirement, 2 with a red one. */
public final class StatusCommand implements CliCommand {

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String help() {
		return """
				  status                every requirement (R1..A4) with red, amber, green or not assessed and the
				                        findings behind it, as CSV; exit 1 when one is amber, 2 when one is red
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		args.end(name());
		return context -> {
			context.store();
			List<Assessment> all = context.service(EvidenceService.class).assess(Instant.now());
			CsvWriter csv = context.csv();
			csv.row("id", "requirement", "status", "evidence_in", "findings");
			for (Assessment a : all) {
				csv.row(a.requirement().id(), a.requirement().title(), a.rag().name(), a.requirement().area().label(),
						a.summary());
			}
			context.out().flush();
			if (context.out().checkError()) {
				return Cli.FAILED;
			}
			boolean red = all.stream().anyMatch(a -> a.rag() == Rag.RED);
			boolean amber = all.stream().anyMatch(a -> a.rag() == Rag.AMBER);
			return red ? Cli.FAILED : amber ? Cli.WARNINGS : Cli.OK;
		};
	}
}
