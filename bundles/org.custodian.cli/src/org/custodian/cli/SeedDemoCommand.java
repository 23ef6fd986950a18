package org.custodian.cli;

import org.custodian.audit.core.rules.RuleEngine;
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
				  seed-demo             seed the demo trust into an empty database, then run the access rules
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		args.end(name());
		return context -> {
			boolean seeded = DemoSeeder.seedIfEmpty(context.store(), new NullProgressMonitor());
			context.out().println(seeded ? "demo trust seeded" : "the database already holds a trust; nothing seeded");
			if (seeded) {
				var rules = new RuleEngine(context.store()).run(new NullProgressMonitor());
				context.out().println("rules checked " + rules.eventsChecked() + " events: " + rules.alertsRaised()
						+ " alerts " + rules.raisedByRule());
			}
			return Cli.OK;
		};
	}
}
