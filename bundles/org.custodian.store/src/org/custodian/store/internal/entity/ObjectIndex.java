package org.custodian.store.internal.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads M_OBJECT: which ids are stored, and as which class. */
final class ObjectIndex {

	private ObjectIndex() {
	}

	/** The stored class name of each of {@code ids} that is stored; absent ids are not in the map. */
	static Map<String, String> classesOf(Connection c, SqlDialect dialect, Collection<String> ids) throws SQLException {
		Map<String, String> result = new HashMap<>();
		for (List<String> chunk : Sql.chunks(ids)) {
			String sql = "SELECT " + dialect.quote(ModelTables.OBJECT_ID) + ", " + dialect.quote(ModelTables.OBJECT_CLASS)
					+ " FROM " + dialect.quote(ModelTables.OBJECT) + " WHERE " + dialect.quote(ModelTables.OBJECT_ID)
					+ " IN (" + Sql.params(chunk.size()) + ")";
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				for (int i = 0; i < chunk.size(); i++) {
					ps.setString(i + 1, chunk.get(i));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						result.put(rs.getString(1), rs.getString(2));
					}
				}
			}
		}
		return result;
	}
}
