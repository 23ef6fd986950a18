package org.custodian.cli.people;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;
import org.custodian.people.core.EsrColumns;
import org.custodian.people.core.PeopleService;

/**
 * {@code load-staff [--map FIELD=COLUMN]... FILE}: the staff directory from HR, the one staff list every
 * perspective reads. An ESR export loads as ESR names its columns; a trust whose export names one otherwise saves
 * its own name once with {@code --map}, and every later load reads it so. {@code load-staff --columns} shows them.
 */
public final class LoadStaffCommand implements CliCommand {

	@Override
	public String name() {
		return "load-staff";
	}

	@Override
	public String help() {
		return """
				  load-staff [--map FIELD=COLUMN]... FILE
				                        staff directory from HR: an ESR staff export as ESR writes it (Employee
				                        Number, Last Name, First Name, Date of Birth, Address Line 1, Postcode,
				                        Staff Group, Job Role, Organisation, Supervisor Employee Number,
				                        Assignment Start Date, Termination Date, Professional Registration Body,
				                        Registration Number...) or Custodian's own columns (staff_number,
				                        family_name...); updates by staff number. --map saves the trust's own
				                        name for a column, used by every later load; columns nothing reads are
				                        listed. load-staff --columns shows the names saved.
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		boolean show = args.flag("--columns");
		List<String> entries = new ArrayList<>();
		for (Optional<String> e = args.option("--map"); e.isPresent(); e = args.option("--map")) {
			try {
				entries.add(EsrColumns.entry(e.get()));
			} catch (IllegalArgumentException bad) {
				throw new UsageException("--map: " + bad.getMessage());
			}
		}
		List<Path> files = args.rest().stream().map(Path::of).toList();
		if (show) {
			if (!files.isEmpty() || !entries.isEmpty()) {
				throw new UsageException("load-staff --columns takes nothing else");
			}
			return context -> {
				context.store();
				List<String> saved = context.service(PeopleService.class).staffColumns();
				context.out().println(saved.isEmpty() ? "no column names saved: the ESR export's and Custodian's own are read"
						: String.join(System.lineSeparator(), saved));
				return Cli.OK;
			};
		}
		if (files.size() != 1) {
			throw new UsageException("load-staff needs one FILE");
		}
		return context -> {
			if (!entries.isEmpty()) {
				context.store();
				context.service(PeopleService.class).saveStaffColumns(entries);
				context.err().println("saved the staff export's column names: " + String.join("; ", entries));
			}
			return Loads.run(context, files, (people, file) -> people.importStaff(file));
		};
	}
}
