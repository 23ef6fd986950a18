package org.custodian.bench;

import java.nio.file.Path;

/** Command-line options of {@code ./dev bench}; the defaults finish in a few minutes on a 2-core machine. */
final class Options {
	static final String USAGE = """
			usage: ./dev bench [options]
			  --events N        events in the audit file (default 50000; docs/PERFORMANCE.md says why not
			                    the issue's 200000)
			  --warmup N        events of the warm-up runs, not reported (default 10000)
			  --reps N          timed repetitions; the median is reported (default 3)
			  --queries N       random patients and random users per timeline repetition (default 500)
			  --memory-events M the memory section imports M and 2M events (default N/4; 0 skips it)
			  --diagnostics     also time where the import's time goes (inserts without the newest-first
			                    indexes and unencrypted, one import with each batch timed)
			  --seed N          seed of the synthetic trail and the random picks (default 2026)
			  --work-dir DIR    where the audit files and databases go (default: a new folder under /tmp)
			  --keep            keep the work folder afterwards
			""";

	int events = 50_000;
	int warmup = 10_000;
	int reps = 3;
	int queries = 500;
	/** -1: a quarter of {@link #events}. */
	int memoryEvents = -1;
	boolean diagnostics;
	long seed = 2026;
	Path workDir;
	boolean keep;

	static Options parse(String[] args) {
		Options o = new Options();
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			switch (a) {
			case "--events" -> o.events = positive(a, value(args, ++i));
			case "--warmup" -> o.warmup = positive(a, value(args, ++i));
			case "--reps" -> o.reps = positive(a, value(args, ++i));
			case "--queries" -> o.queries = positive(a, value(args, ++i));
			case "--memory-events" -> o.memoryEvents = Integer.parseInt(value(args, ++i));
			case "--diagnostics" -> o.diagnostics = true;
			case "--seed" -> o.seed = Long.parseLong(value(args, ++i));
			case "--work-dir" -> o.workDir = Path.of(value(args, ++i));
			case "--keep" -> o.keep = true;
			case "-h", "--help" -> throw new IllegalArgumentException("");
			default -> throw new IllegalArgumentException("unknown option " + a);
			}
		}
		if (o.memoryEvents < 0) {
			o.memoryEvents = Math.max(1000, o.events / 4);
		}
		return o;
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException(args[i - 1] + " needs a value");
		}
		return args[i];
	}

	private static int positive(String option, String value) {
		try {
			int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
			if (n > 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new IllegalArgumentException(option + " needs a positive whole number, not " + value);
	}
}
