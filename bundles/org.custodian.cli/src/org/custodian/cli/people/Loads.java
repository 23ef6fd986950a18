package org.custodian.cli.people;

import java.nio.file.Files;
import java.nio.file.Path;

import org.custodian.cli.Cli;
import org.custodian.cli.CliContext;
import org.custodian.people.core.ImportReport;
import org.custodian.people.core.PeopleService;
import org.custodian.report.csv.RecordException;

/** What every people load does around its import: open the database, print the counts and each refused record. */
final class Loads {
	private Loads() {
	}

	interface Load {
		ImportReport run(PeopleService people, Path file) throws Exception;
	}

	/** Runs the load on each file; exit 0 clean, 1 when records were refused, 2 when a file could not be read. */
	static int run(CliContext context, Iterable<Path> files, Load load) {
		PeopleService people = context.service(PeopleService.class);
		context.store();
		int result = Cli.OK;
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				context.err().println("custodian-cli: cannot read " + file);
				result = Cli.FAILED;
				continue;
			}
			try {
				ImportReport r = load.run(people, file);
				context.out().printf("%s: added %d, updated %d, refused %d%n", file, r.added(), r.updated(),
						r.problems().size());
				for (RecordException p : r.problems()) {
					context.err().println("  refused: " + p.getMessage());
				}
				if (!r.unreadColumns().isEmpty()) {
					context.err().println("  columns not read: " + String.join(", ", r.unreadColumns())
							+ " (if one of them holds a field, name it with --map FIELD=COLUMN)");
				}
				if (!r.clean() && result == Cli.OK) {
					result = Cli.WARNINGS;
				}
			} catch (RecordException e) {
				// the whole file: a missing column, an unreadable header
				context.err().println("custodian-cli: " + e.getMessage());
				result = Cli.FAILED;
			} catch (Exception e) {
				context.err().println("custodian-cli: " + file + ": " + e.getMessage());
				result = Cli.FAILED;
			}
		}
		return result;
	}
}
