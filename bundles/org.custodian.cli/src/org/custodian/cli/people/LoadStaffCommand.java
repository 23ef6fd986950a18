package org.custodian.cli.people;

import java.nio.file.Path;
import java.util.List;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;

/** {@code load-staff FILE}: the staff directory from HR; the one staff list every perspective reads. */
public final class LoadStaffCommand implements CliCommand {

	@Override
	public String name() {
		return "load-staff";
	}

	@Override
	public String help() {
		return """
				  load-staff FILE       staff directory CSV from HR (staff_number, family_name, given_name, group,
				                        role, employment, start_date, end_date, line_manager, email); updates by
				                        staff number
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		List<Path> files = args.rest().stream().map(Path::of).toList();
		if (files.size() != 1) {
			throw new UsageException("load-staff needs one FILE");
		}
		return context -> Loads.run(context, files, (people, file) -> people.importStaff(file));
	}
}
