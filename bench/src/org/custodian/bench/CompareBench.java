package org.custodian.bench;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./dev bench compare --before DIR}: the import of this build against the import of another build (the
 * plugins folder of an older product, DIR), in one process. Each version gets a class loader of its own (its
 * store and importer jars, the same Derby and bench classes), and every repetition runs the raw JDBC baseline,
 * the older import and this import back to back, in a rotating order, on the same file, so that the load of a
 * shared machine falls on all three alike. A run on a busy machine varies by a factor of two from one minute to
 * the next; measured one after the other, the two versions could not be compared.
 */
public final class CompareBench {
	private CompareBench() {
	}

	public static void main(String[] args) throws Exception {
		Path before = null;
		int events = 50_000;
		int reps = 5;
		long seed = 2026;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--before" -> before = Path.of(args[++i]);
			case "--events" -> events = Integer.parseInt(args[++i]);
			case "--reps" -> reps = Integer.parseInt(args[++i]);
			default -> {
				System.err.println("usage: ./dev bench compare --before PLUGINS_DIR [--events N] [--reps N]");
				System.exit(2);
			}
			}
		}
		if (before == null || !Files.isDirectory(before)) {
			System.err.println("bench: --before needs the plugins folder of the product to compare with");
			System.exit(2);
		}
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long started = System.nanoTime();
		Path work = Files.createTempDirectory("custodian-compare");
		try {
			SyntheticTrail trail = new SyntheticTrail(events, seed);
			Path file = work.resolve("audit.xml");
			trail.write(file);
			Path warm = work.resolve("warm.xml");
			new SyntheticTrail(5_000, seed + 1).write(warm);
			ClassLoader old = loader(before);
			ClassLoader mine = loader(null);
			String[] names = { "raw JDBC", "import, other build", "import, this build" };
			for (ClassLoader l : List.of(old, mine)) {
				call(l, "importFile", warm.toString(), work.toString(), "warm");
			}
			call(mine, "raw", 5_000, seed + 1, work.toString(), "warm");
			double[][] seconds = new double[3][reps];
			for (int rep = 0; rep < reps; rep++) {
				for (int k = 0; k < 3; k++) {
					int which = (k + rep) % 3;
					seconds[which][rep] = which == 0 ? call(mine, "raw", events, seed, work.toString(), "raw")
							: call(which == 1 ? old : mine, "importFile", file.toString(), work.toString(), "import");
					Bench.progress(String.format(Locale.ROOT, "%d/%d %s: %,.0f events/s", rep + 1, reps, names[which],
							events / seconds[which][rep]));
				}
			}
			Report report = new Report();
			double[] oldRatio = new double[reps];
			double[] newRatio = new double[reps];
			double[] gain = new double[reps];
			for (int rep = 0; rep < reps; rep++) {
				oldRatio[rep] = seconds[0][rep] / seconds[1][rep];
				newRatio[rep] = seconds[0][rep] / seconds[2][rep];
				gain[rep] = seconds[1][rep] / seconds[2][rep];
			}
			String raw = rate(events, Stats.median(seconds[0]));
			report.row("Ingest of " + Stats.count(events) + " events, " + names[1] + " (" + jar(old) + ")",
					rate(events, Stats.median(seconds[1])), "raw JDBC: " + raw, Stats.ratio(Stats.median(oldRatio)),
					"≥ 0.8 of raw", Stats.median(oldRatio) >= 0.8 ? "yes" : "**no**");
			report.row("Ingest of " + Stats.count(events) + " events, " + names[2] + " (" + jar(mine) + ")",
					rate(events, Stats.median(seconds[2])), "raw JDBC: " + raw, Stats.ratio(Stats.median(newRatio)),
					"≥ 0.8 of raw", Stats.median(newRatio) >= 0.8 ? "yes" : "**no**");
			report.row("This build against the other", Stats.ratio(Stats.median(gain)) + " times as fast",
					"per repetition: " + join(gain), "", "", "");
			report.note("Ratios to raw per repetition, other build: " + join(oldRatio) + "; this build: " + join(newRatio));
			double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			report.fact("Date", ZonedDateTime.now(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
					+ " UTC, run took " + Math.round((System.nanoTime() - started) / 60e9) + " min");
			report.fact("Machine", Runtime.getRuntime().availableProcessors() + " cores (" + Bench.cpuModel() + ")"
					+ String.format(Locale.ROOT, ", load average %.2f at start, %.2f at end", loadBefore, loadAfter));
			report.fact("Method", "median of " + reps + " repetitions; each runs the three back to back in a rotating"
					+ " order, each into a new encrypted database; ratios are medians of the ratios within a repetition");
			System.out.print(report.markdown());
		} finally {
			FreshDatabase.delete(work);
		}
	}

	/** A loader of the bench classes with the store and importer of {@code plugins}, or of this build (null). */
	private static ClassLoader loader(Path plugins) throws Exception {
		List<URL> urls = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
			Path p = Path.of(entry);
			String name = p.getFileName().toString();
			if (plugins != null && (name.startsWith("org.custodian.store_") || name.startsWith("org.custodian.audit.core_"))) {
				continue;
			}
			urls.add(p.toUri().toURL());
		}
		if (plugins != null) {
			try (var jars = Files.list(plugins)) {
				for (Path jar : jars.filter(j -> j.getFileName().toString().matches(
						"org\\.custodian\\.(store|audit\\.core)_.*\\.jar")).toList()) {
					urls.add(jar.toUri().toURL());
				}
			}
		}
		return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
	}

	private static double call(ClassLoader loader, String method, Object... args) throws Exception {
		Class<?> round = Class.forName(CompareRound.class.getName(), true, loader);
		Class<?>[] types = new Class<?>[args.length];
		for (int i = 0; i < args.length; i++) {
			types[i] = args[i] instanceof Integer ? int.class : args[i] instanceof Long ? long.class : String.class;
		}
		try {
			return (double) round.getMethod(method, types).invoke(null, args);
		} catch (java.lang.reflect.InvocationTargetException e) {
			throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
		}
	}

	private static String jar(ClassLoader loader) throws Exception {
		Class<?> c = Class.forName("org.custodian.store.AccessEventStore", false, loader);
		return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
	}

	private static String rate(int events, double seconds) {
		return String.format(Locale.ROOT, "%,.0f events/s (%.1f s)", events / seconds, seconds);
	}

	private static String join(double[] values) {
		List<String> s = new ArrayList<>();
		for (double v : values) {
			s.add(Stats.ratio(v));
		}
		return String.join(" ", s);
	}
}
