package org.custodian.store.internal.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.custodian.store.ConnectionSource;
import org.custodian.store.IdentifierPolicy;
import org.custodian.store.internal.jdbc.Jdbc;
import org.custodian.store.internal.jdbc.PatientKeys;

/**
 * Gives stored patient identifiers their key under a policy, in batches of their own transactions so that a
 * database of millions of events is rekeyed without one huge transaction (an interrupted rekey goes on where it
 * stopped the next time the store opens: rows still without a key are "pending").
 * <p>
 * A bare number's key never depends on the policy (it is the hospital number's), so only CX identifiers are
 * rekeyed when the policy changes. Care relationships and flags are stored by key; those loaded before keys
 * existed (a CX in PATIENT_ID) are keyed here too.
 */
final class PatientRekey {
	private static final int BATCH = 5000;
	private final ConnectionSource db;
	private final IdentifierPolicy policy;

	PatientRekey(ConnectionSource db, IdentifierPolicy policy) {
		this.db = db;
		this.policy = policy;
	}

	/** Keys the events that have none yet, and the reference rows still holding a CX. */
	long pending() {
		return events("PATIENT_KEY IS NULL AND PATIENT_ID IS NOT NULL") + references();
	}

	/** Rekeys every CX identifier of the events and of the crosswalk under the policy. */
	long all() {
		return events("LOCATE('^', PATIENT_ID) > 0") + crosswalk() + references();
	}

	private long events(String condition) {
		long changed = 0;
		long after = -1;
		while (true) {
			long from = after;
			Batch b = Jdbc.transaction(db, "The patients' keys could not be brought up to date", c -> {
				List<long[]> ids = new ArrayList<>();
				List<String> keys = new ArrayList<>();
				try (PreparedStatement ps = c.prepareStatement("SELECT ID, PATIENT_ID, PATIENT_KEY FROM ACCESS_EVENT WHERE "
						+ condition + " AND ID > ? ORDER BY ID FETCH FIRST " + BATCH + " ROWS ONLY")) {
					ps.setLong(1, from);
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							String key = fitKey(policy.key(rs.getString(2)));
							ids.add(new long[] { rs.getLong(1) });
							keys.add(Objects.equals(key, rs.getString(3)) ? null : key);
						}
					}
				}
				int updated = 0;
				try (PreparedStatement up = c.prepareStatement("UPDATE ACCESS_EVENT SET PATIENT_KEY = ? WHERE ID = ?")) {
					for (int i = 0; i < ids.size(); i++) {
						if (keys.get(i) != null) {
							up.setString(1, keys.get(i));
							up.setLong(2, ids.get(i)[0]);
							up.addBatch();
							updated++;
						}
					}
					if (updated > 0) {
						up.executeBatch();
					}
				}
				return new Batch(ids.isEmpty() ? -1 : ids.get(ids.size() - 1)[0], ids.size(), updated);
			});
			changed += b.updated;
			if (b.read < BATCH) {
				return changed;
			}
			after = b.last;
		}
	}

	private long crosswalk() {
		return Jdbc.transaction(db, "The crosswalk could not be rekeyed", c -> {
			List<String[]> rows = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT PATIENT_KEY, IDENTIFIER FROM PATIENT_LINK");
					ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rows.add(new String[] { rs.getString(1), fitKey(policy.key(rs.getString(2))) });
				}
			}
			long changed = 0;
			try (PreparedStatement up = c.prepareStatement("UPDATE PATIENT_LINK SET PATIENT_KEY = ? WHERE PATIENT_KEY = ?")) {
				for (String[] r : rows) {
					if (r[1] != null && !r[1].equals(r[0])) {
						up.setString(1, r[1]);
						up.setString(2, r[0]);
						changed += up.executeUpdate();
					}
				}
			}
			return changed;
		});
	}

	private long references() {
		return Jdbc.transaction(db, "The care relationships and flags could not be keyed", c -> rekey(c,
				"CARE_RELATIONSHIP", "ID") + rekey(c, "PATIENT_MOVEMENT", "ID") + rekey(c, "FLAGGED_PATIENT", "PATIENT_ID"));
	}

	private long rekey(Connection c, String table, String idColumn) throws SQLException {
		List<String[]> rows = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT " + idColumn + ", PATIENT_ID FROM " + table
				+ " WHERE LOCATE('^', PATIENT_ID) > 0"); ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				rows.add(new String[] { rs.getString(1), policy.key(rs.getString(2)) });
				// reference rows hold keys of at most 64 characters; a longer one keeps its CX (found by it)
			}
		}
		long changed = 0;
		try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET PATIENT_ID = ? WHERE " + idColumn + " = ?")) {
			for (String[] r : rows) {
				if (r[1] != null && r[1].length() <= 64) {
					up.setString(1, r[1]);
					if ("ID".equals(idColumn)) {
						up.setLong(2, Long.parseLong(r[0]));
					} else {
						up.setString(2, r[0]);
					}
					changed += up.executeUpdate();
				}
			}
		}
		return changed;
	}

	static String fitKey(String key) {
		return PatientKeys.stored(key);
	}

	private record Batch(long last, int read, int updated) {
	}
}
