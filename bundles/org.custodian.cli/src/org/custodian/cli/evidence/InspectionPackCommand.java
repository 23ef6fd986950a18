package org.custodian.cli.evidence;

import java.nio.file.Path;
import java.time.Instant;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.evidence.core.EvidenceService;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code inspection-pack FILE.pdf}: the start page's table and every requirement's evidence as one PDF. */
public final class InspectionPackCommand implements CliCommand {

	@Override
	public String name() {
		return "inspection-pack";
	}

	@Override
	public String help() {
		return """
				  inspection-pack FILE.pdf
				                        writes the inspection pack: every requirement's status, findings and
				                        evidence tables; prints the number of pages
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		Path file = args.path("the PDF file to write");
		args.end(name());
		return context -> {
			context.store();
			int pages = context.service(EvidenceService.class).writeInspectionPack(file, Instant.now(),
					new NullProgressMonitor());
			context.out().println("Inspection pack written to " + file + " (" + pages + " pages).");
			return Cli.OK;
		};
	}
}
