package org.custodian.store.internal.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custodian.store.StoreException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One load call: builds objects from rows, their containment subtrees, then their references. Each stored object
 * becomes exactly one Java object per call, so two references to the same staff member are the same instance,
 * and a reference into the loaded tree points at the object in the tree.
 * <p>
 * References to objects outside the loaded trees are loaded too, each with its own subtree and references,
 * until nothing is missing; they come back without their container (which is not loaded). An id that is no longer
 * stored (its object was deleted) leaves the reference unset.
 * <p>
 * Subtrees are read a level at a time for all objects of the level (IN lists), so loading a whole trust costs a
 * few statements per class, not per object.
 */
final class TreeLoader {

	/** A row read from a class table: its object (new, or already loaded in this call) and its placement. */
	private record Row(EObject object, boolean fresh, String containerId, String feature, int pos) {
	}

	/** A reference found in a row, set once its target is loaded. */
	private record PendingReference(EObject source, EReference reference, String targetId) {
	}

	private final Connection c;
	private final ModelTables tables;
	private final SqlDialect dialect;
	private final Map<String, EObject> loaded = new HashMap<>();
	private final Deque<PendingReference> pending = new ArrayDeque<>();

	TreeLoader(Connection c, ModelTables tables, SqlDialect dialect) {
		this.c = c;
		this.tables = tables;
		this.dialect = dialect;
	}

	/** The object with this id and its subtree, or null if no object is stored under the id. */
	EObject load(EClass type, String id) throws SQLException {
		String className = ObjectIndex.classesOf(c, dialect, List.of(id)).get(id);
		ClassTable t = className == null ? null : tables.table(className);
		if (t == null) {
			return null;
		}
		if (!ModelTables.isA(type, t.eClass)) {
			throw new StoreException("The stored object '" + id + "' is a " + className + ", not a " + type.getName() + ".");
		}
		List<Row> rows = readRowsIn(t, null, List.of(), ClassTable.ID, List.of(id));
		if (rows.isEmpty()) {
			return null;
		}
		complete(t, freshObjects(rows));
		resolveReferences();
		return rows.get(0).object;
	}

	/** Every stored instance of the type (of every concrete subclass), each with its subtree. */
	List<EObject> loadAll(EClass type) throws SQLException {
		List<EObject> result = new ArrayList<>();
		String order = " ORDER BY " + dialect.quote(ClassTable.CONTAINER_ID) + ", "
				+ dialect.quote(ClassTable.CONTAINER_FEATURE) + ", " + dialect.quote(ClassTable.POS) + ", "
				+ dialect.quote(ClassTable.ID);
		for (ClassTable t : tables.concrete(type)) {
			List<Row> rows = readAllRows(t, order);
			complete(t, freshObjects(rows));
			for (Row r : rows) {
				result.add(r.object);
			}
		}
		resolveReferences();
		return result;
	}

	private static List<EObject> freshObjects(List<Row> rows) {
		List<EObject> fresh = new ArrayList<>();
		for (Row r : rows) {
			if (r.fresh) {
				fresh.add(r.object);
			}
		}
		return fresh;
	}

	/** Every row of {@code t}, in the given order. */
	private List<Row> readAllRows(ClassTable t, String order) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(t.select(dialect, null) + order);
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				rows.add(build(t, rs));
			}
		}
		return rows;
	}

	/**
	 * The rows of {@code t} whose {@code column} is one of {@code ids}, and that also match {@code extra} (a
	 * condition taking {@code extraParams}) if given; one statement per chunk of ids.
	 */
	private List<Row> readRowsIn(ClassTable t, String extra, List<String> extraParams, String column,
			List<String> ids) throws SQLException {
		List<Row> rows = new ArrayList<>();
		for (List<String> chunk : Sql.chunks(ids)) {
			String condition = (extra == null ? "" : extra + " AND ") + dialect.quote(column) + " IN ("
					+ Sql.params(chunk.size()) + ")";
			List<String> params = new ArrayList<>(extraParams);
			params.addAll(chunk);
			try (PreparedStatement ps = prepare(t.select(dialect, condition), params); ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rows.add(build(t, rs));
				}
			}
		}
		return rows;
	}

	private Row build(ClassTable t, ResultSet rs) throws SQLException {
		String id = rs.getString(1);
		String containerId = rs.getString(2);
		String feature = rs.getString(3);
		int pos = rs.getInt(4);
		EObject known = loaded.get(id);
		if (known != null) {
			return new Row(known, false, containerId, feature, pos);
		}
		EObject o = EcoreUtil.create(t.eClass);
		o.eSet(t.idAttribute, id);
		loaded.put(id, o);
		int column = ClassTable.FIRST_FEATURE_COLUMN;
		for (ClassTable.AttributeColumn a : t.attributes) {
			Object value = a.codec().read(rs, column++, a.attribute().getEAttributeType());
			if (value != null) {
				o.eSet(a.attribute(), value);
			}
		}
		for (ClassTable.ReferenceColumn r : t.references) {
			String target = rs.getString(column++);
			if (target != null) {
				pending.add(new PendingReference(o, r.reference(), target));
			}
		}
		return new Row(o, true, containerId, feature, pos);
	}

	/** Loads the many-valued features and the containment subtrees of objects just built from {@code t}. */
	private void complete(ClassTable t, List<EObject> fresh) throws SQLException {
		if (fresh.isEmpty()) {
			return;
		}
		Map<String, EObject> byId = new LinkedHashMap<>();
		for (EObject o : fresh) {
			byId.put((String) o.eGet(t.idAttribute), o);
		}
		List<String> ids = new ArrayList<>(byId.keySet());
		if (!t.manyAttributes.isEmpty()) {
			readValues(t, byId, ids);
		}
		if (!t.manyReferences.isEmpty()) {
			readReferenceLists(t, byId, ids);
		}
		for (EReference r : t.containments) {
			List<Row> children = new ArrayList<>();
			Map<ClassTable, List<EObject>> freshChildren = new LinkedHashMap<>();
			for (ClassTable ct : tables.concrete(r.getEReferenceType())) {
				List<Row> rows = readRowsIn(ct, dialect.quote(ClassTable.CONTAINER_FEATURE) + " = ?",
						List.of(r.getName()), ClassTable.CONTAINER_ID, ids);
				children.addAll(rows);
				freshChildren.put(ct, freshObjects(rows));
			}
			// children of one list may come from several tables (subclasses): positions decide the order
			children.sort(Comparator.comparing(Row::containerId).thenComparingInt(Row::pos));
			for (Row child : children) {
				EObject parent = byId.get(child.containerId);
				if (r.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> list = (List<EObject>) parent.eGet(r);
					list.add(child.object);
				} else {
					parent.eSet(r, child.object);
				}
			}
			for (Map.Entry<ClassTable, List<EObject>> e : freshChildren.entrySet()) {
				complete(e.getKey(), e.getValue());
			}
		}
	}

	private void readValues(ClassTable t, Map<String, EObject> byId, List<String> ids) throws SQLException {
		for (List<String> chunk : Sql.chunks(ids)) {
			String sql = "SELECT " + dialect.quote(ModelTables.VALUE_OWNER) + ", " + dialect.quote(ModelTables.FEATURE)
					+ ", " + dialect.quote(ModelTables.VALUE_VAL) + " FROM " + dialect.quote(ModelTables.VALUE) + " WHERE "
					+ dialect.quote(ModelTables.VALUE_OWNER) + " IN (" + Sql.params(chunk.size()) + ") ORDER BY "
					+ dialect.quote(ModelTables.VALUE_OWNER) + ", " + dialect.quote(ModelTables.FEATURE) + ", "
					+ dialect.quote(ModelTables.POS);
			try (PreparedStatement ps = prepare(sql, chunk); ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					EObject owner = byId.get(rs.getString(1));
					EStructuralFeature f = t.feature(rs.getString(2));
					String text = rs.getString(3);
					// rows of an attribute the model no longer has (or that is no longer many-valued) are ignored
					if (owner != null && f instanceof EAttribute a && t.manyAttributes.contains(a) && text != null) {
						@SuppressWarnings("unchecked")
						List<Object> values = (List<Object>) owner.eGet(a);
						Object value = ValueText.fromText(a.getEAttributeType(), text);
						if (value != null) {
							values.add(value);
						}
					}
				}
			}
		}
	}

	private void readReferenceLists(ClassTable t, Map<String, EObject> byId, List<String> ids) throws SQLException {
		for (List<String> chunk : Sql.chunks(ids)) {
			String sql = "SELECT " + dialect.quote(ModelTables.REF_SOURCE) + ", " + dialect.quote(ModelTables.FEATURE)
					+ ", " + dialect.quote(ModelTables.REF_TARGET) + " FROM " + dialect.quote(ModelTables.REF) + " WHERE "
					+ dialect.quote(ModelTables.REF_SOURCE) + " IN (" + Sql.params(chunk.size()) + ") ORDER BY "
					+ dialect.quote(ModelTables.REF_SOURCE) + ", " + dialect.quote(ModelTables.FEATURE) + ", "
					+ dialect.quote(ModelTables.POS);
			try (PreparedStatement ps = prepare(sql, chunk); ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					EObject source = byId.get(rs.getString(1));
					EStructuralFeature f = t.feature(rs.getString(2));
					if (source != null && f instanceof EReference r && t.manyReferences.contains(r)) {
						pending.add(new PendingReference(source, r, rs.getString(3)));
					}
				}
			}
		}
	}

	private PreparedStatement prepare(String sql, List<String> params) throws SQLException {
		PreparedStatement ps = c.prepareStatement(sql);
		try {
			for (int i = 0; i < params.size(); i++) {
				ps.setString(i + 1, params.get(i));
			}
			return ps;
		} catch (SQLException e) {
			ps.close();
			throw e;
		}
	}

	/**
	 * Sets the pending references, loading the targets not loaded yet (with their subtrees, which may add more
	 * pending references) a round at a time. Within a round, references are set in the order their rows were
	 * read, which keeps the order of reference lists.
	 */
	private void resolveReferences() throws SQLException {
		while (!pending.isEmpty()) {
			List<PendingReference> round = new ArrayList<>(pending);
			pending.clear();
			Set<String> missing = new LinkedHashSet<>();
			for (PendingReference p : round) {
				if (!loaded.containsKey(p.targetId)) {
					missing.add(p.targetId);
				}
			}
			if (!missing.isEmpty()) {
				Map<ClassTable, List<String>> byTable = new LinkedHashMap<>();
				ObjectIndex.classesOf(c, dialect, missing).forEach((id, className) -> {
					ClassTable t = tables.table(className);
					if (t != null) {
						byTable.computeIfAbsent(t, k -> new ArrayList<>()).add(id);
					}
				});
				for (Map.Entry<ClassTable, List<String>> e : byTable.entrySet()) {
					List<Row> rows = readRowsIn(e.getKey(), null, List.of(), ClassTable.ID, e.getValue());
					complete(e.getKey(), freshObjects(rows));
				}
			}
			for (PendingReference p : round) {
				EObject target = loaded.get(p.targetId);
				if (target == null || !ModelTables.isA(p.reference.getEReferenceType(), target.eClass())) {
					continue; // deleted since, or stored as another class: the reference stays unset
				}
				if (p.reference.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> list = (List<EObject>) p.source.eGet(p.reference);
					list.add(target);
				} else {
					p.source.eSet(p.reference, target);
				}
			}
		}
	}
}
