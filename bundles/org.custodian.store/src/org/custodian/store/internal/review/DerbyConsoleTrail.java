package org.custodian.store.internal.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.custodian.store.ConnectionSource;
import org.custodian.store.ConsoleTrail;
import org.custodian.store.Permission;
import org.custodian.store.Principal;
import org.custodian.store.TrailEntry;
import org.custodian.store.TrailVerification;
import org.custodian.store.internal.jdbc.Jdbc;
import org.custodian.store.internal.jdbc.StoreFailures;
import org.custodian.store.internal.jdbc.UtcTimes;

/**
 * {@link ConsoleTrail} on CONSOLE_TRAIL (V002). Entry n's hash is SHA-256 over entry n-1's hash and entry n's
 * fields; the first entry chains from 64 zeros. The head (last sequence number and hash) is also kept in
 * SETTING, so that removing the newest entries, which leaves a shorter but consistent chain, is detected too.
 */
public final class DerbyConsoleTrail implements ConsoleTrail {
	static final String GENESIS = "0".repeat(64);
	private static final String HEAD = "trail.head";
	private static final String COLUMNS = "SEQ, AT_TIME, USER_NAME, ACTION, SUBJECT, DETAIL, PREV_HASH, HASH";
	private static final int ATTEMPTS = 5;

	private final ConnectionSource db;
	private final DerbyAlertStore settings;

	/** Who reads, when reading needs {@link Permission#VIEW_CONSOLE_TRAIL}; null for the store's own use. */
	private final Supplier<Principal> reader;

	public DerbyConsoleTrail(ConnectionSource db, DerbyAlertStore settings) {
		this(db, settings, null);
	}

	/** A trail whose entries only roles with {@link Permission#VIEW_CONSOLE_TRAIL} read; anyone appends. */
	public DerbyConsoleTrail(ConnectionSource db, DerbyAlertStore settings, Supplier<Principal> reader) {
		this.db = db;
		this.settings = settings;
		this.reader = reader;
	}

	private void mayRead() {
		if (reader != null) {
			reader.get().require(Permission.VIEW_CONSOLE_TRAIL);
		}
	}

	@Override
	public TrailEntry append(String user, String action, String subject, String detail) {
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(action, "action");
		// milliseconds: what the TIMESTAMP column keeps exactly, so the hash can be recomputed from the row
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		for (int attempt = 1;; attempt++) {
			try {
				return Jdbc.inTransaction(db, c -> append(c, now, Text.fit(user, 128), Text.fit(action, 64),
						Text.fit(subject, 256), Text.fit(detail, 1000)));
			} catch (SQLException e) {
				// two consoles appending at once: the primary key refuses the second; read the new head and retry
				if (attempt < ATTEMPTS && "23505".equals(e.getSQLState())) {
					continue;
				}
				throw StoreFailures.of("The console's own trail could not be written, so the view was not shown", e);
			}
		}
	}

	private TrailEntry append(Connection c, Instant at, String user, String action, String subject, String detail)
			throws SQLException {
		long seq = 1;
		String previous = GENESIS;
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT SEQ, HASH FROM CONSOLE_TRAIL ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY");
				ResultSet rs = ps.executeQuery()) {
			if (rs.next()) {
				seq = rs.getLong(1) + 1;
				previous = rs.getString(2);
			}
		}
		String hash = hash(previous, seq, at, user, action, subject, detail);
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO CONSOLE_TRAIL (" + COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			ps.setLong(1, seq);
			UtcTimes.set(ps, 2, at);
			ps.setString(3, user);
			ps.setString(4, action);
			ps.setString(5, subject);
			ps.setString(6, detail);
			ps.setString(7, previous);
			ps.setString(8, hash);
			ps.executeUpdate();
		}
		settings.setting(c, HEAD, seq + " " + hash);
		return new TrailEntry(seq, at, user, action, subject, detail, previous, hash);
	}

	@Override
	public List<TrailEntry> entries(long fromSeq, int limit) {
		mayRead();
		return Jdbc.transaction(db, "The console trail could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
					+ " FROM CONSOLE_TRAIL WHERE SEQ >= ? ORDER BY SEQ FETCH NEXT ? ROWS ONLY")) {
				ps.setLong(1, fromSeq);
				ps.setInt(2, Math.max(1, limit));
				return read(ps);
			}
		});
	}

	@Override
	public List<TrailEntry> newest(long offset, int limit) {
		mayRead();
		return Jdbc.transaction(db, "The console trail could not be read", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
					+ " FROM CONSOLE_TRAIL ORDER BY SEQ DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				ps.setLong(1, offset);
				ps.setInt(2, Math.max(1, limit));
				return read(ps);
			}
		});
	}

	@Override
	public long count() {
		mayRead();
		return Jdbc.transaction(db, "The console trail could not be counted", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM CONSOLE_TRAIL");
					ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	@Override
	public TrailVerification verify() {
		mayRead();
		long expected = 1;
		String previous = GENESIS;
		while (true) {
			List<TrailEntry> page = entries(expected, 1000);
			for (TrailEntry e : page) {
				if (e.seq() != expected) {
					return new TrailVerification(expected - 1, expected,
							"entries " + expected + (e.seq() - 1 > expected ? " to " + (e.seq() - 1) : "")
									+ " are missing (deleted)");
				}
				if (!e.previousHash().equals(previous)) {
					return new TrailVerification(expected - 1, e.seq(),
							"entry " + e.seq() + " does not follow from entry " + (e.seq() - 1)
									+ " (an entry was replaced or inserted)");
				}
				String recomputed = hash(previous, e.seq(), e.time(), e.user(), e.action(), e.subject(), e.detail());
				if (!recomputed.equals(e.hash())) {
					return new TrailVerification(expected - 1, e.seq(), "entry " + e.seq() + " was changed after it"
							+ " was written (its content no longer matches its hash)");
				}
				previous = e.hash();
				expected++;
			}
			if (page.size() < 1000) {
				break;
			}
		}
		long entries = expected - 1;
		String head = settings.setting(HEAD);
		if (head != null) {
			long headSeq = Long.parseLong(head.substring(0, head.indexOf(' ')));
			String headHash = head.substring(head.indexOf(' ') + 1);
			if (headSeq > entries) {
				return new TrailVerification(entries, entries + 1,
						"entries " + (entries + 1) + " to " + headSeq + " are missing (the newest were deleted)");
			}
			if (headSeq == entries && !headHash.equals(previous)) {
				return new TrailVerification(entries, entries, "the newest entry does not match the recorded head");
			}
		} else if (entries > 0) {
			return new TrailVerification(entries, 1, "the trail's recorded head is missing");
		}
		return new TrailVerification(entries, -1, null);
	}

	static String hash(String previous, long seq, Instant at, String user, String action, String subject,
			String detail) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Object f : new Object[] { previous, seq, at.toEpochMilli(), user, action, subject, detail }) {
				sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private static List<TrailEntry> read(PreparedStatement ps) throws SQLException {
		List<TrailEntry> result = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				result.add(new TrailEntry(rs.getLong(1), UtcTimes.get(rs, 2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
			}
		}
		return result;
	}
}
