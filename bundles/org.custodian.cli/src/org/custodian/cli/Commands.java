package org.custodian.cli;

import java.util.List;

import org.custodian.cli.access.EventsCommand;
import org.custodian.cli.access.ImportCommand;
import org.custodian.cli.access.ReceiveCommand;

/** Every custodian-cli command, in the order the help lists them. Each perspective appends its own. */
final class Commands {
	private Commands() {
	}

	static List<CliCommand> all() {
		return List.of(
				// access
				new ImportCommand(), new EventsCommand(),
				new ReceiveCommand(),
				// console
				new SeedDemoCommand());
	}
}
