package org.custodian.store.internal.events;

import static org.custodian.store.internal.events.EventColumns.fit;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.custodian.store.AccessEvent;
import org.custodian.store.IdentifierPolicy;
import org.custodian.store.internal.jdbc.PatientKeys;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a batch of access events into PostgreSQL with COPY (pgjdbc's CopyManager) rather than INSERTs: one stream
 * of text rows per batch, parsed by the server without a statement per row. The rows are the same as
 * {@link EventRows#bind} makes (columns cut to their width, the patient key under the trust's policy, UTC
 * wall-clock times). PostgreSQL's text cannot hold the character U+0000, which some audit trails carry: it is
 * stored as U+FFFD (the content hash is of the event as read, so a re-import still finds it).
 */
final class PostgresEventCopy {
	static final String COPY = "COPY ACCESS_EVENT (IMPORT_ID, EVENT_TIME, EVENT_CODE, ACTION, OUTCOME, EVENT_TYPE,"
			+ " USER_ID, USER_NAME, HOST, PATIENT_ID, PATIENT_NAME, STUDY_UID, SOURCE, DETAIL, CONTENT_HASH, PATIENT_KEY)"
			+ " FROM STDIN";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
	private static final HexFormat HEX = HexFormat.of();

	/** One row to copy: the event, its hash and its patient key. */
	record Row(AccessEvent event, byte[] hash, String patientKey) {
	}

	private PostgresEventCopy() {
	}

	/**
	 * Makes the partitions of the months of the events that lack one, each in a transaction of its own on its own
	 * connection (adding a partition locks the whole table briefly; the batch's transaction must not hold that
	 * lock while it loads).
	 *
	 * @param known the months known to have their partition (the first batch of a month asks the server, later
	 *              ones do not); added to
	 */
	static void ensureMonths(org.custodian.store.ConnectionSource db, Set<LocalDateTime> known,
			List<AccessEvent> events) throws SQLException {
		Set<LocalDateTime> months = new TreeSet<>();
		for (AccessEvent e : events) {
			LocalDateTime t = LocalDateTime.ofInstant(e.time(), ZoneOffset.UTC);
			LocalDateTime month = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
			if (!known.contains(month)) {
				months.add(month);
			}
		}
		if (months.isEmpty()) {
			return;
		}
		try (Connection c = db.connection();
				PreparedStatement ps = c.prepareStatement("SELECT ACCESS_EVENT_MONTH(?)")) {
			for (LocalDateTime month : months) {
				ps.setTimestamp(1, Timestamp.valueOf(month));
				ps.execute();
				c.commit();
				known.add(month);
			}
		}
	}

	/**
	 * Whether the signed-in role is held to its trust's rows by row-level security. PostgreSQL refuses COPY into
	 * such a table: the rows then go through a temporary table of the session and one INSERT, which the policy
	 * checks row by row (the store's owner, who is not held, copies straight in).
	 */
	static boolean rowSecurity(Connection c) throws SQLException {
		try (java.sql.Statement s = c.createStatement();
				java.sql.ResultSet rs = s.executeQuery("SELECT row_security_active('access_event')")) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	/** Copies the rows in the connection's transaction; returns how many the server took. */
	static long copy(Connection c, long importId, List<Row> rows, boolean rowSecurity) throws SQLException {
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		String into = COPY;
		if (rowSecurity) {
			try (java.sql.Statement s = c.createStatement()) {
				s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS ACCESS_EVENT_IN (LIKE ACCESS_EVENT INCLUDING DEFAULTS)"
						+ " ON COMMIT DELETE ROWS");
			}
			into = COPY.replace("COPY ACCESS_EVENT ", "COPY ACCESS_EVENT_IN ");
		}
		long copied;
		try {
			copied = copy.copyIn(into, new RowReader(importId, rows), 1 << 16);
		} catch (IOException e) {
			throw new SQLException("The events could not be sent to the server: " + e.getMessage(), "08006", e);
		}
		if (rowSecurity) {
			try (java.sql.Statement s = c.createStatement()) {
				// the temporary rows go at commit or rollback (ON COMMIT DELETE ROWS)
				s.executeUpdate("INSERT INTO ACCESS_EVENT SELECT * FROM ACCESS_EVENT_IN");
			}
		}
		return copied;
	}

	/** Copies the events not stored yet with COPY (PostgreSQL); returns how many. */
	static int copyNew(Connection c, long importId, Map<ByteBuffer, AccessEvent> unique,
			Set<ByteBuffer> stored, IdentifierPolicy policy, boolean staged) throws SQLException {
		List<Row> rows = new ArrayList<>(unique.size());
		for (Map.Entry<ByteBuffer, AccessEvent> entry : unique.entrySet()) {
			if (!stored.contains(entry.getKey())) {
				rows.add(new Row(entry.getValue(), entry.getKey().array(),
						policy.key(entry.getValue().patientId())));
			}
		}
		if (!rows.isEmpty()) {
			copy(c, importId, rows, staged);
		}
		return rows.size();
	}

	/** The rows as COPY's text format, made as the driver reads (no batch-sized buffer of text). */
	private static final class RowReader extends Reader {
		private final long importId;
		private final List<Row> rows;
		private final StringBuilder line = new StringBuilder(512);
		private int next;
		private int offset;

		RowReader(long importId, List<Row> rows) {
			this.importId = importId;
			this.rows = rows;
		}

		@Override
		public int read(char[] buffer, int off, int len) {
			int written = 0;
			while (written < len) {
				if (offset == line.length()) {
					if (next == rows.size()) {
						return written == 0 ? -1 : written;
					}
					line.setLength(0);
					offset = 0;
					format(rows.get(next++));
				}
				int n = Math.min(len - written, line.length() - offset);
				line.getChars(offset, offset + n, buffer, off + written);
				offset += n;
				written += n;
			}
			return written;
		}

		private void format(Row row) {
			AccessEvent e = row.event();
			line.append(importId).append('\t');
			line.append(TIME.format(LocalDateTime.ofInstant(e.time(), ZoneOffset.UTC))).append('\t');
			text(fit(e.eventCode(), EventColumns.EVENT_CODE));
			String action = e.action() == null || e.action().isBlank() ? null : e.action().strip();
			text(fit(action, EventColumns.ACTION));
			line.append(Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, e.outcome()))).append('\t');
			text(fit(e.eventType(), EventColumns.EVENT_TYPE));
			text(fit(e.userId(), EventColumns.USER_ID));
			text(fit(e.userName(), EventColumns.USER_NAME));
			text(fit(e.host(), EventColumns.HOST));
			text(fit(e.patientId(), EventColumns.PATIENT_ID));
			text(fit(e.patientName(), EventColumns.PATIENT_NAME));
			text(fit(e.studyUid(), EventColumns.STUDY_UID));
			text(fit(e.source(), EventColumns.EVENT_SOURCE));
			text(fit(e.detail(), EventColumns.DETAIL));
			line.append("\\\\x").append(HEX.formatHex(row.hash())).append('\t');
			String key = PatientKeys.stored(row.patientKey());
			if (key == null) {
				line.append("\\N");
			} else {
				escape(key);
			}
			line.append('\n');
		}

		private void text(String value) {
			if (value == null) {
				line.append("\\N");
			} else {
				escape(value);
			}
			line.append('\t');
		}

		/** COPY's text escapes: backslash, tab, line feed and carriage return; U+0000 as U+FFFD. */
		private void escape(String value) {
			for (int i = 0; i < value.length(); i++) {
				char ch = value.charAt(i);
				switch (ch) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				case '\0' -> line.append('\uFFFD');
				default -> line.append(ch);
				}
			}
		}

		@Override
		public void close() {
			// nothing held
		}
	}
}
