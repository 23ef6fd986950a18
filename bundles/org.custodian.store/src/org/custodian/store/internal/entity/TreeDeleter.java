package org.custodian.store.internal.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes stored objects with everything stored beneath them, working from the database rather than from
 * objects in memory: a subtree removed from a list may hold children that were never loaded. One level of the
 * tree at a time, with IN lists, so a large subtree costs a few statements per level, not a few per object.
 * <p>
 * References from other objects to a deleted one are left as they are; the loader treats an id that is no
 * longer stored as an unset reference.
 */
final class TreeDeleter {

	private final ModelTables tables;
	private final SqlDialect dialect;

	TreeDeleter(ModelTables tables, SqlDialect dialect) {
		this.tables = tables;
		this.dialect = dialect;
	}

	/** Deletes the objects with these ids (grouped by the table they are stored in) and their descendants. */
	void delete(Connection c, Map<ClassTable, ? extends Collection<String>> roots) throws SQLException {
		Map<ClassTable, Set<String>> doomed = new LinkedHashMap<>();
		Map<ClassTable, Set<String>> level = new LinkedHashMap<>();
		roots.forEach((t, ids) -> level.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(ids));
		while (!level.isEmpty()) {
			Map<ClassTable, Set<String>> next = new LinkedHashMap<>();
			for (Map.Entry<ClassTable, Set<String>> e : level.entrySet()) {
				Set<String> known = doomed.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
				List<String> fresh = new ArrayList<>();
				for (String id : e.getValue()) {
					if (known.add(id)) {
						fresh.add(id);
					}
				}
				for (ClassTable child : tables.childTables(e.getKey())) {
					Set<String> childIds = idsContainedIn(c, child, fresh);
					if (!childIds.isEmpty()) {
						next.computeIfAbsent(child, k -> new LinkedHashSet<>()).addAll(childIds);
					}
				}
			}
			level.clear();
			level.putAll(next);
		}
		for (Map.Entry<ClassTable, Set<String>> e : doomed.entrySet()) {
			deleteWhereIn(c, ModelTables.VALUE, ModelTables.VALUE_OWNER, e.getValue());
			deleteWhereIn(c, ModelTables.REF, ModelTables.REF_SOURCE, e.getValue());
			deleteWhereIn(c, e.getKey().table, ClassTable.ID, e.getValue());
			deleteWhereIn(c, ModelTables.OBJECT, ModelTables.OBJECT_ID, e.getValue());
		}
	}

	/** Ids of the rows of {@code child} whose container is one of {@code containerIds}, whatever the feature. */
	Set<String> idsContainedIn(Connection c, ClassTable child, Collection<String> containerIds) throws SQLException {
		Set<String> result = new LinkedHashSet<>();
		for (List<String> chunk : Sql.chunks(containerIds)) {
			String sql = "SELECT " + dialect.quote(ClassTable.ID) + " FROM " + dialect.quote(child.table) + " WHERE "
					+ dialect.quote(ClassTable.CONTAINER_ID) + " IN (" + Sql.params(chunk.size()) + ")";
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				for (int i = 0; i < chunk.size(); i++) {
					ps.setString(i + 1, chunk.get(i));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						result.add(rs.getString(1));
					}
				}
			}
		}
		return result;
	}

	private void deleteWhereIn(Connection c, String table, String column, Collection<String> ids) throws SQLException {
		for (List<String> chunk : Sql.chunks(ids)) {
			String sql = "DELETE FROM " + dialect.quote(table) + " WHERE " + dialect.quote(column) + " IN ("
					+ Sql.params(chunk.size()) + ")";
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				for (int i = 0; i < chunk.size(); i++) {
					ps.setString(i + 1, chunk.get(i));
				}
				ps.executeUpdate();
			}
		}
	}
}
