package org.custodian.store.internal.review;

import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custodian.store.CareRelationship;
import org.custodian.store.ConnectionSource;
import org.custodian.store.FlaggedPatient;
import org.custodian.store.PatientMovement;
import org.custodian.store.PatientRegistry;
import org.custodian.store.ReferenceStore;
import org.custodian.store.internal.jdbc.Jdbc;
import org.custodian.store.internal.jdbc.StoredHashes;
import org.custodian.store.internal.jdbc.UtcTimes;

/**
 * {@link ReferenceStore} on CARE_RELATIONSHIP and FLAGGED_PATIENT (V002) and PATIENT_MOVEMENT (V004). Both hold the patient's key under the
 * trust's identifier policy (V003), not the identifier as the feed wrote it: the RIS's bare number, the flag
 * list's CX and the trail's CX of one patient are one key. A care relationship's content hash is of the line
 * as the feed wrote it, so loading the same feed again still adds nothing.
 */
public final class DerbyReferenceStore implements ReferenceStore {
	private final ConnectionSource db;
	private final PatientRegistry patients;

	public DerbyReferenceStore(ConnectionSource db, PatientRegistry patients) {
		this.db = db;
		this.patients = patients;
	}

	private String key(String raw) {
		String key = patients.key(raw);
		return key == null ? raw : key;
	}

	@Override
	public int addCare(List<CareRelationship> batch) {
		return Jdbc.transaction(db, "The care relationships were not stored", c -> {
			Map<ByteBuffer, CareRelationship> unique = new LinkedHashMap<>();
			for (CareRelationship r : batch) {
				unique.putIfAbsent(ByteBuffer.wrap(r.contentHash()), r);
			}
			Set<ByteBuffer> stored = StoredHashes.among(c, "CARE_RELATIONSHIP", "CONTENT_HASH", "CARE_RELATIONSHIP_HASH",
					unique.keySet().stream().map(ByteBuffer::array).toList());
			int added = 0;
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO CARE_RELATIONSHIP (PATIENT_ID, ACCESSION,"
					+ " REFERRER, REPORTER, DEPARTMENT, MDT_LIST, TELERADIOLOGY, STUDY_DATE, CONTENT_HASH)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (Map.Entry<ByteBuffer, CareRelationship> e : unique.entrySet()) {
					if (stored.contains(e.getKey())) {
						continue;
					}
					CareRelationship r = e.getValue();
					ps.setString(1, Text.fit(key(r.patientId()), 64));
					ps.setString(2, Text.fit(r.accession(), 64));
					ps.setString(3, Text.fit(r.referrer(), 128));
					ps.setString(4, Text.fit(r.reporter(), 128));
					ps.setString(5, Text.fit(r.department(), 128));
					ps.setString(6, Text.fit(r.mdtList(), 1000));
					ps.setString(7, Text.fit(r.teleradiology(), 128));
					ps.setDate(8, r.studyDate() == null ? null : Date.valueOf(r.studyDate()));
					ps.setBytes(9, e.getKey().array());
					ps.addBatch();
					added++;
				}
				if (added > 0) {
					ps.executeBatch();
				}
			}
			return added;
		});
	}

	@Override
	public List<CareRelationship> care(String patientId) {
		List<String> keys = new ArrayList<>(patients.keysOf(patientId));
		if (keys.isEmpty()) {
			return List.of();
		}
		return Jdbc.transaction(db, "The care relationships could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT PATIENT_ID, ACCESSION, REFERRER, REPORTER,"
					+ " DEPARTMENT, MDT_LIST, TELERADIOLOGY, STUDY_DATE FROM CARE_RELATIONSHIP WHERE PATIENT_ID IN ("
					+ String.join(", ", Collections.nCopies(keys.size(), "?")) + ") ORDER BY ID")) {
				for (int i = 0; i < keys.size(); i++) {
					ps.setString(i + 1, keys.get(i));
				}
				List<CareRelationship> result = new ArrayList<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						Date d = rs.getDate(8);
						result.add(new CareRelationship(rs.getString(1), rs.getString(2), rs.getString(3),
								rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
								d == null ? null : d.toLocalDate()));
					}
				}
				return result;
			}
		});
	}

	@Override
	public long careCount() {
		return Jdbc.transaction(db, "The care relationships could not be counted", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM CARE_RELATIONSHIP");
					ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	@Override
	public int addMovements(List<PatientMovement> batch) {
		return Jdbc.transaction(db, "The patient movements were not stored", c -> {
			Map<ByteBuffer, PatientMovement> unique = new LinkedHashMap<>();
			for (PatientMovement m : batch) {
				unique.putIfAbsent(ByteBuffer.wrap(m.contentHash()), m);
			}
			Set<ByteBuffer> stored = StoredHashes.among(c, "PATIENT_MOVEMENT", "CONTENT_HASH", "PATIENT_MOVEMENT_HASH",
					unique.keySet().stream().map(ByteBuffer::array).toList());
			int added = 0;
			int batched = 0;
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO PATIENT_MOVEMENT (PATIENT_ID, LOCATION, MOVED_AT,"
					+ " EVENT_TYPE, CONTENT_HASH) VALUES (?, ?, ?, ?, ?)")) {
				for (Map.Entry<ByteBuffer, PatientMovement> e : unique.entrySet()) {
					if (stored.contains(e.getKey())) {
						continue;
					}
					PatientMovement m = e.getValue();
					ps.setString(1, Text.fit(key(m.patientId()), 128));
					ps.setString(2, Text.fit(m.location(), 128));
					UtcTimes.set(ps, 3, m.time());
					ps.setString(4, m.event());
					ps.setBytes(5, e.getKey().array());
					added++;
					if (UtcTimes.survivesBatch(m.time())) {
						ps.addBatch();
						batched++;
					} else {
						ps.executeUpdate(); // see UtcTimes.survivesBatch: the hour a clock change skips
					}
				}
				if (batched > 0) {
					ps.executeBatch();
				}
			}
			return added;
		});
	}

	@Override
	public List<PatientMovement> movements(String patientId) {
		List<String> keys = new ArrayList<>(patients.keysOf(patientId));
		if (keys.isEmpty()) {
			return List.of();
		}
		return Jdbc.transaction(db, "The patient movements could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT PATIENT_ID, LOCATION, MOVED_AT, EVENT_TYPE FROM"
					+ " PATIENT_MOVEMENT WHERE PATIENT_ID IN (" + String.join(", ", Collections.nCopies(keys.size(), "?"))
					+ ") ORDER BY MOVED_AT, ID")) {
				for (int i = 0; i < keys.size(); i++) {
					ps.setString(i + 1, keys.get(i));
				}
				List<PatientMovement> result = new ArrayList<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						result.add(new PatientMovement(rs.getString(1), rs.getString(2), UtcTimes.get(rs, 3),
								rs.getString(4)));
					}
				}
				return result;
			}
		});
	}

	@Override
	public void replaceFlags(List<FlaggedPatient> flags) {
		Jdbc.transaction(db, "The flagged patients were not stored", c -> {
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM FLAGGED_PATIENT")) {
				delete.executeUpdate();
			}
			Map<String, FlaggedPatient> unique = new LinkedHashMap<>();
			flags.forEach(f -> unique.put(key(f.patientId()), f));
			try (PreparedStatement ps = c.prepareStatement(
					"INSERT INTO FLAGGED_PATIENT (PATIENT_ID, CATEGORY, REASON) VALUES (?, ?, ?)")) {
				for (Map.Entry<String, FlaggedPatient> e : unique.entrySet()) {
					FlaggedPatient f = e.getValue();
					ps.setString(1, Text.fit(e.getKey(), 64));
					ps.setString(2, Text.fit(f.category(), 64));
					ps.setString(3, Text.fit(f.reason(), 1000));
					ps.addBatch();
				}
				if (!unique.isEmpty()) {
					ps.executeBatch();
				}
			}
			return null;
		});
	}

	@Override
	public List<FlaggedPatient> flags() {
		return Jdbc.transaction(db, "The flagged patients could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT PATIENT_ID, CATEGORY, REASON FROM FLAGGED_PATIENT ORDER BY PATIENT_ID");
					ResultSet rs = ps.executeQuery()) {
				List<FlaggedPatient> result = new ArrayList<>();
				while (rs.next()) {
					result.add(new FlaggedPatient(rs.getString(1), rs.getString(2), rs.getString(3)));
				}
				return result;
			}
		});
	}
}
