package org.custodian.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.function.IntToLongFunction;
import java.util.stream.Stream;

import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.events.DerbyAccessEventStore;

/**
 * {@code ./dev bench timelines10m}: timelines and the event grid over 10 million events (issue: p99 under 50 ms
 * for timelines; grid first paint on a 10-million-row result), on the database {@link BigDatabase} builds once.
 * <p>
 * Every query goes through the store's public API, as the console's parts call it: a patient's or a user's
 * timeline is {@code page(filter, 0, 200)} (what Timelines reads before explaining each row); the grid's first
 * paint is what PagedEvents does when the Access perspective opens, {@code count(filter)} for the scroll bar and
 * the first page of 200 rows newest first. Deep paging compares reading page k by offset (the grid before keyset
 * paging) with reading it after the last row of page k-1 (keyset, what the grid does when scrolling). The
 * baseline is the cheapest read of 200 rows, a primary-key range, read the same way.
 */
public final class BigBench {
	private static final int PAGE = 200;

	private BigBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = 10_000_000;
		int queries = 500;
		int reps = 3;
		long seed = 2026;
		boolean rebuild = false;
		Path folder = Path.of(System.getProperty("bench.dir", "bench/target")).resolve("db-events");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--rows" -> rows = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
			case "--queries" -> queries = Integer.parseInt(args[++i]);
			case "--reps" -> reps = Integer.parseInt(args[++i]);
			case "--seed" -> seed = Long.parseLong(args[++i]);
			case "--rebuild" -> rebuild = true;
			case "--db" -> folder = Path.of(args[++i]);
			default -> {
				System.err.print("""
						usage: ./dev bench timelines10m [options]
						  --rows N      events in the database (default 10000000)
						  --rebuild     build the database again (else the one in bench/target/db-events is kept)
						  --queries N   random patients and users per repetition (default 500)
						  --reps N      timed repetitions, the median is reported (default 3)
						  --seed N      seed of the synthetic trail and the random picks (default 2026)
						  --db DIR      where the database is kept
						""");
				System.exit(args[i].equals("--help") ? 0 : 2);
			}
			}
		}
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long started = System.nanoTime();
		SyntheticTrail trail = new SyntheticTrail(rows, seed);
		Report report = new Report();
		try (DerbyDatabase db = BigDatabase.openOrBuild(folder, trail, seed, rebuild)) {
			double buildSeconds = (System.nanoTime() - started) / 1e9;
			new BigBench.Run(db, trail, queries, reps, seed, report).run();
			report.fact("Database", String.format(Locale.ROOT, "%,d events (%s on disk), opened %s", rows,
					Stats.mib(size(folder)), buildSeconds > 60 ? "after building it in " + Stats.seconds(buildSeconds)
							: "as built before (kept in " + folder + ")"));
		}
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		report.fact("Date", ZonedDateTime.now(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
				+ " UTC, run took " + Math.round((System.nanoTime() - started) / 60e9) + " min");
		report.fact("Machine", Runtime.getRuntime().availableProcessors() + " cores (" + Bench.cpuModel() + ")"
				+ String.format(Locale.ROOT, ", load average %.2f at start, %.2f at end", loadBefore, loadAfter));
		report.fact("Method", "median over " + reps + " repetitions of each statistic; " + queries
				+ " random patients and users per repetition, after a warm-up with 100 other ones");
		System.out.print(report.markdown());
	}

	private static long size(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		} catch (java.io.IOException e) {
			return -1;
		}
	}

	private record Run(DerbyDatabase db, SyntheticTrail trail, int queries, int reps, long seed, Report report) {
		void run() throws SQLException {
			AccessEventStore store = new DerbyAccessEventStore(db);
			long maxId;
			try (Connection c = db.connection(); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM ACCESS_EVENT")) {
				rs.next();
				maxId = rs.getLong(1);
				c.commit();
			}
			SplittableRandom random = new SplittableRandom(seed);
			int n = queries + 100;
			String[] patients = new String[n];
			String[] users = new String[n];
			long[] starts = new long[n];
			for (int i = 0; i < n; i++) {
				patients[i] = SyntheticTrail.patientId(random.nextInt(trail.patients()));
				users[i] = SyntheticTrail.userId(random.nextInt(SyntheticTrail.STAFF));
				starts[i] = 1 + random.nextLong(Math.max(1, maxId - PAGE));
			}
			double[] pk = latencies("PK range", i -> byPrimaryKey(starts[i]));
			String base = "PK range `ID BETWEEN ? AND ?`, 200 rows: " + text(pk);
			double[] patient = latencies("patient timelines",
					i -> check(store.page(new EventFilter(patients[i], null, null, null), 0, PAGE), patients[i], true));
			row("Patient timeline `page(patient, 0, 200)`", patient, base, pk, "p99 < 50 ms");
			double[] user = latencies("user timelines",
					i -> check(store.page(new EventFilter(null, users[i], null, null), 0, PAGE), users[i], false));
			row("User timeline `page(user, 0, 200)`", user, base, pk, "p99 < 50 ms");
			double[] patientCount = latencies("patient counts",
					i -> store.count(new EventFilter(patients[i], null, null, null)));
			row("`count(patient)`", patientCount, base, pk, "—");
			double[] userCount = latencies("user counts", i -> store.count(new EventFilter(null, users[i], null, null)));
			row("`count(user)`", userCount, base, pk, "—");

			// the grid's first paint over everything: what PagedEvents.reset and the first screen's rows ask for
			int paints = 5;
			double[] count = new double[paints];
			double[] first = new double[paints];
			double[] scan = new double[3];
			for (int r = 0; r < paints; r++) {
				long t0 = System.nanoTime();
				long total = store.count(EventFilter.ALL);
				long t1 = System.nanoTime();
				List<StoredEvent> page = store.pageAfter(EventFilter.ALL, EventOrder.NEWEST_FIRST, null, 0, PAGE);
				long t2 = System.nanoTime();
				if (total != trail.events() || page.size() != PAGE) {
					throw new IllegalStateException("the grid's first screen read " + total + " / " + page.size());
				}
				count[r] = (t1 - t0) / 1e6;
				first[r] = (t2 - t1) / 1e6;
				if (r < scan.length) {
					// how the store counted all events before: COUNT(*), which reads a whole index
					long t3 = System.nanoTime();
					long scanned = countAllRows();
					scan[r] = (System.nanoTime() - t3) / 1e6;
					if (scanned != total) {
						throw new IllegalStateException("the runs' totals say " + total + ", the table holds " + scanned);
					}
				}
				Bench.progress("grid first paint " + (r + 1) + "/" + paints);
			}
			double c = Stats.median(count);
			double f = Stats.median(first);
			double old = Stats.median(scan);
			report.row("Grid first paint over all " + Stats.count(trail.events()) + " events (PagedEvents.reset:"
					+ " `count(ALL)`, then the first 200 rows newest first), median of " + paints,
					Stats.ms(c + f) + " ms (count " + Stats.ms(c) + " + first page " + Stats.ms(f) + ")",
					"the same with the count by `SELECT COUNT(*) FROM ACCESS_EVENT` (as before): " + Stats.ms(old + f)
							+ " ms (count " + Stats.ms(old) + ", median of 3); PK range 200 rows: " + Stats.ms(pk[0]) + " ms",
					Stats.ratio((c + f) / (old + f)), "display within 3 s (A4)", c + f < 3000 ? "yes" : "**no**");
			double[] userPaint = latencies("user grid first paints", i -> {
				EventFilter filter = new EventFilter(null, users[i], null, null);
				return store.count(filter) + store.pageAfter(filter, EventOrder.NEWEST_FIRST, null, 0, PAGE).size();
			});
			row("Grid first paint filtered on a user (`count(user)` + first 200 rows)", userPaint, base, pk,
					"display within 3 s (A4)");

			// deep paging: page k by offset (the grid before) against page k after the last row of page k-1
			for (long depth : new long[] { 10_000, 100_000, 1_000_000 }) {
				if (depth >= trail.events()) {
					continue;
				}
				StoredEvent before = store.page(EventFilter.ALL, EventOrder.NEWEST_FIRST, depth - 1, 1).get(0);
				long t0 = System.nanoTime();
				List<StoredEvent> a = store.page(EventFilter.ALL, EventOrder.NEWEST_FIRST, depth, PAGE);
				double o = (System.nanoTime() - t0) / 1e6;
				double[] keyset = new double[5];
				for (int r = 0; r < keyset.length; r++) {
					long t1 = System.nanoTime();
					List<StoredEvent> b = store.pageAfter(EventFilter.ALL, EventOrder.NEWEST_FIRST, before, 0, PAGE);
					keyset[r] = (System.nanoTime() - t1) / 1e6;
					if (!a.equals(b)) {
						throw new IllegalStateException("offset and keyset pages differ at " + depth);
					}
				}
				double k = Stats.median(keyset);
				report.row("Grid page " + Stats.count(depth / PAGE + 1) + " (rows " + Stats.count(depth + 1) + "-"
						+ Stats.count(depth + PAGE) + ", newest first), keyset `pageAfter(last row of the page before)`,"
						+ " median of 5", Stats.ms(k) + " ms", "the same page by `OFFSET " + Stats.count(depth)
						+ "` (as before), once: " + Stats.ms(o) + " ms", Stats.ratio(k / o), "—", "—");
				Bench.progress("deep paging at " + depth);
			}
		}

		private long countAllRows() {
			try (Connection c = db.connection(); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ACCESS_EVENT")) {
				rs.next();
				long n = rs.getLong(1);
				c.commit();
				return n;
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}

		private void row(String what, double[] r, String base, double[] pk, String goal) {
			report.row(what + ", " + queries + " random, p50 / p99 / max", text(r), base, Stats.ratio(r[0] / pk[0])
					+ " (p50)", goal, goal.startsWith("p99") ? (r[1] < 50 ? "yes" : "**no**")
							: goal.startsWith("display") ? (r[2] < 3000 ? "yes" : "**no**") : "—");
		}

		private static String text(double[] r) {
			return Stats.ms(r[0]) + " / " + Stats.ms(r[1]) + " / " + Stats.ms(r[2]) + " ms";
		}

		/** p50, p99, max in ms (each the median over the repetitions), after a warm-up on other inputs. */
		private double[] latencies(String what, IntToLongFunction query) {
			for (int i = queries; i < queries + 100; i++) {
				query.applyAsLong(i);
			}
			double[][] perRep = new double[3][reps];
			for (int rep = 0; rep < reps; rep++) {
				double[] millis = new double[queries];
				for (int i = 0; i < queries; i++) {
					long start = System.nanoTime();
					query.applyAsLong(i);
					millis[i] = (System.nanoTime() - start) / 1e6;
				}
				perRep[0][rep] = Stats.percentile(millis, 50);
				perRep[1][rep] = Stats.percentile(millis, 99);
				perRep[2][rep] = Stats.max(millis);
			}
			Bench.progress(what + " done");
			return new double[] { Stats.median(perRep[0]), Stats.median(perRep[1]), Stats.median(perRep[2]) };
		}

		private static long check(List<StoredEvent> page, String who, boolean patient) {
			for (int i = 0; i < page.size(); i++) {
				AccessEvent e = page.get(i).event();
				if (!who.equals(patient ? e.patientId() : e.userId())
						|| i > 0 && e.time().isAfter(page.get(i - 1).event().time())) {
					throw new IllegalStateException("page " + who + " holds a wrong or misordered event: " + e);
				}
			}
			return page.size();
		}

		private long byPrimaryKey(long from) {
			Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
					"SELECT ID, IMPORT_ID, EVENT_TIME, EVENT_CODE, ACTION, OUTCOME, EVENT_TYPE, USER_ID, USER_NAME, HOST,"
							+ " PATIENT_ID, PATIENT_NAME, STUDY_UID, SOURCE, DETAIL FROM ACCESS_EVENT WHERE ID BETWEEN ? AND ?")) {
				ps.setLong(1, from);
				ps.setLong(2, from + PAGE - 1);
				List<StoredEvent> result = new ArrayList<>(PAGE);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						String action = rs.getString(5);
						AccessEvent e = new AccessEvent(rs.getTimestamp(3, utc).toInstant(), rs.getString(4),
								action == null ? null : action.strip(), rs.getShort(6), rs.getString(7), rs.getString(8),
								rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
								rs.getString(14), rs.getString(15));
						result.add(new StoredEvent(rs.getLong(1), rs.getLong(2), e));
					}
				}
				c.commit();
				return result.size();
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
