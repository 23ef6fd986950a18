package org.custodian.cli;

import java.util.List;

import org.custodian.cli.access.EventsCommand;
import org.custodian.cli.access.ImportCommand;
import org.custodian.cli.dr.CompressionAuditCommand;
import org.custodian.cli.dr.DrStatusCommand;
import org.custodian.cli.dr.EchoCommand;
import org.custodian.cli.dr.VerifyDrCommand;
import org.custodian.cli.dr.VerifyFilesCommand;
import org.custodian.cli.dr.VerifyMigrationCommand;

/** Every custodian-cli command, in the order the help lists them. Each perspective appends its own. */
final class Commands {
	private Commands() {
	}

	static List<CliCommand> all() {
		return List.of(
				// access
				new ImportCommand(), new EventsCommand(),
				// backup and DR
				new EchoCommand(), new VerifyDrCommand(), new VerifyFilesCommand(), new CompressionAuditCommand(),
				new VerifyMigrationCommand(), new DrStatusCommand(),
				// console
				new SeedDemoCommand());
	}
}
