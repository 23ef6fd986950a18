package org.custodian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.function.IntConsumer;

import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.EventFilter;
import org.custodian.store.StoredEvent;

/**
 * Section 3: what a Caldicott guardian waits for when opening a patient's or a user's timeline: the first page
 * of 200 events newest first ({@code page}) and the total for the grid's title ({@code count}), through the
 * store's public API on the database the import just filled. The baseline is the cheapest read of 200 rows
 * there is, a primary-key range with the same columns, opened, read and committed the same way (a new
 * connection per call, as the store does), so the ratio shows the cost of the filter and order alone.
 */
final class TimelineBench {
	private static final int PAGE = 200;
	private static final String COLUMNS = "ID, IMPORT_ID, EVENT_TIME, EVENT_CODE, ACTION, OUTCOME, EVENT_TYPE, USER_ID,"
			+ " USER_NAME, HOST, PATIENT_ID, PATIENT_NAME, STUDY_UID, SOURCE, DETAIL";

	private final Options options;
	private final FreshDatabase db;
	private final AccessEventStore store;
	private final SyntheticTrail trail;
	private long minId;
	private long maxId;

	/** Per kind of query: median over the repetitions of p50, p99 and max, in milliseconds. */
	private final List<double[]> results = new ArrayList<>();
	/** Per kind of query: rows returned (pages) or counted (counts), summed over every call. */
	private final long[] rows = new long[5];
	private final long[] calls = new long[5];

	TimelineBench(Options options, FreshDatabase db, SyntheticTrail trail) {
		this.options = options;
		this.db = db;
		this.store = db.events();
		this.trail = trail;
	}

	void run() throws SQLException {
		try (Connection c = db.connection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT MIN(ID), MAX(ID) FROM ACCESS_EVENT")) {
			rs.next();
			minId = rs.getLong(1);
			maxId = rs.getLong(2);
			c.commit();
		}
		SplittableRandom random = new SplittableRandom(options.seed);
		int q = options.queries;
		String[] patients = new String[q];
		String[] users = new String[q];
		long[] starts = new long[q];
		for (int i = 0; i < q; i++) {
			patients[i] = SyntheticTrail.patientId(random.nextInt(trail.patients()));
			users[i] = SyntheticTrail.userId(random.nextInt(SyntheticTrail.STAFF));
			starts[i] = minId + random.nextLong(Math.max(1, maxId - minId - PAGE + 2));
		}
		List<IntConsumer> kinds = List.of(
				i -> tally(0, checkPage(store.page(new EventFilter(patients[i], null, null, null), 0, PAGE), patients[i],
						true)),
				i -> tally(1, checkPage(store.page(new EventFilter(null, users[i], null, null), 0, PAGE), users[i], false)),
				i -> tally(2, store.count(new EventFilter(patients[i], null, null, null))),
				i -> tally(3, store.count(new EventFilter(null, users[i], null, null))),
				i -> tally(4, byPrimaryKey(starts[i])));

		Bench.progress("timelines: warm-up");
		for (IntConsumer kind : kinds) {
			for (int i = 0; i < Math.min(q, 100); i++) {
				kind.accept(i);
			}
		}
		double[][][] stats = new double[kinds.size()][options.reps][];
		for (int rep = 0; rep < options.reps; rep++) {
			for (int k = 0; k < kinds.size(); k++) {
				double[] millis = new double[q];
				for (int i = 0; i < q; i++) {
					long start = System.nanoTime();
					kinds.get(k).accept(i);
					millis[i] = (System.nanoTime() - start) / 1e6;
				}
				stats[k][rep] = new double[] { Stats.percentile(millis, 50), Stats.percentile(millis, 99),
						Stats.max(millis) };
			}
			Bench.progress("timelines " + (rep + 1) + "/" + options.reps + " done");
		}
		for (int k = 0; k < kinds.size(); k++) {
			double[] m = new double[3];
			for (int s = 0; s < 3; s++) {
				double[] perRep = new double[options.reps];
				for (int rep = 0; rep < options.reps; rep++) {
					perRep[rep] = stats[k][rep][s];
				}
				m[s] = Stats.median(perRep);
			}
			results.add(m);
		}
	}

	void report(Report report) {
		double[] pk = results.get(4);
		String base = "PK range `ID BETWEEN ? AND ?`, 200 rows: " + latencies(pk);
		String[] what = { "3a. Patient timeline: `page(patient, 0, 200)`", "3b. User timeline: `page(user, 0, 200)`",
				"3c. `count(patient)`", "3d. `count(user)`" };
		String[] unit = { "rows returned", "rows returned", "events counted", "events counted" };
		for (int k = 0; k < 4; k++) {
			double[] r = results.get(k);
			report.row(what[k] + ", " + options.queries + " random, p50 / p99 / max (mean "
					+ String.format(java.util.Locale.ROOT, "%.1f", (double) rows[k] / calls[k]) + " " + unit[k] + ")",
					latencies(r), base,
					Stats.ratio(r[0] / pk[0]) + " (p50)", "display within 3 s (A4)", r[2] < 3000 ? "yes" : "**no**");
		}
	}

	private static String latencies(double[] r) {
		return Stats.ms(r[0]) + " / " + Stats.ms(r[1]) + " / " + Stats.ms(r[2]) + " ms";
	}

	private void tally(int kind, long n) {
		rows[kind] += n;
		calls[kind]++;
	}

	/** A page must hold only the wanted patient's or user's events, newest first; returns its size. */
	private static int checkPage(List<StoredEvent> page, String who, boolean patient) {
		for (int i = 0; i < page.size(); i++) {
			AccessEvent e = page.get(i).event();
			if (!who.equals(patient ? e.patientId() : e.userId())
					|| i > 0 && e.time().isAfter(page.get(i - 1).event().time())) {
				throw new IllegalStateException("page " + who + " holds a wrong or misordered event: " + e);
			}
		}
		return page.size();
	}

	/** The baseline read: 200 rows by primary key, each read into the same objects the store builds. */
	private int byPrimaryKey(long from) {
		Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		try (Connection c = db.connection();
				PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ACCESS_EVENT WHERE ID BETWEEN ? AND ?")) {
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
			if (result.size() != PAGE) {
				throw new IllegalStateException("the key range from " + from + " held " + result.size() + " rows");
			}
			return result.size();
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
