package org.custodian.store.internal.entity;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Brings the model's tables up to date with the model: creates missing tables, adds columns for new attributes
 * and references, creates missing indexes. Never drops or alters anything, so older data survives any model
 * change and running it again changes nothing. Columns of removed features stay (nullable, never written).
 * A column whose attribute changed type is not converted: that needs a numbered migration.
 */
final class SchemaUpdater {

	private final ModelTables tables;
	private final SqlDialect dialect;

	SchemaUpdater(ModelTables tables, SqlDialect dialect) {
		this.tables = tables;
		this.dialect = dialect;
	}

	void update(Connection c) throws SQLException {
		DatabaseMetaData md = c.getMetaData();
		// unqualified names in our SQL resolve in the connection's current schema, so look there
		String schema = c.getSchema();
		Map<String, Set<String>> existing = existingColumns(md, schema);
		try (Statement s = c.createStatement()) {
			ensureTable(s, existing, ModelTables.OBJECT, columns(ModelTables.OBJECT_ID, ColumnType.ID,
					ModelTables.OBJECT_CLASS, ColumnType.NAME), List.of(ModelTables.OBJECT_ID), Set.of(ModelTables.OBJECT_CLASS));
			ensureTable(s, existing, ModelTables.VALUE, columns(ModelTables.VALUE_OWNER, ColumnType.ID,
					ModelTables.FEATURE, ColumnType.NAME, ModelTables.POS, ColumnType.INTEGER, ModelTables.VALUE_VAL,
					ColumnType.STRING), List.of(ModelTables.VALUE_OWNER, ModelTables.FEATURE, ModelTables.POS), Set.of());
			ensureTable(s, existing, ModelTables.REF, columns(ModelTables.REF_SOURCE, ColumnType.ID,
					ModelTables.FEATURE, ColumnType.NAME, ModelTables.POS, ColumnType.INTEGER, ModelTables.REF_TARGET,
					ColumnType.ID), List.of(ModelTables.REF_SOURCE, ModelTables.FEATURE, ModelTables.POS),
					Set.of(ModelTables.REF_TARGET));
			for (ClassTable t : tables.all()) {
				ensureTable(s, existing, t.table, t.columns, List.of(ClassTable.ID), Set.of(ClassTable.POS));
			}

			// "who refers to this object?" (M_REF) and "the children of this object" must not scan tables
			ensureIndex(s, md, schema, ModelTables.REF, "I_M_REF_TARGET", ModelTables.REF_TARGET);
			for (ClassTable t : tables.all()) {
				ensureIndex(s, md, schema, t.table, "I_" + t.table + "_CONTAINER", ClassTable.CONTAINER_ID,
						ClassTable.CONTAINER_FEATURE);
				for (ClassTable.ReferenceColumn r : t.references) {
					ensureIndex(s, md, schema, t.table, "I_" + t.table + "_" + r.name(), r.name());
				}
			}
		}
	}

	private static Map<String, ColumnType> columns(Object... nameTypePairs) {
		Map<String, ColumnType> m = new LinkedHashMap<>();
		for (int i = 0; i < nameTypePairs.length; i += 2) {
			m.put((String) nameTypePairs[i], (ColumnType) nameTypePairs[i + 1]);
		}
		return m;
	}

	/** Table name to its column names, for every table of the schema (one metadata query instead of many). */
	private static Map<String, Set<String>> existingColumns(DatabaseMetaData md, String schema) throws SQLException {
		Map<String, Set<String>> result = new HashMap<>();
		try (ResultSet rs = md.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				result.put(rs.getString("TABLE_NAME"), new HashSet<>());
			}
		}
		try (ResultSet rs = md.getColumns(null, schema, "%", "%")) {
			while (rs.next()) {
				Set<String> cols = result.get(rs.getString("TABLE_NAME"));
				if (cols != null) {
					cols.add(rs.getString("COLUMN_NAME"));
				}
			}
		}
		return result;
	}

	private void ensureTable(Statement s, Map<String, Set<String>> existing, String table,
			Map<String, ColumnType> columns, List<String> primaryKey, Set<String> notNull) throws SQLException {
		Set<String> present = existing.get(table);
		if (present == null) {
			StringJoiner defs = new StringJoiner(", ");
			for (Map.Entry<String, ColumnType> col : columns.entrySet()) {
				boolean required = primaryKey.contains(col.getKey()) || notNull.contains(col.getKey());
				defs.add(dialect.quote(col.getKey()) + " " + dialect.typeName(col.getValue()) + (required ? " NOT NULL" : ""));
			}
			StringJoiner pk = new StringJoiner(", ");
			primaryKey.forEach(k -> pk.add(dialect.quote(k)));
			s.execute("CREATE TABLE " + dialect.quote(table) + " (" + defs + ", PRIMARY KEY (" + pk + "))");
			existing.put(table, new HashSet<>(columns.keySet()));
			return;
		}
		for (Map.Entry<String, ColumnType> col : columns.entrySet()) {
			if (!present.contains(col.getKey())) {
				// nullable: the rows already there have no value for the new feature
				s.execute(dialect.addColumn(dialect.quote(table), dialect.quote(col.getKey()),
						dialect.typeName(col.getValue())));
				present.add(col.getKey());
			}
		}
	}

	private void ensureIndex(Statement s, DatabaseMetaData md, String schema, String table, String index,
			String... columns) throws SQLException {
		try (ResultSet rs = md.getIndexInfo(null, schema, table, false, true)) {
			while (rs.next()) {
				if (index.equals(rs.getString("INDEX_NAME"))) {
					return;
				}
			}
		}
		StringJoiner cols = new StringJoiner(", ");
		for (String col : columns) {
			cols.add(dialect.quote(col));
		}
		s.execute(dialect.createIndex(dialect.quote(index), dialect.quote(table), cols.toString()));
	}
}
