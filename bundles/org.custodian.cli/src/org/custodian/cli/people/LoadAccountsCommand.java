package org.custodian.cli.people;

import java.nio.file.Path;
import java.util.List;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;

/** {@code load-accounts [--system NAME] FILE...}: account lists as CSV or LDIF, matched to staff. */
public final class LoadAccountsCommand implements CliCommand {

	@Override
	public String name() {
		return "load-accounts";
	}

	@Override
	public String help() {
		return """
				  load-accounts [--system NAME] FILE...
				                        account lists: CSV (system, username, display_name, employee_number,
				                        enabled, disabled_at, last_used, shared, smartcard_id) or LDIF (*.ldif, the
				                        accounts of --system, default Directory); matched to staff
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		String system = args.option("--system").orElse(null);
		List<Path> files = args.rest().stream().map(Path::of).toList();
		if (files.isEmpty()) {
			throw new UsageException("load-accounts needs at least one FILE");
		}
		return context -> Loads.run(context, files, (people, file) -> people.importAccounts(file, system));
	}
}
