package org.custodian.store.internal.events;

import static org.custodian.store.internal.events.EventColumns.fit;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Set;

import org.custodian.store.IdentifierPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.custodian.store.internal.jdbc.PatientKeys;
import org.custodian.store.internal.jdbc.UtcTimes;
import org.custodian.store.AccessEvent;
import org.custodian.store.StoredEvent;

/** How an {@link AccessEvent} maps onto a row of ACCESS_EVENT, both ways. */
final class EventRows {
	static final String INSERT = "INSERT INTO ACCESS_EVENT (IMPORT_ID, EVENT_TIME, EVENT_CODE, ACTION, OUTCOME,"
			+ " EVENT_TYPE, USER_ID, USER_NAME, HOST, PATIENT_ID, PATIENT_NAME, STUDY_UID, SOURCE, DETAIL,"
			+ " CONTENT_HASH, PATIENT_KEY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	static final String COLUMNS = "ID, IMPORT_ID, EVENT_TIME, EVENT_CODE, ACTION, OUTCOME, EVENT_TYPE, USER_ID,"
			+ " USER_NAME, HOST, PATIENT_ID, PATIENT_NAME, STUDY_UID, SOURCE, DETAIL, PATIENT_KEY";

	private EventRows() {
	}

	/**
	 * Binds one row of {@link #INSERT}; strings longer than their column are cut (see EventColumns). The patient
	 * key is the identifier's under the trust's policy, as {@link PatientKeys} stores it.
	 */
	static void bind(PreparedStatement ps, long importId, AccessEvent e, byte[] hash, String patientKey)
			throws SQLException {
		ps.setLong(1, importId);
		UtcTimes.set(ps, 2, e.time());
		ps.setString(3, fit(e.eventCode(), EventColumns.EVENT_CODE));
		String action = e.action() == null || e.action().isBlank() ? null : e.action().strip();
		ps.setString(4, fit(action, EventColumns.ACTION));
		ps.setShort(5, (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, e.outcome())));
		ps.setString(6, fit(e.eventType(), EventColumns.EVENT_TYPE));
		ps.setString(7, fit(e.userId(), EventColumns.USER_ID));
		ps.setString(8, fit(e.userName(), EventColumns.USER_NAME));
		ps.setString(9, fit(e.host(), EventColumns.HOST));
		ps.setString(10, fit(e.patientId(), EventColumns.PATIENT_ID));
		ps.setString(11, fit(e.patientName(), EventColumns.PATIENT_NAME));
		ps.setString(12, fit(e.studyUid(), EventColumns.STUDY_UID));
		ps.setString(13, fit(e.source(), EventColumns.EVENT_SOURCE));
		ps.setString(14, fit(e.detail(), EventColumns.DETAIL));
		ps.setBytes(15, hash);
		ps.setString(16, PatientKeys.stored(patientKey));
	}

	/** Reads a row selected with {@link #COLUMNS}. */
	static StoredEvent read(ResultSet rs) throws SQLException {
		String action = rs.getString(5);
		AccessEvent e = new AccessEvent(UtcTimes.get(rs, 3), rs.getString(4), action == null ? null : action.strip(),
				rs.getShort(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
		return new StoredEvent(rs.getLong(1), rs.getLong(2), e, rs.getString(16));
	}

	/** Inserts the events not stored yet as one JDBC batch (Derby); returns how many. */
	static int insertNew(Connection c, long importId, Map<ByteBuffer, AccessEvent> unique,
			Set<ByteBuffer> stored, IdentifierPolicy policy) throws SQLException {
		int inserted = 0;
		try (PreparedStatement ps = c.prepareStatement(EventRows.INSERT)) {
			int batched = 0;
			for (Map.Entry<ByteBuffer, AccessEvent> entry : unique.entrySet()) {
				if (stored.contains(entry.getKey())) {
					continue;
				}
				inserted++;
				if (UtcTimes.survivesBatch(entry.getValue().time())) {
					EventRows.bind(ps, importId, entry.getValue(), entry.getKey().array(),
							policy.key(entry.getValue().patientId()));
					ps.addBatch();
					batched++;
				} else {
					// in order: what is batched so far first (executing a batch re-binds the parameters),
					// then this row on its own
					if (batched > 0) {
						ps.executeBatch();
						batched = 0;
					}
					EventRows.bind(ps, importId, entry.getValue(), entry.getKey().array(),
							policy.key(entry.getValue().patientId()));
					ps.executeUpdate();
				}
			}
			if (batched > 0) {
				ps.executeBatch();
			}
		}
		return inserted;
	}
}
