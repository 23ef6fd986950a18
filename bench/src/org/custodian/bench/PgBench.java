package org.custodian.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.custodian.store.DatabaseConfig;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.custodian.store.internal.migrations.MigrationRunner;
import org.custodian.store.internal.postgres.PostgresDatabase;
import org.custodian.testing.PostgresServer;

/**
 * The PostgreSQL store's figures for docs/PERFORMANCE.md ({@code ./dev bench postgres}): on a server this run starts
 * (initdb in bench/target, PostgreSQL's durability defaults: fsync, full pages, synchronous commit),
 * <ol>
 * <li>the end-to-end import of a DICOM audit file (AuditLogImporter: read, parse, hash, probe, COPY, one commit per
 * batch of 5,000) against a raw COPY of the same rows, prepared in memory before the clock starts, in the same
 * batches and commits, into the same partitioned table in a database of its own: repetitions interleaved;</li>
 * <li>patient and user timelines (the first 200 newest first, through the store's API) on a table of
 * {@code --timeline-events} events loaded by raw COPY (10 million by default; 0 skips it).</li>
 * </ol>
 */
public final class PgBench {
	private PgBench() {
	}

	public static void main(String[] args) throws Exception {
		int events = 200_000;
		int reps = 3;
		long timelineEvents = 10_000_000;
		int queries = 500;
		long seed = 17;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--events" -> events = Integer.parseInt(args[++i]);
			case "--reps" -> reps = Integer.parseInt(args[++i]);
			case "--timeline-events" -> timelineEvents = Long.parseLong(args[++i]);
			case "--queries" -> queries = Integer.parseInt(args[++i]);
			case "--seed" -> seed = Long.parseLong(args[++i]);
			default -> {
				System.err.println("usage: ./dev bench postgres [--events N] [--reps N] [--timeline-events N]"
						+ " [--queries N] [--seed S]");
				System.exit(2);
			}
			}
		}
		Path work = Path.of(System.getProperty("bench.dir", "bench/target")).resolve("pg");
		FreshDatabase.delete(work);
		Files.createDirectories(work);
		long started = System.nanoTime();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Report report = new Report();
		try (PostgresServer server = PostgresServer.start(work.resolve("cluster"), PostgresServer.DURABLE_SETTINGS)) {
			String version;
			try (Connection c = server.superuser("postgres"); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SHOW server_version")) {
				rs.next();
				version = rs.getString(1);
			}
			PgIngest ingest = new PgIngest(server, work, events, reps, seed);
			ingest.run();
			ingest.report(report);
			if (timelineEvents > 0) {
				PgTimelines timelines = new PgTimelines(server, timelineEvents, queries, seed);
				timelines.run();
				timelines.report(report);
			}
			report.fact("Date", ZonedDateTime.now(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
					+ " UTC, run took " + Math.round((System.nanoTime() - started) / 60e9) + " min");
			report.fact("Machine", Runtime.getRuntime().availableProcessors() + " cores (" + Bench.cpuModel() + "), "
					+ System.getProperty("os.name") + " " + System.getProperty("os.version") + String.format(Locale.ROOT,
							", load average %.2f at start, %.2f at end", loadBefore,
							ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
			report.fact("Database", "PostgreSQL " + version + " (Debian), on this machine over TCP 127.0.0.1 with"
					+ " sslmode=disable, settings " + PostgresServer.DURABLE_SETTINGS + " on top of the defaults"
					+ " (fsync on, synchronous_commit on, full_page_writes on)");
			report.fact("Input", String.format(Locale.ROOT, "%,d events, one DICOM PS3.15 audit message each, %d staff",
					events, SyntheticTrail.STAFF));
			report.fact("Method", "median of " + reps + " runs after a warm-up; raw COPY and import interleaved in"
					+ " each repetition; the ratio is the median of the ratios within each repetition");
		}
		System.out.println(report.markdown());
	}

	/** A new store on the server, made as the console makes one, with its tables. */
	static PostgresDatabase freshStore(PostgresServer server) {
		String name = server.newDatabase("bench", "bench password 2026".toCharArray());
		DatabaseConfig config = DatabaseConfig.at(server.location(name) + "?sslmode=disable", "bench",
				"bench password 2026".toCharArray(), "bench boot password 2026".toCharArray());
		PostgresDatabase db = PostgresDatabase.create(config);
		new MigrationRunner(db).migrate();
		return db;
	}

	/** The store's event table on a fresh store. */
	static DerbyAccessEventStore events(PostgresDatabase db) {
		return new DerbyAccessEventStore(db);
	}

	static long count(PostgresDatabase db) throws SQLException {
		try (Connection c = db.connection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ACCESS_EVENT")) {
			rs.next();
			long n = rs.getLong(1);
			c.commit();
			return n;
		}
	}

	static void progress(String message) {
		Bench.progress(message);
	}
}
