package org.custodian.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Properties;

import org.custodian.store.AccessEvent;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.internal.derby.DerbyDatabase;
import org.custodian.store.internal.migrations.MigrationRunner;

/**
 * The 10-million-event database of {@code ./dev bench timelines10m}, built once and kept under bench/target.
 * <p>
 * Importing 10 million events through the importer would take hours on 2 cores (about 3,000-5,000 events/s), so
 * the rows go in by Derby's bulk import procedure, SYSCS_UTIL.SYSCS_IMPORT_TABLE, in replace mode: into the
 * empty table of the real schema (DerbyDatabase creates the encrypted database, MigrationRunner the tables and
 * indexes, exactly as at the console's first sign-in), Derby loads the rows without logging them and builds
 * each index by sorting instead of row by row. The rows are the synthetic trail's events with their real content
 * hashes, so the database is one the importer could have made. A marker file records what was built; a
 * database whose marker does not match the options (or {@code --rebuild}) is built again.
 */
final class BigDatabase {
	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS");
	private static final String MARKER = "bench-database.properties";
	private static final String USER = "bench";
	private static final char[] PASSWORD = "bench password".toCharArray();
	private static final char[] BOOT_PASSWORD = "bench boot password 2026".toCharArray();

	private BigDatabase() {
	}

	static DatabaseConfig config(Path folder) {
		return new DatabaseConfig(folder, USER, PASSWORD.clone(), BOOT_PASSWORD.clone());
	}

	/** Opens the cached database, building it first when it is missing, different or {@code rebuild} is set. */
	static DerbyDatabase openOrBuild(Path folder, SyntheticTrail trail, long seed, boolean rebuild)
			throws IOException, SQLException {
		Properties wanted = new Properties();
		wanted.setProperty("rows", Integer.toString(trail.events()));
		wanted.setProperty("seed", Long.toString(seed));
		wanted.setProperty("schema", Integer.toString(MigrationRunner.latestVersion()));
		Path marker = folder.resolve(MARKER);
		if (!rebuild && Files.isRegularFile(marker)) {
			Properties built = new Properties();
			try (var in = Files.newBufferedReader(marker)) {
				built.load(in);
			}
			if (built.equals(wanted)) {
				Bench.progress("using the database built before in " + folder + " (--rebuild builds it again)");
				return DerbyDatabase.open(config(folder));
			}
		}
		build(folder, trail);
		try (var out = Files.newBufferedWriter(marker)) {
			wanted.store(out, "what bench/src/org/custodian/bench/BigDatabase.java built here");
		}
		return DerbyDatabase.open(config(folder));
	}

	private static void build(Path folder, SyntheticTrail trail) throws IOException, SQLException {
		// no syncs while building: the database is a fixture, shut down cleanly at the end, and the marker that
		// makes it count as built is written only after that
		System.setProperty("derby.system.durability", "test");
		FreshDatabase.delete(folder);
		long start = System.nanoTime();
		DerbyDatabase db = DerbyDatabase.create(config(folder));
		new MigrationRunner(db).migrate();
		Path csv = folder.resolveSibling(folder.getFileName() + "-rows.csv");
		try {
			writeCsv(trail, csv);
			Bench.progress(String.format(java.util.Locale.ROOT, "rows written (%.0f s); bulk import into ACCESS_EVENT",
					(System.nanoTime() - start) / 1e9));
			try (Connection c = db.connection()) {
				try (PreparedStatement ps = c.prepareStatement("INSERT INTO IMPORT_RUN (ID, SOURCE, FORMAT, STARTED,"
						+ " FINISHED, STATUS, IMPORTED) VALUES (1, 'synthetic trail (bench)', 'DICOM', CURRENT_TIMESTAMP,"
						+ " CURRENT_TIMESTAMP, 'COMPLETED', ?)")) {
					ps.setLong(1, trail.events());
					ps.executeUpdate();
				}
				c.commit();
				try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE(?, ?, ?, ?, ?, ?, ?)")) {
					cs.setString(1, "CUSTODIAN");
					cs.setString(2, "ACCESS_EVENT");
					cs.setString(3, csv.toAbsolutePath().toString());
					cs.setString(4, null);
					cs.setString(5, null);
					cs.setString(6, "UTF-8");
					cs.setShort(7, (short) 1); // replace: bulk load, indexes built by sorting
					cs.execute();
				}
				c.commit();
				Bench.progress(String.format(java.util.Locale.ROOT, "imported (%.0f s); statistics",
						(System.nanoTime() - start) / 1e9));
				try (Statement s = c.createStatement()) {
					s.execute("ALTER TABLE ACCESS_EVENT ALTER COLUMN ID RESTART WITH " + (trail.events() + 1L));
					s.execute("ALTER TABLE IMPORT_RUN ALTER COLUMN ID RESTART WITH 2");
					s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('CUSTODIAN', 'ACCESS_EVENT', NULL)");
				}
				c.commit();
			}
		} finally {
			Files.deleteIfExists(csv);
			db.close();
		}
		Bench.progress(String.format(java.util.Locale.ROOT, "built %,d events in %.0f s", trail.events(),
				(System.nanoTime() - start) / 1e9));
	}

	/**
	 * The rows in the table's column order, in the format of Derby's import: comma-separated, text in double
	 * quotes, NULL as an empty field, binary as hex, timestamps as UTC wall-clock time (as UtcTimes stores them).
	 */
	private static void writeCsv(SyntheticTrail trail, Path csv) throws IOException {
		HexFormat hex = HexFormat.of();
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder(512);
			for (int i = 0; i < trail.events(); i++) {
				AccessEvent e = trail.event(i);
				line.setLength(0);
				line.append(i + 1).append(",1,");
				line.append(TIME.format(LocalDateTime.ofInstant(e.time(), ZoneOffset.UTC))).append(',');
				text(line, e.eventCode());
				text(line, e.action());
				line.append(e.outcome()).append(',');
				text(line, e.eventType());
				text(line, e.userId());
				text(line, e.userName());
				text(line, e.host());
				text(line, e.patientId());
				text(line, e.patientName());
				text(line, e.studyUid());
				text(line, e.source());
				text(line, e.detail());
				line.append(hex.formatHex(e.contentHash())).append('\n');
				out.append(line);
				if ((i + 1) % 1_000_000 == 0) {
					Bench.progress(String.format(java.util.Locale.ROOT, "%,d rows written", i + 1));
				}
			}
		}
	}

	private static void text(StringBuilder line, String value) {
		if (value != null) {
			line.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		line.append(',');
	}
}
