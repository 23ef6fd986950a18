package org.custodian.store.internal.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rows of every table of a schema, named in upper case as Derby names them, so that counts of both compare. */
final class TableCounts {
	private TableCounts() {
	}

	static Map<String, Long> of(Connection c, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_catalog.pg_class c JOIN"
				+ " pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')"
				+ " AND NOT c.relispartition")) {
			ps.setString(1, schema);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
		}
		Map<String, Long> counts = new TreeMap<>();
		for (String t : tables) {
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + "." + Roles.quote(t))) {
				rs.next();
				counts.put(t.toUpperCase(java.util.Locale.ROOT), rs.getLong(1));
			}
		}
		return counts;
	}
}
