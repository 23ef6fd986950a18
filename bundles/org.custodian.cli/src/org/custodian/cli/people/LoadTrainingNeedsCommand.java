package org.custodian.cli.people;

import java.nio.file.Path;
import java.util.List;

import org.custodian.cli.CliArgs;
import org.custodian.cli.CliCommand;
import org.custodian.cli.UsageException;

/**
 * {@code load-training-needs FILE} and {@code load-course-evaluations FILE}: the training needs analysis per staff
 * group, and the evaluations of courses (G3, DSPT B6.b).
 */
public final class LoadTrainingNeedsCommand implements CliCommand {
	private final boolean evaluations;

	public LoadTrainingNeedsCommand(boolean evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public String name() {
		return evaluations ? "load-course-evaluations" : "load-training-needs";
	}

	@Override
	public String help() {
		return evaluations ? """
				  load-course-evaluations FILE
				                        evaluations of courses CSV (course, evaluated_on, method, findings,
				                        effective yes/no, evaluated_by): whether the training worked
				""" : """
				  load-training-needs FILE
				                        the training needs analysis CSV (group, course, reason, target %,
				                        approved_by, approved_on): which course each staff group needs and why;
				                        an empty target is the trust's default (95 %)
				""";
	}

	@Override
	public Action parse(CliArgs args) {
		List<Path> files = args.rest().stream().map(Path::of).toList();
		if (files.size() != 1) {
			throw new UsageException(name() + " needs one FILE");
		}
		return context -> Loads.run(context, files, (people, file) -> evaluations ? people.importCourseEvaluations(file)
				: people.importTrainingNeeds(file));
	}
}
