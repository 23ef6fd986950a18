package org.custodian.store.internal.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.custodian.store.MovedTable;
import org.custodian.store.internal.jdbc.UtcTimes;

/**
 * One table of a store move: its columns on both sides (the source's, by name; Derby's names are upper case,
 * PostgreSQL's migration tables lower case and its entity tables upper case), how a row is copied, and the hash
 * of its content: SHA-256 of each row's values in a form both databases give alike (UTC times to the microsecond,
 * PostgreSQL's precision; hex bytes; numbers), summed modulo 2^256 so that the order the rows come in does not matter.
 */
record TableCopy(String sourceTable, String targetName, List<String> columns, List<String> targetColumns,
		List<Integer> types) {
	private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

	static TableCopy of(Connection from, Connection to, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		List<Integer> types = new ArrayList<>();
		try (ResultSet rs = from.getMetaData().getColumns(null, from.getSchema(), table, "%")) {
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME"));
				types.add(rs.getInt("DATA_TYPE"));
			}
		}
		String targetTable = null;
		try (ResultSet rs = to.getMetaData().getTables(null, to.getSchema(), "%", new String[] { "TABLE",
				"PARTITIONED TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME");
				if (name.equals(table) || (targetTable == null && name.equalsIgnoreCase(table))) {
					targetTable = name;
				}
			}
		}
		if (targetTable == null) {
			throw new SQLException("The PostgreSQL store has no table " + table + ": its schema is older than the"
					+ " Derby database's. Update the console there first.", "42P01");
		}
		Map<String, String> targetColumns = new TreeMap<>();
		try (ResultSet rs = to.getMetaData().getColumns(null, to.getSchema(), targetTable, "%")) {
			while (rs.next()) {
				targetColumns.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getString("COLUMN_NAME"));
			}
		}
		List<String> theirs = new ArrayList<>();
		for (String c : columns) {
			String t = targetColumns.get(c.toUpperCase(Locale.ROOT));
			if (t == null) {
				throw new SQLException("The PostgreSQL store's " + targetTable + " has no column " + c, "42703");
			}
			theirs.add(t);
		}
		return new TableCopy(table, to.getSchema() + "." + quote(targetTable), columns, theirs, types);
	}

	static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	String sourceColumns() {
		List<String> quoted = new ArrayList<>();
		columns.forEach(c -> quoted.add(quote(c)));
		return String.join(", ", quoted);
	}

	String insert() {
		List<String> quoted = new ArrayList<>();
		targetColumns.forEach(c -> quoted.add(quote(c)));
		return "INSERT INTO " + targetName + " (" + String.join(", ", quoted) + ") VALUES ("
				+ String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
	}

	void bind(ResultSet rs, PreparedStatement ps) throws SQLException {
		for (int i = 1; i <= columns.size(); i++) {
			switch (types.get(i - 1)) {
			case Types.TIMESTAMP -> {
				// cut to PostgreSQL's microseconds here (the server would round): what the hash compares
				java.time.Instant t = UtcTimes.get(rs, i);
				UtcTimes.set(ps, i, t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
			}
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> ps.setBytes(i, rs.getBytes(i));
			case Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
				long v = rs.getLong(i);
				if (rs.wasNull()) {
					ps.setNull(i, types.get(i - 1));
				} else if (types.get(i - 1) == Types.BIGINT) {
					ps.setLong(i, v);
				} else {
					ps.setInt(i, (int) v);
				}
			}
			default -> ps.setObject(i, rs.getObject(i));
			}
		}
	}

	/** The largest ID copied so far (the access events are copied in ID order), or Long.MIN_VALUE. */
	long lastCopiedId(Connection to) throws SQLException {
		try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM " + targetName)) {
			rs.next();
			long max = rs.getLong(1);
			return rs.wasNull() ? Long.MIN_VALUE : max;
		}
	}

	/** Moves each of the table's sequences past the largest value copied, so new rows get new ids. */
	void resetSequences(Connection to) throws SQLException {
		for (String column : targetColumns) {
			String sequence;
			try (PreparedStatement ps = to.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
				ps.setString(1, targetName);
				ps.setString(2, column);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					sequence = rs.getString(1);
				}
			}
			if (sequence != null) {
				try (PreparedStatement ps = to.prepareStatement("SELECT setval(?, COALESCE(MAX(" + quote(column)
						+ "), 0) + 1, false) FROM " + targetName)) {
					ps.setString(1, sequence);
					ps.executeQuery().close();
				}
			}
		}
	}

	MovedTable compare(Connection from, Connection to) throws SQLException {
		long[] sourceRows = new long[1];
		long[] targetRows = new long[1];
		String sourceHash = hash(from, "SELECT " + sourceColumns() + " FROM " + sourceTable, sourceRows);
		List<String> quoted = new ArrayList<>();
		targetColumns.forEach(c -> quoted.add(quote(c)));
		String targetHash = hash(to, "SELECT " + String.join(", ", quoted) + " FROM " + targetName, targetRows);
		return new MovedTable(sourceTable, sourceRows[0], targetRows[0], sourceHash, targetHash);
	}

	private String hash(Connection c, String select, long[] rows) throws SQLException {
		BigInteger sum = BigInteger.ZERO;
		MessageDigest sha = sha256();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
			while (rs.next()) {
				for (int i = 1; i <= columns.size(); i++) {
					sha.update(value(rs, i).getBytes(StandardCharsets.UTF_8));
					sha.update((byte) 0);
				}
				sum = sum.add(new BigInteger(1, sha.digest())).mod(MODULUS);
				rows[0]++;
			}
		}
		return sum.toString(16);
	}

	/** A value as both databases give it. */
	private String value(ResultSet rs, int i) throws SQLException {
		String v = switch (types.get(i - 1)) {
		case Types.TIMESTAMP -> {
			// PostgreSQL keeps microseconds, Derby nanoseconds: the times compare at PostgreSQL's precision
			java.time.Instant t = UtcTimes.get(rs, i);
			yield t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
		}
		case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
			byte[] b = rs.getBytes(i);
			yield b == null ? null : HexFormat.of().formatHex(b);
		}
		case Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Long.toString(rs.getLong(i));
		case Types.DOUBLE, Types.REAL, Types.FLOAT -> Double.toString(rs.getDouble(i));
		case Types.BOOLEAN, Types.BIT -> Boolean.toString(rs.getBoolean(i));
		case Types.DATE -> {
			java.sql.Date d = rs.getDate(i);
			yield d == null ? null : d.toLocalDate().toString();
		}
		default -> rs.getString(i);
		};
		return rs.wasNull() || v == null ? "\u0000null" : v;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
