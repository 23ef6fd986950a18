package org.custodian.store.internal.review;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.AlertStore;
import org.custodian.store.ConnectionSource;
import org.custodian.store.NewAlert;
import org.custodian.store.PatientRegistry;
import org.custodian.store.internal.jdbc.Jdbc;
import org.custodian.store.internal.jdbc.PatientKeys;
import org.custodian.store.internal.jdbc.StoredHashes;
import org.custodian.store.internal.jdbc.UtcTimes;

/**
 * {@link AlertStore} on ALERT and SETTING (V002). An alert keeps the patient identifier as its event's source wrote
 * it; a search by patient finds it through the patient key of the event it fired on (ACCESS_EVENT.PATIENT_KEY, V003),
 * so that the hospital number, the NHS number and the CX find the same alerts, and a rekey changes nothing here.
 */
public final class DerbyAlertStore implements AlertStore {
	private static final String COLUMNS = "ID, RULE_ID, SEVERITY, USER_ID, PATIENT_ID, EVENT_TIME, EVENT_ID, REASON,"
			+ " STATUS, CASE_REF, RAISED_AT";
	private final ConnectionSource db;
	private final Function<String, Set<String>> keysOf;

	/** For the settings only: a patient filter matches the identifier exactly as stored. */
	public DerbyAlertStore(ConnectionSource db) {
		this.db = db;
		this.keysOf = raw -> Set.of();
	}

	/** The queue: a patient filter matches every identifier the registry links to the one searched. */
	public DerbyAlertStore(ConnectionSource db, PatientRegistry patients) {
		this.db = db;
		this.keysOf = patients::keysOf;
	}

	@Override
	public int raise(List<NewAlert> alerts) {
		if (alerts.isEmpty()) {
			return 0;
		}
		return Jdbc.transaction(db, "The alerts were not stored", c -> {
			Map<ByteBuffer, NewAlert> unique = new LinkedHashMap<>();
			for (NewAlert a : alerts) {
				unique.putIfAbsent(ByteBuffer.wrap(sha256(a.dedupeKey())), a);
			}
			Set<ByteBuffer> stored = StoredHashes.among(c, "ALERT", "DEDUPE_KEY", "ALERT_DEDUPE",
					unique.keySet().stream().map(ByteBuffer::array).toList());
			Instant now = Instant.now();
			int raised = 0;
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO ALERT (RULE_ID, SEVERITY, USER_ID, PATIENT_ID,"
					+ " EVENT_TIME, EVENT_ID, REASON, STATUS, CASE_REF, RAISED_AT, DEDUPE_KEY)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
				for (Map.Entry<ByteBuffer, NewAlert> e : unique.entrySet()) {
					if (stored.contains(e.getKey())) {
						continue;
					}
					NewAlert a = e.getValue();
					ps.setString(1, Text.fit(a.rule(), 64));
					ps.setString(2, Text.fit(a.severity(), 16));
					ps.setString(3, Text.fit(a.userId(), 128));
					ps.setString(4, Text.fit(a.patientId(), 64));
					UtcTimes.set(ps, 5, a.time());
					ps.setLong(6, a.eventId());
					ps.setString(7, Text.fit(a.reason(), 2000));
					ps.setString(8, Alert.OPEN);
					UtcTimes.set(ps, 9, now);
					ps.setBytes(10, e.getKey().array());
					ps.addBatch();
					raised++;
				}
				if (raised > 0) {
					ps.executeBatch();
				}
			}
			return raised;
		});
	}

	@Override
	public List<Alert> list(AlertFilter filter, long offset, int limit) {
		Where where = new Where(filter, keysOf);
		return Jdbc.transaction(db, "The alerts could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ALERT" + where.sql
					+ " ORDER BY EVENT_TIME DESC, ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				int i = where.bind(ps);
				ps.setLong(i++, offset);
				ps.setInt(i, Math.max(1, limit));
				return read(ps);
			}
		});
	}

	@Override
	public long count(AlertFilter filter) {
		Where where = new Where(filter, keysOf);
		return Jdbc.transaction(db, "The alerts could not be counted", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ALERT" + where.sql)) {
				where.bind(ps);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	@Override
	public List<String> rules() {
		return Jdbc.transaction(db, "The alerts' rules could not be read", c -> {
			List<String> rules = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT RULE_ID FROM ALERT ORDER BY RULE_ID");
					ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rules.add(rs.getString(1));
				}
			}
			return rules;
		});
	}

	@Override
	public Alert get(long id) {
		return Jdbc.transaction(db, "Alert " + id + " could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ALERT WHERE ID = ?")) {
				ps.setLong(1, id);
				List<Alert> found = read(ps);
				return found.isEmpty() ? null : found.get(0);
			}
		});
	}

	@Override
	public void update(List<Long> ids, String status, String caseRef) {
		if (!List.of(Alert.OPEN, Alert.IN_CASE, Alert.DISMISSED, Alert.EXPLAINED).contains(status)) {
			throw new IllegalArgumentException("unknown alert status " + status);
		}
		Jdbc.transaction(db, "The alerts were not updated", c -> {
			try (PreparedStatement ps = c.prepareStatement("UPDATE ALERT SET STATUS = ?, CASE_REF = ? WHERE ID = ?")) {
				for (long id : ids) {
					ps.setString(1, status);
					ps.setString(2, Text.fit(caseRef, 64));
					ps.setLong(3, id);
					ps.addBatch();
				}
				ps.executeBatch();
			}
			return null;
		});
	}

	@Override
	public String setting(String name) {
		return Jdbc.transaction(db, "The setting " + name + " could not be read", c -> setting(c, name));
	}

	/** Reads a named value inside the caller's transaction. */
	String setting(Connection c, String name) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT SETTING_VALUE FROM SETTING WHERE NAME = ?")) {
			ps.setString(1, name);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	@Override
	public void setting(String name, String value) {
		Jdbc.transaction(db, "The setting " + name + " was not stored", c -> {
			setting(c, name, value);
			return null;
		});
	}

	/** Sets a named value inside the caller's transaction. */
	void setting(Connection c, String name, String value) throws SQLException {
		try (PreparedStatement update = c.prepareStatement("UPDATE SETTING SET SETTING_VALUE = ? WHERE NAME = ?")) {
			update.setString(1, value);
			update.setString(2, name);
			if (update.executeUpdate() == 0) {
				try (PreparedStatement insert = c
						.prepareStatement("INSERT INTO SETTING (NAME, SETTING_VALUE) VALUES (?, ?)")) {
					insert.setString(1, name);
					insert.setString(2, value);
					insert.executeUpdate();
				}
			}
		}
	}

	private static List<Alert> read(PreparedStatement ps) throws SQLException {
		List<Alert> result = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				result.add(new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						UtcTimes.get(rs, 6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
						UtcTimes.get(rs, 11)));
			}
		}
		return result;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** The WHERE clause of an {@link AlertFilter}, all parameters. */
	private static final class Where {
		final String sql;
		final List<Object> values = new ArrayList<>();

		Where(AlertFilter f, Function<String, Set<String>> keysOf) {
			AlertFilter filter = f == null ? AlertFilter.ALL : f;
			List<String> conditions = new ArrayList<>();
			if (filter.since() != null) {
				conditions.add("EVENT_TIME >= ?");
				values.add(filter.since());
			}
			if (filter.until() != null) {
				conditions.add("EVENT_TIME < ?");
				values.add(filter.until());
			}
			if (filter.status() != null) {
				conditions.add("STATUS = ?");
				values.add(filter.status());
			}
			if (filter.severity() != null) {
				conditions.add("SEVERITY = ?");
				values.add(filter.severity());
			}
			if (filter.userId() != null) {
				conditions.add("USER_ID = ?");
				values.add(filter.userId());
			}
			if (filter.patientId() != null) {
				conditions.add(patient(filter.patientId(), keysOf));
			}
			if (filter.rule() != null) {
				conditions.add("RULE_ID = ?");
				values.add(filter.rule());
			}
			sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}

		/**
		 * The identifier as the alert holds it, or any key of the patient on the event the alert fired on. An
		 * alert that names no patient (a user's accesses to several, on the latest of them) never matches.
		 */
		private String patient(String raw, Function<String, Set<String>> keysOf) {
			List<String> keys = keysOf.apply(raw).stream().map(PatientKeys::stored).distinct().toList();
			values.add(raw);
			if (keys.isEmpty()) {
				return "PATIENT_ID = ?";
			}
			values.addAll(keys);
			values.addAll(keys);
			String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
			return "PATIENT_ID IS NOT NULL AND (PATIENT_ID IN (?, " + marks + ") OR EXISTS (SELECT 1 FROM ACCESS_EVENT E"
					+ " WHERE E.ID = ALERT.EVENT_ID AND E.PATIENT_KEY IN (" + marks + ")))";
		}

		int bind(PreparedStatement ps) throws SQLException {
			int i = 1;
			for (Object v : values) {
				if (v instanceof Instant t) {
					UtcTimes.set(ps, i++, t);
				} else {
					ps.setString(i++, (String) v);
				}
			}
			return i;
		}
	}
}
