package org.custodian.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.custodian.store.ConnectionSource;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.migrations.MigrationRunner;

/**
 * Where the import's time goes, to say honestly what limits it rather than guess. Always: the pipeline
 * without a database (read, parse, hash), its ceiling on this CPU. With {@code --diagnostics}: the raw insert
 * again without the three newest-first indexes, and into an unencrypted database, each against the raw
 * insert of section 1 (same run, same rows); and one more import with the clock read around each batch,
 * to show how much of it is spent in the store and whether some batches cost far more than others.
 */
final class WhereTimeGoes {
	private final Options options;
	private final Path work;
	double pipelineSeconds;
	double noIndexSeconds = Double.NaN;
	double plainSeconds = Double.NaN;
	private double[] batchSeconds;
	private double profiledSeconds;

	WhereTimeGoes(Options options, Path work) {
		this.options = options;
		this.work = work;
	}

	void pipeline(Path file, Path warmFile) {
		Imports.importFile(new Imports.HashOnlyStore(), warmFile);
		double[] s = new double[options.reps];
		for (int rep = 0; rep < options.reps; rep++) {
			s[rep] = Imports.importFile(new Imports.HashOnlyStore(), file).seconds();
			Bench.progress(String.format("pipeline without database %d/%d: %.1f s", rep + 1, options.reps, s[rep]));
		}
		pipelineSeconds = Stats.median(s);
	}

	/** One import with each batch timed (not one of the measured imports). */
	void batchProfile(Path file) {
		try (FreshDatabase db = new FreshDatabase(work, "profile")) {
			Imports.TimingStore store = new Imports.TimingStore(db.events());
			profiledSeconds = Imports.importFile(store, file).seconds();
			batchSeconds = store.batchNanos.stream().mapToDouble(n -> n / 1e9).toArray();
		}
		Bench.progress(String.format("diagnostics: profiled import %.1f s", profiledSeconds));
	}

	/** Raw inserts without the newest-first indexes, and into an unencrypted database (warm already). */
	void inserts(SyntheticTrail trail) throws SQLException {
		List<RawInsert.Row> rows = RawInsert.rows(trail);
		double[] noIndex = new double[options.reps];
		double[] plain = new double[options.reps];
		for (int rep = 0; rep < options.reps; rep++) {
			try (FreshDatabase db = new FreshDatabase(work, "no-index")) {
				try (Connection c = db.connection(); Statement s = c.createStatement()) {
					for (String index : List.of("ACCESS_EVENT_PATIENT", "ACCESS_EVENT_USER", "ACCESS_EVENT_TIME")) {
						s.execute("DROP INDEX " + index);
					}
					c.commit();
				}
				noIndex[rep] = RawInsert.insert(db, rows) / 1e9;
			}
			Path folder = work.resolve("plain");
			FreshDatabase.delete(folder);
			Driver driver = DerbyDatabase.embeddedDriver();
			String url = "jdbc:derby:" + folder.toAbsolutePath();
			ConnectionSource plainDb = () -> {
				Connection c = driver.connect(url + ";create=true", new Properties());
				c.setAutoCommit(false);
				return c;
			};
			new MigrationRunner(plainDb).migrate();
			plain[rep] = RawInsert.insert(plainDb, rows) / 1e9;
			try {
				driver.connect(url + ";shutdown=true", new Properties());
			} catch (SQLException expected) {
				// Derby confirms a shutdown with an exception
			}
			FreshDatabase.delete(folder);
			Bench.progress(String.format("diagnostics %d/%d: raw without indexes %.1f s, unencrypted %.1f s", rep + 1,
					options.reps, noIndex[rep], plain[rep]));
		}
		noIndexSeconds = Stats.median(noIndex);
		plainSeconds = Stats.median(plain);
	}

	void report(Report report, int n, IngestBench ingest) {
		double rawRate = n / ingest.rawSeconds;
		double importRate = n / ingest.importSeconds;
		double rate = n / pipelineSeconds;
		report.row("1a. Diagnostic: read + parse + hash only, no database (`AuditLogImporter` into a store that"
				+ " only hashes)", Stats.count(rate) + " events/s (" + Stats.seconds(pipelineSeconds) + ")",
				"import into the database: " + Stats.count(importRate) + " events/s", Stats.ratio(rate / importRate),
				"—", "—");
		if (!Double.isNaN(noIndexSeconds)) {
			double r = n / noIndexSeconds;
			report.row("1b. Diagnostic: raw insert without the three newest-first indexes (PK and hash only)",
					Stats.count(r) + " rows/s (" + Stats.seconds(noIndexSeconds) + ")",
					"raw insert with them: " + Stats.count(rawRate) + " rows/s", Stats.ratio(r / rawRate), "—", "—");
			double p = n / plainSeconds;
			report.row("1c. Diagnostic: raw insert into an unencrypted database, all indexes",
					Stats.count(p) + " rows/s (" + Stats.seconds(plainSeconds) + ")",
					"encrypted: " + Stats.count(rawRate) + " rows/s", Stats.ratio(p / rawRate), "—", "—");
		}
		if (batchSeconds != null && batchSeconds.length > 0) {
			double inStore = java.util.Arrays.stream(batchSeconds).sum();
			int slowest = 0;
			for (int i = 1; i < batchSeconds.length; i++) {
				slowest = batchSeconds[i] > batchSeconds[slowest] ? i : slowest;
			}
			StringBuilder each = new StringBuilder();
			for (double b : batchSeconds) {
				each.append(each.isEmpty() ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.1f", b));
			}
			report.note(String.format(java.util.Locale.ROOT,
					"Batch profile (one extra import of the same file, each `commitBatch` timed): %.1f s in all, %.0f%%"
							+ " of it inside `commitBatch`; a batch of %,d events took %.2f s at the median, the slowest"
							+ " %.2f s (batch %d of %d). Seconds per batch in order: %s.",
					profiledSeconds, 100 * inStore / profiledSeconds, RawInsert.BATCH, Stats.median(batchSeconds),
					batchSeconds[slowest], slowest + 1, batchSeconds.length, each));
		}
	}
}
