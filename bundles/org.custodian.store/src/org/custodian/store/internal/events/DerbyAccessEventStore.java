package org.custodian.store.internal.events;

import static org.custodian.store.internal.events.EventColumns.fit;

import java.nio.ByteBuffer;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.IdentifierPolicy;
import org.custodian.store.BatchResult;
import org.custodian.store.ConnectionSource;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.ImportRun;
import org.custodian.store.QuarantinedRecord;
import org.custodian.store.StoreException;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.jdbc.Dialect;
import org.custodian.store.internal.jdbc.Jdbc;
import org.custodian.store.internal.review.DerbyAlertStore;
import org.custodian.store.internal.review.DerbyPatientRegistry;
import org.custodian.store.internal.jdbc.StoreFailures;
import org.custodian.store.internal.jdbc.StoredHashes;
import org.custodian.store.internal.jdbc.UtcTimes;

/**
 * {@link AccessEventStore} on the tables of V001__access_events.sql, in portable SQL (Derby today). Every
 * method takes its own connection from the {@link ConnectionSource}, commits or rolls back, and closes it;
 * the class holds no state and is safe to share between threads.
 */
public final class DerbyAccessEventStore implements AccessEventStore {

	/**
	 * How often a batch is tried: once trusting the probe (see {@link #store}), and again when the unique index
	 * refused a row, because the probe missed a stored event or a concurrent import stored some of the same events
	 * first.
	 */
	private static final int ATTEMPTS = 4;

	private final ConnectionSource db;
	private final DerbyPatientRegistry patients;
	/** Which database the events go to, asked of the first connection. */
	private volatile Dialect dialect;
	/** PostgreSQL: whether the signed-in role is held to its trust by row-level security (asked once). */
	private volatile Boolean rowSecurity;
	/** PostgreSQL: the months whose partition of ACCESS_EVENT is known to exist. */
	private final Set<java.time.LocalDateTime> months = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * An event store whose patient keys follow the policy stored in the database, with no signed-in user behind
	 * it (for the store's own tools and benchmarks; the console's store is built by StoreComponent).
	 */
	public DerbyAccessEventStore(ConnectionSource db) {
		this(db, new DerbyPatientRegistry(db, new DerbyAlertStore(db), null));
	}

	/** @param patients gives each stored identifier its key, and a searched one every key of its patient */
	public DerbyAccessEventStore(ConnectionSource db, DerbyPatientRegistry patients) {
		this.db = Objects.requireNonNull(db, "db");
		this.patients = Objects.requireNonNull(patients, "patients");
	}

	@Override
	public long beginImport(String source, String format) {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(format, "format");
		return transaction("The import of " + source + " could not be started", c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"INSERT INTO IMPORT_RUN (SOURCE, FORMAT, STARTED, STATUS) VALUES (?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				ps.setString(1, fit(source, EventColumns.RUN_SOURCE));
				ps.setString(2, fit(format, EventColumns.RUN_FORMAT));
				UtcTimes.set(ps, 3, Instant.now());
				ps.setString(4, ImportRun.RUNNING);
				ps.executeUpdate();
				try (ResultSet keys = ps.getGeneratedKeys()) {
					keys.next();
					return keys.getLong(1);
				}
			}
		});
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * In one transaction: drops events repeated within the batch, looks up which of the rest are stored
	 * already (by content hash, {@link StoredHashes}), inserts the new ones as one JDBC batch, inserts the
	 * quarantined records and adds to the run's totals. Text longer than its column is cut to the column's
	 * width rather than failing the batch (see EventColumns). If another import stores some of the same
	 * events between the look-up and the insert, the unique index refuses them and the batch is retried.
	 *
	 * @throws StoreException if the run does not exist or the database fails; then nothing of the batch is
	 *                        stored and earlier batches are untouched
	 */
	@Override
	public BatchResult commitBatch(long importId, List<AccessEvent> events, List<QuarantinedRecord> quarantined,
			String position) {
		List<AccessEvent> newEvents = events == null ? List.of() : events;
		List<QuarantinedRecord> problems = quarantined == null ? List.of() : quarantined;
		boolean copy;
		try {
			copy = dialect() == Dialect.POSTGRESQL;
			if (copy) {
				PostgresEventCopy.ensureMonths(db, months, newEvents);
				if (rowSecurity == null) {
					rowSecurity = Jdbc.inTransaction(db, PostgresEventCopy::rowSecurity);
				}
			}
		} catch (SQLException e) {
			throw StoreFailures.of("The access events up to " + position + " were not stored (earlier batches"
					+ " are kept, and importing the file again adds only what is missing)", e);
		}
		for (int attempt = 1;; attempt++) {
			// the first attempt trusts a probe of two hashes; once the unique index has refused a row, every
			// hash is looked up
			boolean lookUpAll = attempt > 1;
			try {
				boolean staged = copy && rowSecurity;
				return inTransaction(c -> store(c, importId, newEvents, problems, position, lookUpAll, patients.policy(c),
						copy, staged));
			} catch (SQLException e) {
				if (attempt < ATTEMPTS && isDuplicateKey(e)) {
					continue;
				}
				throw StoreFailures.of("The access events up to " + position + " were not stored (earlier batches"
						+ " are kept, and importing the file again adds only what is missing)", e);
			}
		}
	}

	/**
	 * Stores a batch in the connection's transaction. Which events are stored already is found in one of two
	 * ways. A batch of a new file is usually all new: then the first and last events are looked up, and if
	 * neither is stored the rows are inserted straight away, and the unique index on CONTENT_HASH refuses any
	 * duplicate the probe missed (commitBatch then rolls back and tries again with {@code lookUpAll}). Otherwise
	 * every hash is looked up first. The probe spares a first import the look-up of every hash (20 queries per
	 * batch of 5,000) and costs a re-import one query.
	 */
	private static BatchResult store(Connection c, long importId, List<AccessEvent> events,
			List<QuarantinedRecord> quarantined, String position, boolean lookUpAll, IdentifierPolicy policy,
			boolean copy, boolean staged) throws SQLException {
		lockRun(c, importId);
		Map<ByteBuffer, AccessEvent> unique = new LinkedHashMap<>(events.size() * 2);
		for (AccessEvent e : events) {
			unique.putIfAbsent(ByteBuffer.wrap(e.contentHash()), e);
		}
		List<byte[]> hashes = unique.keySet().stream().map(ByteBuffer::array).toList();
		Set<ByteBuffer> stored = Set.of();
		if (lookUpAll || hashes.size() <= 2 || !StoredHashes.among(c, "ACCESS_EVENT", "CONTENT_HASH",
				"ACCESS_EVENT_HASH", List.of(hashes.get(0), hashes.get(hashes.size() - 1))).isEmpty()) {
			stored = StoredHashes.among(c, "ACCESS_EVENT", "CONTENT_HASH", "ACCESS_EVENT_HASH", hashes);
		}
		int inserted = 0;
		if (copy) {
			inserted = PostgresEventCopy.copyNew(c, importId, unique, stored, policy, staged);
		} else {
			inserted = EventRows.insertNew(c, importId, unique, stored, policy);
		}
		if (!quarantined.isEmpty()) {
			insertQuarantine(c, importId, quarantined);
		}
		int duplicates = events.size() - inserted;
		try (PreparedStatement ps = c.prepareStatement("UPDATE IMPORT_RUN SET IMPORTED = IMPORTED + ?,"
				+ " DUPLICATES = DUPLICATES + ?, QUARANTINED = QUARANTINED + ?, LAST_POSITION = ? WHERE ID = ?")) {
			ps.setLong(1, inserted);
			ps.setLong(2, duplicates);
			ps.setLong(3, quarantined.size());
			ps.setString(4, fit(position, EventColumns.POSITION));
			ps.setLong(5, importId);
			ps.executeUpdate();
		}
		return new BatchResult(inserted, duplicates, quarantined.size());
	}

	private Dialect dialect() throws SQLException {
		Dialect d = dialect;
		if (d == null) {
			try (Connection c = db.connection()) {
				d = Dialect.of(c);
				c.commit();
			}
			dialect = d;
		}
		return d;
	}

	/**
	 * Checks that the run exists before anything is written, and holds its row until commit so that two
	 * threads committing to the same run add to its totals one after the other.
	 */
	private static void lockRun(Connection c, long importId) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("UPDATE IMPORT_RUN SET STATUS = STATUS WHERE ID = ?")) {
			ps.setLong(1, importId);
			if (ps.executeUpdate() != 1) {
				throw noSuchRun(importId);
			}
		}
	}

	private static void insertQuarantine(Connection c, long importId, List<QuarantinedRecord> records)
			throws SQLException {
		Instant now = Instant.now();
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO QUARANTINE (IMPORT_ID, SOURCE, POSITION, REASON,"
				+ " EXCERPT, RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (QuarantinedRecord q : records) {
				ps.setLong(1, importId);
				ps.setString(2, fit(q.source(), EventColumns.QUARANTINE_SOURCE));
				ps.setString(3, fit(q.position(), EventColumns.POSITION));
				ps.setString(4, fit(q.reason(), EventColumns.REASON));
				ps.setString(5, fit(q.excerpt(), EventColumns.EXCERPT));
				UtcTimes.set(ps, 6, now);
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	@Override
	public void finishImport(long importId, String status) {
		if (!List.of(ImportRun.RUNNING, ImportRun.COMPLETED, ImportRun.CANCELLED, ImportRun.FAILED).contains(status)) {
			throw new IllegalArgumentException("unknown import status " + status);
		}
		transaction("The end of import " + importId + " could not be recorded", c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"UPDATE IMPORT_RUN SET STATUS = ?, FINISHED = ? WHERE ID = ?")) {
				ps.setString(1, status);
				UtcTimes.set(ps, 2, ImportRun.RUNNING.equals(status) ? null : Instant.now());
				ps.setLong(3, importId);
				if (ps.executeUpdate() != 1) {
					throw noSuchRun(importId);
				}
				return null;
			}
		});
	}

	/** The run, or null when there is no run with this id. */
	@Override
	public ImportRun importRun(long importId) {
		return transaction("Import run " + importId + " could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT ID, SOURCE, FORMAT, STARTED, FINISHED, STATUS,"
					+ " IMPORTED, DUPLICATES, QUARANTINED, LAST_POSITION FROM IMPORT_RUN WHERE ID = ?")) {
				ps.setLong(1, importId);
				try (ResultSet rs = ps.executeQuery()) {
					return !rs.next() ? null
							: new ImportRun(rs.getLong(1), rs.getString(2), rs.getString(3), UtcTimes.get(rs, 4),
									UtcTimes.get(rs, 5), rs.getString(6), rs.getLong(7), rs.getLong(8),
									rs.getLong(9), rs.getString(10));
				}
			}
		});
	}

	/** The run's quarantined records in the order they were found. */
	@Override
	public List<QuarantinedRecord> quarantine(long importId) {
		return transaction("The quarantined records of import " + importId + " could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT SOURCE, POSITION, REASON, EXCERPT FROM QUARANTINE WHERE IMPORT_ID = ? ORDER BY ID")) {
				ps.setLong(1, importId);
				List<QuarantinedRecord> result = new ArrayList<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						result.add(new QuarantinedRecord(rs.getString(1), rs.getString(2), rs.getString(3),
								rs.getString(4)));
					}
				}
				return result;
			}
		});
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * All events are counted from the import runs' totals, not from the table: Derby counts rows by reading a
	 * whole index, seconds for millions of events, and this count is the first thing the event grid asks for.
	 * The totals are exact because every row of ACCESS_EVENT is inserted by {@link #commitBatch}, in the same
	 * transaction that adds the number inserted to its run, and no event is ever deleted. Whatever deletes
	 * events one day must take them off their run's IMPORTED in the same transaction.
	 */
	@Override
	public long count(EventFilter filter) {
		EventQuery query = new EventQuery(filter, patients::keysOf);
		return transaction("The access events could not be counted", c -> {
			String sql = query.where().isEmpty() ? "SELECT COALESCE(SUM(IMPORTED), 0) FROM IMPORT_RUN"
					: "SELECT COUNT(*) FROM ACCESS_EVENT" + query.where();
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				query.bind(ps);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/** {@inheritDoc} A limit below 1 gives an empty page. */
	@Override
	public List<StoredEvent> pageAfter(EventFilter filter, EventOrder order, StoredEvent last, long skip, int limit) {
		if (skip < 0) {
			throw new IllegalArgumentException("skip " + skip + " < 0");
		}
		if (limit < 1) {
			return List.of();
		}
		EventQuery query = new EventQuery(filter, patients::keysOf);
		EventSeek seek = EventSeek.after(order, filter, last);
		return transaction("The access events could not be read", c -> {
			List<StoredEvent> result = seekPage(c, query, seek, order, skip, limit);
			if (result.size() < limit && seek.continuesIntoNullGroup()) {
				// past the last user (or patient): the rows without one come last in the order. The skip was used
				// up unless the first seek found nothing, and then it is what is left of it after those rows.
				long left = result.isEmpty() ? Math.max(0, skip - countAfter(c, query, seek)) : 0;
				result = new ArrayList<>(result);
				result.addAll(seekPage(c, query, EventSeek.nullGroup(order, filter, null), order, left,
						limit - result.size()));
			}
			return result;
		});
	}

	private static List<StoredEvent> seekPage(Connection c, EventQuery query, EventSeek seek, EventOrder order,
			long skip, int limit) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT " + EventRows.COLUMNS + " FROM ACCESS_EVENT"
				+ where(query, seek) + " ORDER BY " + order.sql() + (skip > 0 ? " OFFSET ? ROWS" : "")
				+ " FETCH NEXT ? ROWS ONLY")) {
			int i = seek.bind(ps, query.bind(ps));
			if (skip > 0) {
				ps.setLong(i++, skip);
			}
			ps.setInt(i, limit);
			return rows(ps, limit);
		}
	}

	private static long countAfter(Connection c, EventQuery query, EventSeek seek) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ACCESS_EVENT" + where(query, seek))) {
			seek.bind(ps, query.bind(ps));
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static String where(EventQuery query, EventSeek seek) {
		String condition = seek.condition();
		if (condition.isEmpty()) {
			return query.where();
		}
		return query.where().isEmpty() ? " WHERE " + condition.substring(" AND ".length()) : query.where() + condition;
	}

	@Override
	public List<StoredEvent> after(long id, int limit) {
		if (limit < 1) {
			return List.of();
		}
		return transaction("The new access events could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT " + EventRows.COLUMNS
					+ " FROM ACCESS_EVENT WHERE ID > ? ORDER BY ID FETCH NEXT ? ROWS ONLY")) {
				ps.setLong(1, id);
				ps.setInt(2, limit);
				return rows(ps, limit);
			}
		});
	}

	@Override
	public List<StoredEvent> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return transaction("The access events of the case could not be read", c -> {
			List<StoredEvent> result = new ArrayList<>();
			// in slices: one statement text per slice size keeps Derby's statement cache small
			for (int from = 0; from < ids.size(); from += 100) {
				List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 100));
				String marks = String.join(", ", java.util.Collections.nCopies(slice.size(), "?"));
				try (PreparedStatement ps = c.prepareStatement(
						"SELECT " + EventRows.COLUMNS + " FROM ACCESS_EVENT WHERE ID IN (" + marks + ")")) {
					for (int i = 0; i < slice.size(); i++) {
						ps.setLong(i + 1, slice.get(i));
					}
					result.addAll(rows(ps, slice.size()));
				}
			}
			result.sort(java.util.Comparator.comparing((StoredEvent e) -> e.event().time())
					.thenComparingLong(StoredEvent::id).reversed());
			return result;
		});
	}

	@Override
	public Map<String, Long> countsByUser(Instant from, Instant to) {
		return transaction("The access events per user could not be counted", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT USER_ID, COUNT(*) FROM ACCESS_EVENT"
					+ " WHERE EVENT_TIME >= ? AND EVENT_TIME < ? AND USER_ID IS NOT NULL GROUP BY USER_ID")) {
				UtcTimes.set(ps, 1, from);
				UtcTimes.set(ps, 2, to);
				Map<String, Long> counts = new java.util.HashMap<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						counts.put(rs.getString(1), rs.getLong(2));
					}
				}
				return counts;
			}
		});
	}

	@Override
	public Map<java.time.LocalDate, Long> countsByDay(EventFilter filter) {
		EventQuery query = new EventQuery(filter, patients::keysOf);
		return transaction("The access events per day could not be counted", c -> {
			// DATE(timestamp) is Derby's and most databases' spelling; CAST(... AS DATE) is the standard one
			try (PreparedStatement ps = c.prepareStatement("SELECT CAST(EVENT_TIME AS DATE), COUNT(*) FROM ACCESS_EVENT"
					+ query.where() + " GROUP BY CAST(EVENT_TIME AS DATE) ORDER BY 1")) {
				query.bind(ps);
				Map<java.time.LocalDate, Long> counts = new java.util.TreeMap<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						counts.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
					}
				}
				return counts;
			}
		});
	}

	private static List<StoredEvent> rows(PreparedStatement ps, int expected) throws SQLException {
		List<StoredEvent> result = new ArrayList<>(Math.min(expected, 1000));
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				result.add(EventRows.read(rs));
			}
		}
		return result;
	}

	private <T> T inTransaction(Jdbc.Work<T> work) throws SQLException {
		return Jdbc.inTransaction(db, work);
	}

	private <T> T transaction(String failure, Jdbc.Work<T> work) {
		return Jdbc.transaction(db, failure, work);
	}

	private static StoreException noSuchRun(long importId) {
		return new StoreException("There is no import run " + importId + " in this database; start the import again.");
	}

	/** True when the unique index on CONTENT_HASH refused a row (SQLState 23505), anywhere in the chain. */
	private static boolean isDuplicateKey(SQLException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException s) {
				if ("23505".equals(s.getSQLState())) {
					return true;
				}
				if (s instanceof BatchUpdateException && s.getNextException() != null
						&& "23505".equals(s.getNextException().getSQLState())) {
					return true;
				}
			}
		}
		return false;
	}
}
