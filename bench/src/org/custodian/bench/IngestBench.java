package org.custodian.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Sections 1 and 2: the import of a fresh file into a fresh database against raw JDBC inserts of the same
 * rows, and the re-import of the same file (every event a duplicate). Each repetition runs baseline, import
 * and re-import back to back, so noise from other work on the machine falls on all three alike.
 */
final class IngestBench {
	/** The goals for the import. */
	static final double GOAL_RATE = 50_000;
	static final double GOAL_RATIO = 0.8;

	private final Options options;
	private final Path work;

	/** Medians, in seconds. */
	double rawSeconds;
	double importSeconds;
	double reimportSeconds;
	/**
	 * Medians of the ratios within each repetition (import rate / raw rate, re-import rate / import rate):
	 * the runs of one repetition share the machine's load, so their ratio is steadier than the ratio of medians.
	 */
	double importRatio;
	double reimportRatio;
	long databaseBytes;

	IngestBench(Options options, Path work) {
		this.options = options;
		this.work = work;
	}

	/**
	 * Runs the section and returns the database of the last import, open, for the timelines; the caller
	 * closes it.
	 */
	FreshDatabase run(SyntheticTrail trail, Path file, SyntheticTrail warmTrail, Path warmFile) throws SQLException {
		Bench.progress("ingest: warm-up with " + warmTrail.events() + " events (not reported)");
		try (FreshDatabase db = new FreshDatabase(work, "warm-raw")) {
			RawInsert.insert(db, RawInsert.rows(warmTrail));
		}
		try (FreshDatabase db = new FreshDatabase(work, "warm-import")) {
			Imports.importFile(db.events(), warmFile);
			Imports.importFile(db.events(), warmFile);
		}

		Bench.progress("ingest: building and hashing " + trail.events() + " rows for the raw baseline (not timed)");
		List<RawInsert.Row> rows = RawInsert.rows(trail);
		int n = trail.events();
		double[] raw = new double[options.reps];
		double[] imported = new double[options.reps];
		double[] reimported = new double[options.reps];
		FreshDatabase last = null;
		for (int rep = 0; rep < options.reps; rep++) {
			try (FreshDatabase db = new FreshDatabase(work, "raw")) {
				raw[rep] = RawInsert.insert(db, rows) / 1e9;
				check(db, n);
			}
			Bench.progress(String.format("ingest %d/%d: raw JDBC %.1f s (%,.0f rows/s)", rep + 1, options.reps,
					raw[rep], n / raw[rep]));

			FreshDatabase db = new FreshDatabase(work, "import");
			Imports.Timed first = Imports.importFile(db.events(), file);
			if (first.report().imported() != n) {
				throw new IllegalStateException("expected " + n + " new events, the import says " + first.report());
			}
			imported[rep] = first.seconds();
			Bench.progress(String.format("ingest %d/%d: import %.1f s (%,.0f events/s)", rep + 1, options.reps,
					imported[rep], n / imported[rep]));

			Imports.Timed again = Imports.importFile(db.events(), file);
			if (again.report().imported() != 0 || again.report().duplicates() != n) {
				throw new IllegalStateException("a re-import must find only duplicates: " + again.report());
			}
			reimported[rep] = again.seconds();
			Bench.progress(String.format("ingest %d/%d: re-import %.1f s (%,.0f events/s)", rep + 1, options.reps,
					reimported[rep], n / reimported[rep]));
			if (rep == options.reps - 1) {
				last = db;
			} else {
				db.close();
			}
		}
		rawSeconds = Stats.median(raw);
		importSeconds = Stats.median(imported);
		reimportSeconds = Stats.median(reimported);
		double[] importRatios = new double[options.reps];
		double[] reimportRatios = new double[options.reps];
		for (int rep = 0; rep < options.reps; rep++) {
			importRatios[rep] = raw[rep] / imported[rep];
			reimportRatios[rep] = imported[rep] / reimported[rep];
		}
		importRatio = Stats.median(importRatios);
		reimportRatio = Stats.median(reimportRatios);
		databaseBytes = last.sizeOnDisk();
		return last;
	}

	void reportImport(Report report, int n) {
		double rawRate = n / rawSeconds;
		double rate = n / importSeconds;
		double ratio = importRatio;
		report.row("1. Ingest: `AuditLogImporter.importFile` of " + Stats.count(n)
				+ " events into a fresh encrypted database", Stats.count(rate) + " events/s (" + Stats.seconds(importSeconds)
				+ ")", "raw JDBC batch insert of the same rows: " + Stats.count(rawRate) + " rows/s ("
				+ Stats.seconds(rawSeconds) + ")", Stats.ratio(ratio), "≥ 50,000 events/s; ≥ 0.8 of raw",
				(rate >= GOAL_RATE ? "yes" : "**no**") + "; " + (ratio >= GOAL_RATIO ? "yes" : "**no**"));
	}

	void reportReimport(Report report, int n) {
		double rate = n / importSeconds;
		double again = n / reimportSeconds;
		report.row("2. Re-import of the same file (all " + Stats.count(n) + " duplicates)",
				Stats.count(again) + " events/s (" + Stats.seconds(reimportSeconds) + ")",
				"first import: " + Stats.count(rate) + " events/s", Stats.ratio(reimportRatio), "—", "—");
	}

	/** The baseline must really have stored every row. */
	private static void check(FreshDatabase db, int n) throws SQLException {
		try (Connection c = db.connection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ACCESS_EVENT")) {
			rs.next();
			if (rs.getLong(1) != n) {
				throw new IllegalStateException("the raw insert stored " + rs.getLong(1) + " rows, not " + n);
			}
			c.commit();
		}
	}
}
