package org.custodian.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import org.custodian.store.AccessEvent;
import org.custodian.store.EventFilter;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.custodian.store.internal.postgres.PostgresDatabase;
import org.custodian.testing.PostgresServer;
import org.postgresql.PGConnection;

/**
 * Section 2 of the PostgreSQL bench: patient and user timelines (the first page of 200, newest first, and the
 * count for the grid's title) through the store's API on a table of N events spread over twelve months (twelve
 * partitions), loaded by raw COPY and vacuumed, as autovacuum leaves a table filled over months. The baseline is the cheapest read of 200 rows, a primary-key range.
 */
final class PgTimelines {
	private static final int PAGE = 200;
	private static final Instant START = Instant.parse("2025-04-01T00:00:00Z");

	private final PostgresServer server;
	private final long events;
	private final int queries;
	private final long seed;
	private final SyntheticTrail trail;
	private final long stepMillis;
	/** p50, p99, max in ms: patient page, user page, patient count, user count, primary-key range. */
	private final double[][] results = new double[5][];
	private double loadSeconds;
	private long bytes;

	PgTimelines(PostgresServer server, long events, int queries, long seed) {
		this.server = server;
		this.events = events;
		this.queries = queries;
		this.seed = seed;
		this.trail = new SyntheticTrail((int) Math.min(Integer.MAX_VALUE, events), seed + 7);
		this.stepMillis = ChronoUnit.DAYS.getDuration().toMillis() * 365 / events;
	}

	/** Event i of the trail, moved onto a year so that the table has twelve months. */
	private AccessEvent event(int i) {
		AccessEvent e = trail.event(i);
		return new AccessEvent(START.plusMillis(i * stepMillis + i % 997), e.eventCode(), e.action(), e.outcome(),
				e.eventType(), e.userId(), e.userName(), e.host(), e.patientId(), e.patientName(), e.studyUid(),
				e.source(), e.detail());
	}

	void run() throws SQLException {
		try (PostgresDatabase db = PgBench.freshStore(server)) {
			load(db);
			DerbyAccessEventStore store = PgBench.events(db);
			long maxId;
			try (Connection c = db.connection(); Statement s = c.createStatement();
					var rs = s.executeQuery("SELECT MAX(ID) FROM ACCESS_EVENT")) {
				rs.next();
				maxId = rs.getLong(1);
				c.commit();
			}
			SplittableRandom random = new SplittableRandom(seed);
			String[] patients = new String[queries];
			String[] users = new String[queries];
			long[] starts = new long[queries];
			for (int i = 0; i < queries; i++) {
				patients[i] = SyntheticTrail.patientId(random.nextInt(trail.patients()));
				users[i] = SyntheticTrail.userId(random.nextInt(SyntheticTrail.STAFF));
				starts[i] = 1 + random.nextLong(Math.max(1, maxId - PAGE));
			}
			List<java.util.function.IntConsumer> kinds = List.of(
					i -> check(store.page(new EventFilter(patients[i], null, null, null), 0, PAGE)),
					i -> check(store.page(new EventFilter(null, users[i], null, null), 0, PAGE)),
					i -> store.count(new EventFilter(patients[i], null, null, null)),
					i -> store.count(new EventFilter(null, users[i], null, null)), i -> range(db, starts[i]));
			for (var kind : kinds) {
				for (int i = 0; i < Math.min(queries, 50); i++) {
					kind.accept(i);
				}
			}
			for (int k = 0; k < kinds.size(); k++) {
				double[] millis = new double[queries];
				for (int i = 0; i < queries; i++) {
					long t = System.nanoTime();
					kinds.get(k).accept(i);
					millis[i] = (System.nanoTime() - t) / 1e6;
				}
				results[k] = new double[] { Stats.percentile(millis, 50), Stats.percentile(millis, 99), Stats.max(millis) };
				PgBench.progress("pg timelines: kind " + (k + 1) + " of " + kinds.size() + " p99 "
						+ Stats.ms(results[k][1]) + " ms");
			}
			if (pageRows == 0) {
				throw new IllegalStateException("every timeline came back empty: the queries do not match the table");
			}
			try (Connection c = db.connection(); Statement s = c.createStatement();
					var rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
				rs.next();
				bytes = rs.getLong(1);
				c.commit();
			}
		}
	}

	/** Rows the pages returned, over every call (a random patient may have no event: about 2 % of them). */
	private long pageRows;

	private void check(List<StoredEvent> page) {
		pageRows += page.size();
	}

	private static void range(PostgresDatabase db, long start) {
		try (Connection c = db.connection(); var ps = c.prepareStatement("SELECT ID, EVENT_TIME, USER_ID, PATIENT_ID,"
				+ " DETAIL FROM ACCESS_EVENT WHERE ID BETWEEN ? AND ?")) {
			ps.setLong(1, start);
			ps.setLong(2, start + PAGE - 1);
			try (var rs = ps.executeQuery()) {
				while (rs.next()) {
					rs.getString(5);
				}
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Streams the events as COPY text in transactions of a million rows, then ANALYZE. */
	private void load(PostgresDatabase db) throws SQLException {
		PgBench.progress("pg timelines: loading " + events + " events by COPY");
		long t = System.nanoTime();
		try (Connection c = db.connection(); var ps = c.prepareStatement("SELECT ACCESS_EVENT_MONTH(?)")) {
			for (int m = 0; m <= 12; m++) {
				ps.setTimestamp(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2025, 4, 1, 0, 0).plusMonths(m)));
				ps.execute();
			}
			c.commit();
		}
		int chunk = 1_000_000;
		try (Connection c = db.connection()) {
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			for (long from = 0; from < events; from += chunk) {
				int end = (int) Math.min(events, from + chunk);
				try {
					copy.copyIn(PgRows.COPY, new Rows((int) from, end), 1 << 16);
				} catch (IOException e) {
					throw new SQLException(e);
				}
				c.commit();
				PgBench.progress(String.format("pg timelines: %,d events loaded", end));
			}
			try (Statement s = c.createStatement()) {
				c.setAutoCommit(true);
				// what autovacuum does to a table filled over months (PostgreSQL 13 and later vacuum after inserts
				// alone): statistics, and the visibility map that lets counts read the index without the rows
				s.execute("VACUUM (ANALYZE) ACCESS_EVENT");
			}
		}
		loadSeconds = (System.nanoTime() - t) / 1e9;
	}

	/** Events [from, to) as COPY text, made as the driver reads. */
	private final class Rows extends InputStream {
		private final StringBuilder sb = new StringBuilder(1024);
		private byte[] line = new byte[0];
		private int pos;
		private int next;
		private final int to;

		Rows(int from, int to) {
			this.next = from;
			this.to = to;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (pos == line.length) {
				if (next == to) {
					return -1;
				}
				sb.setLength(0);
				for (int k = 0; k < 200 && next < to; k++, next++) {
					AccessEvent e = event(next);
					PgRows.append(sb, e, e.contentHash());
				}
				line = sb.toString().getBytes(StandardCharsets.UTF_8);
				pos = 0;
			}
			int n = Math.min(len, line.length - pos);
			System.arraycopy(line, pos, b, off, n);
			pos += n;
			return n;
		}
	}

	void report(Report report) {
		String[] what = { "P3a. Patient timeline on PostgreSQL: `page(patient, 0, 200)`",
				"P3b. User timeline on PostgreSQL: `page(user, 0, 200)`", "P3c. `count(patient)` on PostgreSQL",
				"P3d. `count(user)` on PostgreSQL" };
		String base = "PK range `ID BETWEEN ? AND ?`, 200 rows: " + latencies(results[4]);
		for (int k = 0; k < 4; k++) {
			report.row(what[k] + ", " + Stats.count(events) + " events over 12 months, " + queries
					+ " random, p50 / p99 / max", latencies(results[k]), base,
					Stats.ratio(results[k][0] / results[4][0]) + " (p50)", "p99 < 50 ms",
					results[k][1] < 50 ? "yes" : "**no**");
		}
		report.fact("Timeline table", String.format(java.util.Locale.ROOT,
				"%,d events loaded by COPY in %.0f s (%,.0f rows/s with the indexes); database %s", events, loadSeconds,
				events / loadSeconds, Stats.mib(bytes)));
	}

	private static String latencies(double[] r) {
		return Stats.ms(r[0]) + " / " + Stats.ms(r[1]) + " / " + Stats.ms(r[2]) + " ms";
	}
}
