package org.custodian.cli;

import org.custodian.demo.DemoSeeder;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code seed-demo}: the synthetic demo trust into an empty database. */
final class SeedDemoCommand implements CliCommand {

	@Override
	public String name() {
		return "seed-demo";
	}

	@Override
	public String help() {
		return """
				  seed-demo             seed the demo trust into an empty database
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		args.end(name());
		return context -> {
			boolean seeded = DemoSeeder.seedIfEmpty(context.store(), new NullProgressMonitor());
			context.out().println(seeded ? "demo trust seeded" : "the database already holds a trust; nothing seeded");
			return Cli.OK;
		};
	}
}
