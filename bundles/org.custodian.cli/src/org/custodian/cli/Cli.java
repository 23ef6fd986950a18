package org.custodian.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.custodian.store.StoreException;

/**
 * custodian-cli: the console's jobs for schedulers and scripts. One command per job ({@link Commands}), the same
 * options everywhere, CSV on standard output, messages on standard error. Exit code 0 only on full success, 1
 * when the command completed with warnings (quarantined records, differences found), 2 on failures, errors or
 * bad usage.
 *
 * Secrets never come from the command line (it is visible to every user of the machine): the boot password
 * from CUSTODIAN_BOOT_PASSWORD or else the first line of standard input, the user's password from
 * CUSTODIAN_PASSWORD or else the next line; the user from --user or CUSTODIAN_USER (default: the operating-system
 * user, as on the console's sign-in screen).
 */
public final class Cli {
	public static final int OK = 0;
	public static final int WARNINGS = 1;
	public static final int FAILED = 2;

	private static final String HEAD = """
			usage: custodian-cli [--db DIR] [--user NAME] [--create] COMMAND [ARGS]
			       (options before COMMAND are the console's; those after it are the command's)

			Commands:
			""";
	private static final String TAIL = """
			  help                  this text

			Options:
			  --db DIR     the database folder (default: $CUSTODIAN_HOME/db, or ~/.custodian/db), or
			               //host:port/folder for a database served by 'custodian-cli serve'
			  --user NAME  the console user (default: $CUSTODIAN_USER, or your operating-system user name)
			  --create     create the encrypted database if DIR holds none

			Secrets: CUSTODIAN_BOOT_PASSWORD and CUSTODIAN_PASSWORD, or two lines on standard input
			(boot password first). Never on the command line.
			Exit codes: 0 success, 1 completed with warnings, 2 failures or errors.
			""";

	private final Services services;
	private final InputStream in;
	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> env;
	private final List<CliCommand> commands = Commands.all();

	public Cli(Services services, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
		this.services = services;
		this.in = in;
		this.out = out;
		this.err = err;
		this.env = env;
	}

	/** The help text, built from the commands' own help. */
	public String usage() {
		StringBuilder text = new StringBuilder(HEAD);
		commands.forEach(c -> text.append(c.help()));
		return text.append(TAIL).toString();
	}

	public int run(String... argv) {
		CliCommand.Action action;
		CliContext context;
		try {
			// global options come before the command, so that a command may have a --user of its own
			int at = 0;
			String db = null;
			String user = null;
			boolean create = false;
			boolean help = false;
			for (; at < argv.length && argv[at].startsWith("--"); at++) {
				switch (argv[at]) {
				case "--db" -> db = value(argv, at++);
				case "--user" -> user = value(argv, at++);
				case "--create" -> create = true;
				case "--help" -> help = true;
				default -> throw new UsageException("unknown option " + argv[at] + " (options of a command come after it)");
				}
			}
			if (db == null) {
				db = defaultDb().toString();
			}
			if (user == null) {
				// the same default as the console's sign-in screen: the operating-system user
				user = env.getOrDefault("CUSTODIAN_USER", System.getProperty("user.name", "admin"));
			}
			String name = at < argv.length ? argv[at] : null;
			CliArgs args = new CliArgs(List.of(argv).subList(Math.min(at + 1, argv.length), argv.length));
			if (help || "help".equals(name)) {
				out.print(usage());
				return OK;
			}
			if (name == null) {
				err.print(usage());
				return FAILED;
			}
			CliCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst()
					.orElseThrow(() -> new UsageException("unknown command: " + name));
			action = command.parse(args);
			context = new CliContext(services, in, out, err, env, db, user, create);
		} catch (UsageException e) {
			return usage(e.getMessage());
		}
		try (context) {
			return action.run(context);
		} catch (UsageException e) {
			return usage(e.getMessage());
		} catch (StoreException e) {
			err.println("custodian-cli: " + e.getMessage());
			return FAILED;
		} catch (Exception e) {
			err.println("custodian-cli: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
			return FAILED;
		}
	}

	private static String value(String[] argv, int at) {
		if (at + 1 >= argv.length || argv[at + 1].startsWith("--")) {
			throw new UsageException(argv[at] + " needs a value");
		}
		return argv[at + 1];
	}

	private Path defaultDb() {
		String home = env.get("CUSTODIAN_HOME");
		return (home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".custodian")).resolve("db");
	}

	private int usage(String problem) {
		err.println("custodian-cli: " + problem);
		err.println("Run 'custodian-cli help' for the commands.");
		return FAILED;
	}
}
