package org.custodian.cli;

/**
 * One custodian-cli command. Each perspective contributes its commands as classes of their own, listed in
 * {@link Commands}; {@link Cli} handles the global options, the secrets, the database and the exit codes.
 *
 * A command works in two steps so that bad usage costs nothing: {@link #parse} reads the arguments (and
 * throws {@link UsageException} on a mistake) before any database is opened; the returned {@link Action}
 * then runs with a {@link CliContext}.
 */
public interface CliCommand {

	/** The word that selects the command, for example {@code verify-dr}. */
	String name();

	/** The help lines: the synopsis and a short description, already indented as in {@link Cli#usage()}. */
	String help();

	/** Reads the arguments; the remaining words are in {@code args}. */
	Action parse(CliArgs args);

	/** The parsed command, ready to run. */
	@FunctionalInterface
	interface Action {
		/** Returns the exit code: {@link Cli#OK}, {@link Cli#WARNINGS} or {@link Cli#FAILED}. */
		int run(CliContext context) throws Exception;
	}
}
