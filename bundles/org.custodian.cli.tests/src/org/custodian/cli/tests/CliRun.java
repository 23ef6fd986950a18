package org.custodian.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.custodian.cli.Cli;
import org.custodian.cli.OsgiServices;
import org.custodian.cli.Services;

/**
 * One run of {@code custodian-cli} in the test's JVM, against the real services of the test runtime, as a
 * scheduler would start it: its exit code, standard output and standard error.
 */
record CliRun(int code, String out, String err) {
	static final Services SERVICES = new OsgiServices();

	/**
	 * @param env   the environment the command reads its secrets and user from
	 * @param stdin what arrives on standard input
	 */
	static CliRun run(Map<String, String> env, String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(SERVICES, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				env).run(args);
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** A run with nothing on standard input. */
	static CliRun run(Map<String, String> env, String... args) {
		return run(env, "", args);
	}

	/** The arguments after {@code --db DB} and the options given before them. */
	static String[] on(Path db, List<String> options, String... args) {
		String[] all = new String[2 + options.size() + args.length];
		all[0] = "--db";
		all[1] = db.toString();
		for (int i = 0; i < options.size(); i++) {
			all[2 + i] = options.get(i);
		}
		System.arraycopy(args, 0, all, 2 + options.size(), args.length);
		return all;
	}

	/** The arguments after {@code --db DB}. */
	static String[] on(Path db, String... args) {
		return on(db, List.of(), args);
	}

	List<String> lines() {
		return out.lines().toList();
	}
}
