package org.custodian.cli.people;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.custodian.cli.Cli;
import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;

/** {@code load-training [--courses FILE] [FILE]}: courses, then training records. */
public final class LoadTrainingCommand implements CliCommand {

	@Override
	public String name() {
		return "load-training";
	}

	@Override
	public String help() {
		return """
				  load-training [--courses COURSES] [RECORDS]
				                        courses CSV (code, title, refresh_months, mandatory, groups, roles) and
				                        training records CSV (staff_number, course, completed, expires)
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		Optional<Path> courses = args.option("--courses").map(Path::of);
		List<Path> records = args.rest().stream().map(Path::of).toList();
		if (records.size() > 1 || courses.isEmpty() && records.isEmpty()) {
			throw new UsageException("load-training needs --courses FILE, a records FILE, or both");
		}
		return context -> {
			int result = Cli.OK;
			if (courses.isPresent()) {
				result = Loads.run(context, List.of(courses.get()), (people, file) -> people.importCourses(file));
			}
			if (!records.isEmpty() && result != Cli.FAILED) {
				result = Math.max(result, Loads.run(context, new ArrayList<>(records),
						(people, file) -> people.importTraining(file)));
			}
			return result;
		};
	}
}
