package org.custodian.cli.people;

import java.nio.file.Path;
import java.util.List;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;

/** {@code load-leavers FILE}: the HR feed of leavers and movers. */
public final class LoadLeaversCommand implements CliCommand {

	@Override
	public String name() {
		return "load-leavers";
	}

	@Override
	public String help() {
		return """
				  load-leavers FILE     leavers and movers CSV from HR (staff_number, change, effective_date,
				                        new_role, new_group, revocation_deadline, smartcard_removed,
				                        position_removed); movers get an access review
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		List<Path> files = args.rest().stream().map(Path::of).toList();
		if (files.size() != 1) {
			throw new UsageException("load-leavers needs one FILE");
		}
		return context -> Loads.run(context, files, (people, file) -> people.importChanges(file));
	}
}
