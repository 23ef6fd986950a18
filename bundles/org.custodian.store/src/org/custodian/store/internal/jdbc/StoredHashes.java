package org.custodian.store.internal.jdbc;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which content hashes a table already holds, CHUNK at a time with one {@code HASH IN (?, ...)} query per
 * chunk, answered from the unique index. The last chunk is padded by repeating its last hash so that every query
 * has the same text and Derby compiles it once.
 * <p>
 * The query names the unique constraint's index for Derby's optimizer ({@code --DERBY-PROPERTIES}, a comment
 * to any other database): Derby compiles the statement once, usually while the table is still empty, and then
 * chose a table scan that it kept for the next batches, each scan slower than the last.
 */
public final class StoredHashes {
	/**
	 * Measured against 200,000 stored events (encrypted Derby, loaded 2-core machine, two runs): IN lists of
	 * 50 to 1000 hashes answered 24k-56k hashes/s, one query per hash 12k-29k; 250 was at or near the best.
	 */
	static final int CHUNK = 250;
	private static final String MARKS = String.join(", ", Collections.nCopies(CHUNK, "?"));

	private StoredHashes() {
	}

	/**
	 * The subset of {@code hashes} already stored in the table's hash column.
	 *
	 * @param constraint the unique constraint on that column, whose index answers the query
	 */
	public static Set<ByteBuffer> among(Connection c, String table, String column, String constraint,
			List<byte[]> hashes) throws SQLException {
		Set<ByteBuffer> found = new HashSet<>();
		if (hashes.isEmpty()) {
			return found;
		}
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT " + column + " FROM " + table + " --DERBY-PROPERTIES constraint=" + constraint + "\n WHERE "
						+ column + " IN (" + MARKS + ")")) {
			for (int start = 0; start < hashes.size(); start += CHUNK) {
				int end = Math.min(start + CHUNK, hashes.size());
				for (int i = 0; i < CHUNK; i++) {
					ps.setBytes(i + 1, hashes.get(Math.min(start + i, end - 1)));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						found.add(ByteBuffer.wrap(rs.getBytes(1)));
					}
				}
			}
		}
		return found;
	}
}
