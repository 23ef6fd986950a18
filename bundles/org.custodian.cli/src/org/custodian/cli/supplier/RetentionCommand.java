package org.custodian.cli.supplier;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;

/** {@code retention scan} and {@code retention due}: the word that selects them, each its own class. */
public final class RetentionCommand implements CliCommand {

	@Override
	public String name() {
		return "retention";
	}

	@Override
	public String help() {
		return RetentionScanCommand.HELP + RetentionDueCommand.HELP;
	}

	@Override
	public Action parse(CliArgs args) {
		String what = args.required("scan or due");
		return switch (what) {
		case "scan" -> RetentionScanCommand.parse(args);
		case "due" -> RetentionDueCommand.parse(args);
		default -> throw new UsageException("retention takes scan or due, not " + what);
		};
	}
}
