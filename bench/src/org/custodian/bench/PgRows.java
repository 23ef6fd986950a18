package org.custodian.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.TreeSet;

import org.custodian.store.AccessEvent;
import org.custodian.store.ConnectionSource;
import org.postgresql.PGConnection;

/**
 * The baseline of the PostgreSQL import: the rows the importer stores, as COPY text made before the clock
 * starts, sent with pgjdbc's CopyManager in the importer's batches of 5,000 with one commit each. No parsing,
 * hashing, look-up or bookkeeping: the import cannot be faster than this.
 */
final class PgRows {
	static final int BATCH = 5000;
	static final String COPY = "COPY ACCESS_EVENT (IMPORT_ID, EVENT_TIME, EVENT_CODE, ACTION, OUTCOME, EVENT_TYPE,"
			+ " USER_ID, USER_NAME, HOST, PATIENT_ID, PATIENT_NAME, STUDY_UID, SOURCE, DETAIL, CONTENT_HASH,"
			+ " PATIENT_KEY) FROM STDIN";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

	private PgRows() {
	}

	/** One row of COPY text (patient key: the identifier as the default policy keys a bare one). */
	static void append(StringBuilder sb, AccessEvent e, byte[] hash) {
		sb.append(1).append('\t').append(TIME.format(LocalDateTime.ofInstant(e.time(), ZoneOffset.UTC))).append('\t');
		text(sb, e.eventCode());
		text(sb, e.action());
		sb.append(e.outcome()).append('\t');
		text(sb, e.eventType());
		text(sb, e.userId());
		text(sb, e.userName());
		text(sb, e.host());
		text(sb, e.patientId());
		text(sb, e.patientName());
		text(sb, e.studyUid());
		text(sb, e.source());
		text(sb, e.detail());
		sb.append("\\\\x").append(HexFormat.of().formatHex(hash)).append('\t');
		if (e.patientId() == null) {
			sb.append("\\N");
		} else {
			sb.append(e.patientId().strip());
		}
		sb.append('\n');
	}

	private static void text(StringBuilder sb, String v) {
		if (v == null) {
			sb.append("\\N");
		} else {
			for (int i = 0; i < v.length(); i++) {
				char c = v.charAt(i);
				switch (c) {
				case '\\' -> sb.append("\\\\");
				case '\t' -> sb.append("\\t");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				default -> sb.append(c);
				}
			}
		}
		sb.append('\t');
	}

	/** The trail's rows as batches of COPY text, UTF-8. */
	static byte[][] batches(SyntheticTrail trail) {
		int n = trail.events();
		byte[][] batches = new byte[(n + BATCH - 1) / BATCH][];
		StringBuilder sb = new StringBuilder(BATCH * 400);
		for (int b = 0; b < batches.length; b++) {
			sb.setLength(0);
			for (int i = b * BATCH; i < Math.min(n, (b + 1) * BATCH); i++) {
				AccessEvent e = trail.event(i);
				append(sb, e, e.contentHash());
			}
			batches[b] = sb.toString().getBytes(StandardCharsets.UTF_8);
		}
		return batches;
	}

	/** Makes the partitions of the trail's months (before the clock: the import makes them as it goes). */
	static void months(ConnectionSource db, SyntheticTrail trail) throws SQLException {
		TreeSet<LocalDateTime> months = new TreeSet<>();
		for (int i = 0; i < trail.events(); i += 97) {
			months.add(LocalDateTime.ofInstant(trail.event(i).time(), ZoneOffset.UTC).withDayOfMonth(1)
					.truncatedTo(ChronoUnit.DAYS));
		}
		months.add(LocalDateTime.ofInstant(trail.event(trail.events() - 1).time(), ZoneOffset.UTC).withDayOfMonth(1)
				.truncatedTo(ChronoUnit.DAYS));
		try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT ACCESS_EVENT_MONTH(?)")) {
			for (LocalDateTime m : months) {
				ps.setTimestamp(1, Timestamp.valueOf(m));
				ps.execute();
			}
			c.commit();
		}
	}

	/** Copies the batches, a commit after each; returns the nanoseconds. */
	static long copy(ConnectionSource db, byte[][] batches) throws SQLException {
		long start = System.nanoTime();
		try (Connection c = db.connection()) {
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			for (byte[] batch : batches) {
				try {
					copy.copyIn(COPY, new ByteArrayInputStream(batch), 1 << 16);
				} catch (java.io.IOException e) {
					throw new SQLException(e);
				}
				c.commit();
			}
		}
		return System.nanoTime() - start;
	}
}
