package org.custodian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.custodian.store.AccessEvent;
import org.custodian.store.ConnectionSource;

/**
 * The baseline for ingest: what Derby itself can take. The same rows the importer stores, built and hashed
 * before the clock starts, inserted with plain JDBC batches of 5,000 (the importer's batch size), one commit
 * per batch, into the same table with the same indexes, through the same INSERT the store uses. No parsing,
 * no hashing, no duplicate look-up, no run bookkeeping: the importer cannot be faster than this on this disk.
 */
final class RawInsert {
	static final int BATCH = 5000;
	/** Same statement text as the store's EventRows.INSERT. */
	private static final String INSERT = "INSERT INTO ACCESS_EVENT (IMPORT_ID, EVENT_TIME, EVENT_CODE, ACTION, OUTCOME,"
			+ " EVENT_TYPE, USER_ID, USER_NAME, HOST, PATIENT_ID, PATIENT_NAME, STUDY_UID, SOURCE, DETAIL,"
			+ " CONTENT_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/** One ACCESS_EVENT row ready to bind. */
	record Row(AccessEvent event, byte[] hash) {
	}

	private RawInsert() {
	}

	/** Builds and hashes every row of the trail (outside any timing). */
	static List<Row> rows(SyntheticTrail trail) {
		List<Row> rows = new ArrayList<>(trail.events());
		for (int i = 0; i < trail.events(); i++) {
			AccessEvent e = trail.event(i);
			rows.add(new Row(e, e.contentHash()));
		}
		return rows;
	}

	/** Inserts the rows; returns the nanoseconds it took, commits included. */
	static long insert(ConnectionSource db, List<Row> rows) throws SQLException {
		Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		long start = System.nanoTime();
		try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
			int batched = 0;
			for (Row row : rows) {
				AccessEvent e = row.event();
				ps.setLong(1, 1L);
				ps.setTimestamp(2, Timestamp.from(e.time()), utc);
				ps.setString(3, e.eventCode());
				ps.setString(4, e.action());
				ps.setShort(5, (short) e.outcome());
				ps.setString(6, e.eventType());
				ps.setString(7, e.userId());
				ps.setString(8, e.userName());
				ps.setString(9, e.host());
				ps.setString(10, e.patientId());
				ps.setString(11, e.patientName());
				ps.setString(12, e.studyUid());
				ps.setString(13, e.source());
				ps.setString(14, e.detail());
				ps.setBytes(15, row.hash());
				ps.addBatch();
				if (++batched == BATCH) {
					ps.executeBatch();
					c.commit();
					batched = 0;
				}
			}
			if (batched > 0) {
				ps.executeBatch();
				c.commit();
			}
		}
		return System.nanoTime() - start;
	}
}
