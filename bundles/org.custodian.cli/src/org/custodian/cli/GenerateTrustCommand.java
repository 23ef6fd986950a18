package org.custodian.cli;

import java.nio.file.Path;

import org.custodian.demo.trust.Manifest;
import org.custodian.demo.trust.TrustGenerator;

/**
 * {@code generate-trust DIR [--accesses N] [--seed S]}: writes the feeds of a realistic synthetic trust into a
 * folder (staff, accounts, PAS, RIS, flags, audit trail and the truth of its planted accesses). It needs no
 * database: the action never asks the context for the store, so none is opened.
 */
final class GenerateTrustCommand implements CliCommand {

	@Override
	public String name() {
		return "generate-trust";
	}

	@Override
	public String help() {
		return """
				  generate-trust DIR [--accesses N] [--seed S]
				                        write a synthetic trust's feeds into DIR (no database needed):
				                        ESR export, staff, accounts, leavers, PAS HL7 and CSV, RIS HL7 and
				                        care CSV, flags, media register, DICOM audit trail (N accesses over
				                        30 days, default %d) and truth.csv of the planted accesses
				""".formatted(TrustGenerator.DEFAULT_ACCESSES);
	}

	@Override
	public Action parse(CliArgs args) {
		int accesses = args.number("--accesses", 1000).orElse((int) TrustGenerator.DEFAULT_ACCESSES);
		String seedText = args.option("--seed").orElse(String.valueOf(TrustGenerator.DEFAULT_SEED));
		long seed;
		try {
			seed = Long.parseLong(seedText);
		} catch (NumberFormatException e) {
			throw new UsageException("--seed needs a whole number, not " + seedText);
		}
		Path dir = args.path("the folder to write the trust into");
		args.end(name());
		return context -> {
			Manifest manifest = new TrustGenerator(seed, accesses).generate(dir);
			context.out().println("generated trust written to " + dir + " (seed " + seed + ")");
			context.out().print(manifest);
			return Cli.OK;
		};
	}
}
