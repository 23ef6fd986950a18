package org.custodian.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.ImportReport;
import org.custodian.demo.DemoSeeder;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.EventFilter;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.StoredEvent;

/**
 * custodian-cli: the console's jobs for schedulers and scripts. One command per job, the same options
 * everywhere, CSV on standard output, messages on standard error. Exit code 0 only on full success, 1 when
 * the command completed with records it could not take (quarantined), 2 on error or bad usage.
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

	static final String USAGE = """
			usage: custodian-cli [--db DIR] [--user NAME] COMMAND [ARGS]

			Commands:
			  import FILE...        import audit logs (DICOM PS3.15 / RFC 3881 XML); prints imported,
			                        duplicate and quarantined counts per file, and each quarantined record
			  events [--patient ID] [--user-id ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
			                        access events as CSV, newest first (--to includes that day)
			  seed-demo             seed the demo trust into an empty database
			  help                  this text

			Options:
			  --db DIR     the database folder (default: $CUSTODIAN_HOME/db, or ~/.custodian/db)
			  --user NAME  the console user (default: $CUSTODIAN_USER, or your operating-system user name)
			  --create     create the encrypted database if DIR holds none

			Secrets: CUSTODIAN_BOOT_PASSWORD and CUSTODIAN_PASSWORD, or two lines on standard input
			(boot password first). Never on the command line.
			Exit codes: 0 success, 1 completed with quarantined records, 2 error.
			""";

	private final Store store;
	private final AuditImportService importer;
	private final InputStream in;
	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> env;

	public Cli(Store store, AuditImportService importer, InputStream in, PrintStream out, PrintStream err,
			Map<String, String> env) {
		this.store = store;
		this.importer = importer;
		this.in = in;
		this.out = out;
		this.err = err;
		this.env = env;
	}

	public int run(String... argv) {
		Args args = new Args(List.of(argv));
		try {
			Path db = args.option("--db").map(Path::of).orElseGet(this::defaultDb);
			// the same default as the console's sign-in screen: the operating-system user
			String user = args.option("--user")
					.orElse(env.getOrDefault("CUSTODIAN_USER", System.getProperty("user.name", "admin")));
			boolean create = args.flag("--create");
			boolean help = args.flag("--help");
			String command = args.next();
			if (help || "help".equals(command)) {
				out.print(USAGE);
				return OK;
			}
			if (command == null) {
				err.print(USAGE);
				return FAILED;
			}
			return switch (command) {
			case "import" -> withDb(db, user, create, () -> importFiles(args.rest()));
			case "events" -> {
				EventFilter filter = eventFilter(args);
				yield withDb(db, user, create, () -> events(filter));
			}
			case "seed-demo" -> withDb(db, user, create, this::seedDemo);
			default -> usage("unknown command: " + command);
			};
		} catch (UsageException e) {
			return usage(e.getMessage());
		}
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

	private interface Command {
		int run();
	}

	private int withDb(Path db, String user, boolean create, Command command) {
		DatabaseConfig config;
		try {
			config = secrets(db, user);
		} catch (UsageException e) {
			return usage(e.getMessage());
		}
		try {
			if (store.exists(db)) {
				store.open(config);
			} else if (create) {
				store.create(config);
			} else {
				err.println("custodian-cli: there is no Custodian database in " + db
						+ " (use --create to make one, or --db to point at it)");
				return FAILED;
			}
			return command.run();
		} catch (StoreException e) {
			err.println("custodian-cli: " + e.getMessage());
			return FAILED;
		} finally {
			config.wipe();
			store.close();
		}
	}

	private DatabaseConfig secrets(Path db, String user) {
		String boot = env.get("CUSTODIAN_BOOT_PASSWORD");
		String password = env.get("CUSTODIAN_PASSWORD");
		if (boot == null || password == null) {
			try {
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				if (boot == null) {
					boot = lines.readLine();
				}
				if (password == null) {
					password = lines.readLine();
				}
			} catch (java.io.IOException e) {
				throw new UsageException("cannot read the passwords from standard input: " + e.getMessage());
			}
		}
		if (boot == null || password == null) {
			throw new UsageException("the boot password and the password are needed: set CUSTODIAN_BOOT_PASSWORD "
					+ "and CUSTODIAN_PASSWORD, or give them as two lines on standard input");
		}
		return new DatabaseConfig(db, user, password.toCharArray(), boot.toCharArray());
	}

	private int importFiles(List<String> files) {
		if (files.isEmpty()) {
			return usage("import needs at least one FILE");
		}
		int result = OK;
		for (String name : files) {
			Path file = Path.of(name);
			if (!Files.isReadable(file)) {
				err.println("custodian-cli: cannot read " + file);
				result = FAILED;
				continue;
			}
			try {
				ImportReport r = importer.importFile(file, new NullProgressMonitor());
				out.printf("%s: imported %d, duplicates %d, quarantined %d (%s)%n", file, r.imported(),
						r.duplicates(), r.quarantined(), r.status().toLowerCase());
				for (QuarantinedRecord q : r.firstProblems()) {
					err.printf("  quarantined: %s %s: %s%n", q.source(), q.position(), q.reason());
				}
				if (!ImportRun.COMPLETED.equals(r.status())) {
					result = FAILED;
				} else if (r.quarantined() > 0 && result == OK) {
					result = WARNINGS;
				}
			} catch (RuntimeException e) {
				err.println("custodian-cli: " + file + ": " + e.getMessage());
				result = FAILED;
			}
		}
		return result;
	}

	/** Reads the events filter before the database is opened, so bad usage costs nothing. */
	private static EventFilter eventFilter(Args args) {
		try {
			String patient = args.option("--patient").orElse(null);
			String userId = args.option("--user-id").orElse(null);
			var from = args.option("--from").map(d -> LocalDate.parse(d).atStartOfDay(ZoneId.systemDefault()).toInstant())
					.orElse(null);
			var to = args.option("--to")
					.map(d -> LocalDate.parse(d).plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant())
					.orElse(null);
			if (!args.rest().isEmpty()) {
				throw new UsageException("events takes no argument " + args.rest().get(0));
			}
			return new EventFilter(patient, userId, from, to);
		} catch (DateTimeParseException e) {
			throw new UsageException("dates are written YYYY-MM-DD, not " + e.getParsedString());
		}
	}

	private int events(EventFilter filter) {
		CsvWriter csv = new CsvWriter(out);
		csv.row("time", "event", "action", "outcome", "user_id", "user_name", "host", "patient_id", "patient_name",
				"study_uid", "source", "detail");
		int pageSize = 1000;
		for (long offset = 0;; offset += pageSize) {
			List<StoredEvent> page = store.events().page(filter, offset, pageSize);
			for (StoredEvent s : page) {
				var e = s.event();
				csv.row(e.time().toString(), e.eventCode(), e.action(), String.valueOf(e.outcome()), e.userId(),
						e.userName(), e.host(), e.patientId(), e.patientName(), e.studyUid(), e.source(), e.detail());
			}
			if (page.size() < pageSize) {
				break;
			}
		}
		out.flush();
		return out.checkError() ? FAILED : OK;
	}

	private int seedDemo() {
		boolean seeded = DemoSeeder.seedIfEmpty(store, new NullProgressMonitor());
		out.println(seeded ? "demo trust seeded" : "the database already holds a trust; nothing seeded");
		return OK;
	}

	/** Bad usage, reported with the usage hint and exit code 2. */
	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	/** Options anywhere on the line ("--name value" or a flag); the remaining words in order. */
	static final class Args {
		private final List<String> words;

		Args(List<String> argv) {
			this.words = new ArrayList<>(argv);
		}

		java.util.Optional<String> option(String name) {
			int i = words.indexOf(name);
			if (i < 0) {
				return java.util.Optional.empty();
			}
			if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
				throw new UsageException(name + " needs a value");
			}
			String value = words.get(i + 1);
			words.remove(i + 1);
			words.remove(i);
			return java.util.Optional.of(value);
		}

		boolean flag(String name) {
			return words.remove(name);
		}

		String next() {
			return words.isEmpty() ? null : words.remove(0);
		}

		List<String> rest() {
			for (String w : words) {
				if (w.startsWith("--")) {
					throw new UsageException("unknown option " + w);
				}
			}
			return List.copyOf(words);
		}
	}
}
