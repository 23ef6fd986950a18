package org.custodian.store.internal.review;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.custodian.store.ConnectionSource;
import org.custodian.store.IdentifierPolicy;
import org.custodian.store.PatientDemographics;
import org.custodian.store.PatientIdentifier;
import org.custodian.store.PatientRegistry;
import org.custodian.store.Permission;
import org.custodian.store.Principal;
import org.custodian.store.internal.jdbc.Jdbc;
import org.custodian.store.internal.jdbc.PatientKeys;

/** {@link PatientRegistry} on PATIENT and PATIENT_LINK (V003), the policy in SETTING. */
public final class DerbyPatientRegistry implements PatientRegistry {
	static final String LOCAL = "patients.local-authorities";
	static final String FOREIGN = "patients.foreign-authorities";
	private static final String DETAILS = "FAMILY_NAME, GIVEN_NAME, BIRTH_DATE, SEX, ADDRESS, POSTCODE, PHONE, NOK_NAME,"
			+ " NOK_PHONE, NOK_ADDRESS";

	private final ConnectionSource db;
	private final DerbyAlertStore settings;
	private final Supplier<Principal> principal;
	private volatile IdentifierPolicy policy;

	/** @param principal the signed-in user, whose role changes are checked against; null for the store's own use */
	public DerbyPatientRegistry(ConnectionSource db, DerbyAlertStore settings, Supplier<Principal> principal) {
		this.db = db;
		this.settings = settings;
		this.principal = principal;
	}

	private void require() {
		if (principal != null) {
			principal.get().require(Permission.CHANGE_ACCESS);
		}
	}

	@Override
	public IdentifierPolicy policy() {
		IdentifierPolicy p = policy;
		if (p == null) {
			p = new IdentifierPolicy(names(settings.setting(LOCAL)), names(settings.setting(FOREIGN)));
			policy = p;
		}
		return p;
	}

	/** The policy, read in the caller's transaction when not known yet (an import reads it with its batch). */
	public IdentifierPolicy policy(Connection c) throws SQLException {
		IdentifierPolicy p = policy;
		if (p == null) {
			p = new IdentifierPolicy(names(settings.setting(c, LOCAL)), names(settings.setting(c, FOREIGN)));
			policy = p;
		}
		return p;
	}

	@Override
	public long setPolicy(IdentifierPolicy newPolicy) {
		require();
		settings.setting(LOCAL, String.join(",", newPolicy.localAuthorities()));
		settings.setting(FOREIGN, String.join(",", newPolicy.foreignAuthorities()));
		policy = newPolicy;
		return new PatientRekey(db, newPolicy).all();
	}

	/** Keys what the migrations could not (CX identifiers stored before V003); run once the store opens. */
	public long rekeyPending() {
		return new PatientRekey(db, policy()).pending();
	}

	@Override
	public Set<String> keysOf(String raw) {
		String key = key(raw);
		if (key == null) {
			return Set.of();
		}
		// a bare ten-digit number with a valid check digit, as a user types an NHS number, is searched as one too
		String nhs = raw.strip().replace(" ", "");
		boolean maybeNhs = !raw.contains("^") && PatientIdentifier.validNhsNumber(nhs);
		return Jdbc.transaction(db, "The patient's identifiers could not be read", c -> {
			Set<String> keys = linkedKeys(c, key);
			if (maybeNhs) {
				keys.addAll(linkedKeys(c, IdentifierPolicy.NHS_PREFIX + nhs));
			}
			return keys;
		});
	}

	static Set<String> linkedKeys(Connection c, String key) throws SQLException {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(key);
		try (PreparedStatement ps = c.prepareStatement("SELECT L2.PATIENT_KEY FROM PATIENT_LINK L1 JOIN PATIENT_LINK L2"
				+ " ON L1.PERSON_ID = L2.PERSON_ID WHERE L1.PATIENT_KEY = ? ORDER BY L2.PATIENT_KEY")) {
			ps.setString(1, PatientKeys.stored(key));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					keys.add(rs.getString(1));
				}
			}
		}
		return keys;
	}

	@Override
	public long record(PatientDemographics patient) {
		require();
		IdentifierPolicy p = policy();
		return Jdbc.transaction(db, "The patient was not recorded", c -> {
			Long person = null;
			for (PatientIdentifier id : patient.identifiers()) {
				person = person != null ? person : personOf(c, p.key(id));
			}
			if (person == null) {
				person = insertPerson(c, patient);
			} else {
				updatePerson(c, person, patient);
			}
			for (PatientIdentifier id : patient.identifiers()) {
				link(c, p.key(id), person, id.toCx());
			}
			return person;
		});
	}

	@Override
	public boolean merge(PatientIdentifier survivor, PatientIdentifier prior) {
		require();
		IdentifierPolicy p = policy();
		return Jdbc.transaction(db, "The patients were not merged", c -> {
			Long from = personOf(c, p.key(prior));
			if (from == null) {
				return false;
			}
			Long to = personOf(c, p.key(survivor));
			if (to == null) {
				to = insertPerson(c, new PatientDemographics(List.of(survivor), null, null, null, null, null, null, null,
						null, null, null));
				link(c, p.key(survivor), to, survivor.toCx());
			}
			if (!to.equals(from)) {
				try (PreparedStatement move = c.prepareStatement("UPDATE PATIENT_LINK SET PERSON_ID = ? WHERE PERSON_ID = ?")) {
					move.setLong(1, to);
					move.setLong(2, from);
					move.executeUpdate();
				}
				try (PreparedStatement drop = c.prepareStatement("DELETE FROM PATIENT WHERE PERSON_ID = ?")) {
					drop.setLong(1, from);
					drop.executeUpdate();
				}
			}
			return true;
		});
	}

	@Override
	public Optional<PatientDemographics> find(String raw) {
		String key = key(raw);
		if (key == null) {
			return Optional.empty();
		}
		// as keysOf: a bare number that is a valid NHS number finds the patient by it when nothing else does
		String nhs = raw.strip().replace(" ", "");
		boolean maybeNhs = !raw.contains("^") && PatientIdentifier.validNhsNumber(nhs);
		return Jdbc.transaction(db, "The patient could not be read", c -> {
			Long person = personOf(c, key);
			if (person == null && maybeNhs) {
				person = personOf(c, IdentifierPolicy.NHS_PREFIX + nhs);
			}
			return person == null ? Optional.<PatientDemographics>empty() : Optional.ofNullable(read(c, person));
		});
	}

	@Override
	public List<PatientDemographics> findByNameAndBirth(String familyName, String givenName, LocalDate birthDate) {
		if (familyName == null || birthDate == null) {
			return List.of();
		}
		return Jdbc.transaction(db, "The patients could not be read", c -> {
			List<Long> persons = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT PERSON_ID, FAMILY_NAME, GIVEN_NAME FROM PATIENT"
					+ " WHERE BIRTH_DATE = ? ORDER BY PERSON_ID")) {
				ps.setDate(1, Date.valueOf(birthDate));
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						if (familyName.equalsIgnoreCase(rs.getString(2))
								&& (givenName == null || givenName.equalsIgnoreCase(rs.getString(3)))) {
							persons.add(rs.getLong(1));
						}
					}
				}
			}
			List<PatientDemographics> result = new ArrayList<>();
			for (long p : persons) {
				result.add(read(c, p));
			}
			return result;
		});
	}

	@Override
	public java.util.Map<String, Long> familyNameCounts() {
		return Jdbc.transaction(db, "The patients' surnames could not be counted", c -> {
			java.util.Map<String, Long> counts = new java.util.HashMap<>();
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT UPPER(FAMILY_NAME), COUNT(*) FROM PATIENT WHERE FAMILY_NAME IS NOT NULL GROUP BY UPPER(FAMILY_NAME)");
					ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					counts.put(rs.getString(1).strip(), rs.getLong(2));
				}
			}
			return counts;
		});
	}

	@Override
	public long count() {
		return Jdbc.transaction(db, "The patients could not be counted", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM PATIENT");
					ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	private static Long personOf(Connection c, String key) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT PERSON_ID FROM PATIENT_LINK WHERE PATIENT_KEY = ?")) {
			ps.setString(1, PatientKeys.stored(key));
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? rs.getLong(1) : null;
			}
		}
	}

	private static void link(Connection c, String key, long person, String identifier) throws SQLException {
		try (PreparedStatement update = c
				.prepareStatement("UPDATE PATIENT_LINK SET PERSON_ID = ?, IDENTIFIER = ? WHERE PATIENT_KEY = ?")) {
			update.setLong(1, person);
			update.setString(2, Text.fit(identifier, 1000));
			update.setString(3, PatientKeys.stored(key));
			if (update.executeUpdate() > 0) {
				return;
			}
		}
		try (PreparedStatement insert = c
				.prepareStatement("INSERT INTO PATIENT_LINK (PATIENT_KEY, PERSON_ID, IDENTIFIER) VALUES (?, ?, ?)")) {
			insert.setString(1, PatientKeys.stored(key));
			insert.setLong(2, person);
			insert.setString(3, Text.fit(identifier, 1000));
			insert.executeUpdate();
		}
	}

	private static long insertPerson(Connection c, PatientDemographics d) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO PATIENT (" + DETAILS + ", UPDATED_AT)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
			bind(ps, d);
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	private static void updatePerson(Connection c, long person, PatientDemographics d) throws SQLException {
		String set = Arrays.stream(DETAILS.split(", ")).map(col -> col + " = ?").collect(Collectors.joining(", "));
		try (PreparedStatement ps = c
				.prepareStatement("UPDATE PATIENT SET " + set + ", UPDATED_AT = ? WHERE PERSON_ID = ?")) {
			bind(ps, d);
			ps.setLong(12, person);
			ps.executeUpdate();
		}
	}

	private static void bind(PreparedStatement ps, PatientDemographics d) throws SQLException {
		ps.setString(1, Text.fit(d.familyName(), 256));
		ps.setString(2, Text.fit(d.givenName(), 256));
		ps.setDate(3, d.birthDate() == null ? null : Date.valueOf(d.birthDate()));
		ps.setString(4, Text.fit(d.sex(), 16));
		ps.setString(5, Text.fit(d.address(), 1000));
		ps.setString(6, Text.fit(d.postcode() == null ? null : d.postcode().toUpperCase(Locale.ROOT), 16));
		ps.setString(7, Text.fit(d.phone(), 64));
		ps.setString(8, Text.fit(d.nextOfKin(), 256));
		ps.setString(9, Text.fit(d.nextOfKinPhone(), 64));
		ps.setString(10, Text.fit(d.nextOfKinAddress(), 1000));
		ps.setTimestamp(11, Timestamp.from(Instant.now()));
	}

	private static PatientDemographics read(Connection c, long person) throws SQLException {
		List<PatientIdentifier> ids = new ArrayList<>();
		try (PreparedStatement ps = c
				.prepareStatement("SELECT IDENTIFIER FROM PATIENT_LINK WHERE PERSON_ID = ? ORDER BY PATIENT_KEY")) {
			ps.setLong(1, person);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(PatientIdentifier.parse(rs.getString(1)));
				}
			}
		}
		if (ids.isEmpty()) {
			return null;
		}
		try (PreparedStatement ps = c.prepareStatement("SELECT " + DETAILS + " FROM PATIENT WHERE PERSON_ID = ?")) {
			ps.setLong(1, person);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				Date birth = rs.getDate(3);
				return new PatientDemographics(ids, rs.getString(1), rs.getString(2),
						birth == null ? null : birth.toLocalDate(), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
			}
		}
	}

	private static Set<String> names(String csv) {
		return csv == null || csv.isBlank() ? Set.of() : Set.of(csv.split(","));
	}
}
