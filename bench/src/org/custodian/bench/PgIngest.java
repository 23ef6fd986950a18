package org.custodian.bench;

import java.nio.file.Path;
import java.sql.SQLException;

import org.custodian.store.internal.postgres.PostgresDatabase;
import org.custodian.testing.PostgresServer;

/** Section 1 of the PostgreSQL bench: the import against a raw COPY of the same rows, interleaved. */
final class PgIngest {
	static final double GOAL_RATE = 30_000;
	static final double GOAL_RATIO = 0.8;

	private final PostgresServer server;
	private final Path work;
	private final int events;
	private final int reps;
	private final long seed;
	private double rawSeconds;
	private double importSeconds;
	private double reimportSeconds;
	private double ratio;
	private double parseSeconds;

	PgIngest(PostgresServer server, Path work, int events, int reps, long seed) {
		this.server = server;
		this.work = work;
		this.events = events;
		this.reps = reps;
		this.seed = seed;
	}

	void run() throws Exception {
		SyntheticTrail trail = new SyntheticTrail(events, seed);
		Path file = work.resolve("audit.xml");
		PgBench.progress("writing a DICOM audit file of " + events + " events to " + file);
		trail.write(file);
		SyntheticTrail warm = new SyntheticTrail(Math.max(5000, events / 10), seed + 1);
		Path warmFile = work.resolve("audit-warmup.xml");
		warm.write(warmFile);
		PgBench.progress("building the raw COPY text (not timed)");
		byte[][] batches = PgRows.batches(trail);
		byte[][] warmBatches = PgRows.batches(warm);

		try (PostgresDatabase db = PgBench.freshStore(server)) {
			PgRows.months(db, warm);
			PgRows.copy(db, warmBatches);
		}
		try (PostgresDatabase db = PgBench.freshStore(server)) {
			Imports.importFile(PgBench.events(db), warmFile);
		}
		double[] raw = new double[reps];
		double[] imported = new double[reps];
		double[] again = new double[reps];
		double[] ratios = new double[reps];
		double[] parse = new double[reps];
		Imports.importFile(new Imports.HashOnlyStore(), warmFile);
		for (int rep = 0; rep < reps; rep++) {
			parse[rep] = Imports.importFile(new Imports.HashOnlyStore(), file).seconds();
			try (PostgresDatabase db = PgBench.freshStore(server)) {
				PgRows.months(db, trail);
				raw[rep] = PgRows.copy(db, batches) / 1e9;
				check(db, events);
			}
			PgBench.progress(String.format("pg ingest %d/%d: raw COPY %.1f s (%,.0f rows/s)", rep + 1, reps, raw[rep],
					events / raw[rep]));
			try (PostgresDatabase db = PgBench.freshStore(server)) {
				Imports.Timed first = Imports.importFile(PgBench.events(db), file);
				if (first.report().imported() != events) {
					throw new IllegalStateException("expected " + events + " new events: " + first.report());
				}
				imported[rep] = first.seconds();
				check(db, events);
				Imports.Timed second = Imports.importFile(PgBench.events(db), file);
				if (second.report().imported() != 0 || second.report().duplicates() != events) {
					throw new IllegalStateException("a re-import must find only duplicates: " + second.report());
				}
				again[rep] = second.seconds();
			}
			ratios[rep] = raw[rep] / imported[rep];
			PgBench.progress(String.format("pg ingest %d/%d: import %.1f s (%,.0f events/s), re-import %.1f s",
					rep + 1, reps, imported[rep], events / imported[rep], again[rep]));
		}
		rawSeconds = Stats.median(raw);
		importSeconds = Stats.median(imported);
		reimportSeconds = Stats.median(again);
		ratio = Stats.median(ratios);
		parseSeconds = Stats.median(parse);
	}

	private static void check(PostgresDatabase db, long n) throws SQLException {
		long stored = PgBench.count(db);
		if (stored != n) {
			throw new IllegalStateException("ACCESS_EVENT holds " + stored + " rows, not " + n);
		}
	}

	void report(Report report) {
		double rate = events / importSeconds;
		report.row("P1. Ingest into PostgreSQL: `AuditLogImporter.importFile` of " + Stats.count(events)
				+ " events (COPY, partitioned by month)", Stats.count(rate) + " events/s (" + Stats.seconds(importSeconds)
				+ ")", "raw COPY of the same rows, same batches and commits: " + Stats.count(events / rawSeconds)
				+ " rows/s (" + Stats.seconds(rawSeconds) + ")", Stats.ratio(ratio), "≥ 30,000 events/s; ≥ 0.8 of raw",
				(rate >= GOAL_RATE ? "yes" : "**no**") + "; " + (ratio >= GOAL_RATIO ? "yes" : "**no**"));
		report.row("P1a. The same importer into a store that only hashes: reading, parsing and hashing alone, the"
				+ " import's ceiling on this CPU whatever the database", Stats.count(events / parseSeconds) + " events/s ("
				+ Stats.seconds(parseSeconds) + ")", "the import into PostgreSQL", Stats.ratio(importSeconds / parseSeconds),
				"—", "—");
		report.row("P2. Re-import of the same file into PostgreSQL (all duplicates)",
				Stats.count(events / reimportSeconds) + " events/s (" + Stats.seconds(reimportSeconds) + ")",
				"first import: " + Stats.count(rate) + " events/s", Stats.ratio(importSeconds / reimportSeconds), "—",
				"—");
	}
}
