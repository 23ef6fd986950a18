package org.custodian.store.internal.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.custodian.store.StoreException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Writes an object and its containment subtree: rows are inserted or updated, many-valued features rewritten,
 * and children that were removed from the tree since the last save deleted with their own subtrees. The caller
 * owns the transaction, so a save is all or nothing.
 */
final class TreeSaver {

	/** One object of the tree being saved, with where it sits in its container. */
	private record Node(EObject object, ClassTable table, String id, String containerId, String feature, int pos) {
	}

	private final ModelTables tables;
	private final SqlDialect dialect;
	private final TreeDeleter deleter;

	TreeSaver(ModelTables tables, SqlDialect dialect, TreeDeleter deleter) {
		this.tables = tables;
		this.dialect = dialect;
		this.deleter = deleter;
	}

	void save(Connection c, EObject root) throws SQLException {
		List<Node> tree = collect(root);
		Map<String, Node> byId = new HashMap<>();
		for (Node n : tree) {
			Node other = byId.putIfAbsent(n.id, n);
			if (other != null) {
				throw new StoreException("Two objects in the " + describe(root) + " have the same id '" + n.id
						+ "': a " + other.object.eClass().getName() + " and a " + n.object.eClass().getName() + ".");
			}
		}
		Map<String, String> stored = ObjectIndex.classesOf(c, dialect, byId.keySet());
		Map<ClassTable, List<Node>> byTable = new LinkedHashMap<>();
		for (Node n : tree) {
			String storedClass = stored.get(n.id);
			if (storedClass != null && !storedClass.equals(n.table.eClass.getName())) {
				throw new StoreException("The id '" + n.id + "' of a " + n.table.eClass.getName()
						+ " is already used by a stored " + storedClass + ".");
			}
			byTable.computeIfAbsent(n.table, k -> new ArrayList<>()).add(n);
		}
		for (Map.Entry<ClassTable, List<Node>> e : byTable.entrySet()) {
			writeRows(c, e.getKey(), e.getValue(), stored.keySet());
			writeManyValued(c, e.getKey(), e.getValue(), stored.keySet());
		}
		deleteRemovedChildren(c, tree, byId.keySet());
	}

	/**
	 * The tree in pre-order, giving every object without an id a new UUID. The position of each child is taken
	 * while walking its container's list (indexOf on big lists would make saving quadratic).
	 */
	private List<Node> collect(EObject root) {
		List<Node> tree = new ArrayList<>();
		String containerId = null;
		String feature = null;
		int pos = 0;
		EObject container = root.eContainer();
		EReference containment = root.eContainmentFeature();
		if (container != null && containment != null && ClassTable.isStored(containment)) {
			containerId = existingId(container);
			if (containerId == null) {
				throw new StoreException("The " + describe(root) + " is inside a " + container.eClass().getName()
						+ " that has never been saved: save that first.");
			}
			feature = containment.getName();
			pos = containment.isMany() ? ((List<?>) container.eGet(containment)).indexOf(root) : 0;
		}
		add(tree, root, containerId, feature, pos);
		return tree;
	}

	private void add(List<Node> tree, EObject o, String containerId, String feature, int pos) {
		ClassTable t = tableOf(o);
		String id = (String) o.eGet(t.idAttribute);
		if (id == null || id.isEmpty()) {
			id = UUID.randomUUID().toString();
			o.eSet(t.idAttribute, id);
		} else if (id.length() > ColumnType.MAX_ID_LENGTH) {
			throw new StoreException("The id of a " + o.eClass().getName() + " is " + id.length()
					+ " characters long; the database keeps ids of at most " + ColumnType.MAX_ID_LENGTH + ".");
		}
		tree.add(new Node(o, t, id, containerId, feature, pos));
		for (EReference r : t.containments) {
			if (r.isMany()) {
				List<?> children = (List<?>) o.eGet(r);
				for (int i = 0; i < children.size(); i++) {
					add(tree, (EObject) children.get(i), id, r.getName(), i);
				}
			} else {
				EObject child = (EObject) o.eGet(r);
				if (child != null) {
					add(tree, child, id, r.getName(), 0);
				}
			}
		}
	}

	private ClassTable tableOf(EObject o) {
		ClassTable t = tables.table(o.eClass());
		if (t == null) {
			throw new StoreException("A " + o.eClass().getName() + " cannot be stored: it is not a concrete class of "
					+ tables.ePackage.getName() + ".");
		}
		return t;
	}

	private void writeRows(Connection c, ClassTable t, List<Node> nodes, Set<String> stored) throws SQLException {
		String objectInsert = "INSERT INTO " + dialect.quote(ModelTables.OBJECT) + " ("
				+ dialect.quote(ModelTables.OBJECT_ID) + ", " + dialect.quote(ModelTables.OBJECT_CLASS) + ") VALUES (?, ?)";
		try (PreparedStatement insert = c.prepareStatement(t.insert(dialect));
				PreparedStatement update = c.prepareStatement(t.update(dialect));
				PreparedStatement object = c.prepareStatement(objectInsert)) {
			int inserts = 0, updates = 0;
			for (Node n : nodes) {
				if (stored.contains(n.id)) {
					int next = bindRow(update, 1, n);
					update.setString(next, n.id);
					update.addBatch();
					updates++;
				} else {
					insert.setString(1, n.id);
					bindRow(insert, 2, n);
					insert.addBatch();
					object.setString(1, n.id);
					object.setString(2, t.eClass.getName());
					object.addBatch();
					inserts++;
				}
			}
			if (updates > 0) {
				update.executeBatch();
			}
			if (inserts > 0) {
				object.executeBatch();
				insert.executeBatch();
			}
		}
	}

	/** Binds every column after ID, in select order, from {@code index}; returns the next free index. */
	private int bindRow(PreparedStatement ps, int index, Node n) throws SQLException {
		ps.setString(index++, n.containerId);
		ps.setString(index++, n.feature);
		ps.setInt(index++, n.pos);
		for (ClassTable.AttributeColumn col : n.table.attributes) {
			EAttribute a = col.attribute();
			Object value = a.isUnsettable() && !n.object.eIsSet(a) ? null : n.object.eGet(a);
			checkLength(n, a, col.codec().text(a.getEAttributeType(), value));
			col.codec().bind(ps, index++, a.getEAttributeType(), value);
		}
		for (ClassTable.ReferenceColumn col : n.table.references) {
			EObject target = (EObject) n.object.eGet(col.reference());
			ps.setString(index++, target == null ? null : targetId(n, col.reference(), target));
		}
		return index;
	}

	/**
	 * Rewrites the M_VALUE and M_REF rows of the nodes: deleting and inserting is simpler than diffing lists and
	 * keeps positions dense.
	 */
	private void writeManyValued(Connection c, ClassTable t, List<Node> nodes, Set<String> stored)
			throws SQLException {
		if (!t.manyAttributes.isEmpty()) {
			try (PreparedStatement delete = c.prepareStatement(deleteSql(ModelTables.VALUE, ModelTables.VALUE_OWNER));
					PreparedStatement insert = c.prepareStatement(insertSql(ModelTables.VALUE, ModelTables.VALUE_OWNER,
							ModelTables.VALUE_VAL))) {
				int deletes = 0, inserts = 0;
				for (Node n : nodes) {
					if (stored.contains(n.id)) {
						delete.setString(1, n.id);
						delete.addBatch();
						deletes++;
					}
					for (EAttribute a : t.manyAttributes) {
						List<?> values = (List<?>) n.object.eGet(a);
						for (int i = 0; i < values.size(); i++) {
							String text = ValueText.toText(a.getEAttributeType(), values.get(i));
							checkLength(n, a, text);
							insert.setString(1, n.id);
							insert.setString(2, a.getName());
							insert.setInt(3, i);
							insert.setString(4, text);
							insert.addBatch();
							inserts++;
						}
					}
				}
				execute(delete, deletes, insert, inserts);
			}
		}
		if (!t.manyReferences.isEmpty()) {
			try (PreparedStatement delete = c.prepareStatement(deleteSql(ModelTables.REF, ModelTables.REF_SOURCE));
					PreparedStatement insert = c.prepareStatement(insertSql(ModelTables.REF, ModelTables.REF_SOURCE,
							ModelTables.REF_TARGET))) {
				int deletes = 0, inserts = 0;
				for (Node n : nodes) {
					if (stored.contains(n.id)) {
						delete.setString(1, n.id);
						delete.addBatch();
						deletes++;
					}
					for (EReference r : t.manyReferences) {
						List<?> targets = (List<?>) n.object.eGet(r);
						for (int i = 0; i < targets.size(); i++) {
							insert.setString(1, n.id);
							insert.setString(2, r.getName());
							insert.setInt(3, i);
							insert.setString(4, targetId(n, r, (EObject) targets.get(i)));
							insert.addBatch();
							inserts++;
						}
					}
				}
				execute(delete, deletes, insert, inserts);
			}
		}
	}

	private static void execute(PreparedStatement delete, int deletes, PreparedStatement insert, int inserts)
			throws SQLException {
		// the old rows must be gone before the new ones arrive: same keys
		if (deletes > 0) {
			delete.executeBatch();
		}
		if (inserts > 0) {
			insert.executeBatch();
		}
	}

	private String deleteSql(String table, String owner) {
		return "DELETE FROM " + dialect.quote(table) + " WHERE " + dialect.quote(owner) + " = ?";
	}

	private String insertSql(String table, String owner, String value) {
		return "INSERT INTO " + dialect.quote(table) + " (" + dialect.quote(owner) + ", "
				+ dialect.quote(ModelTables.FEATURE) + ", " + dialect.quote(ModelTables.POS) + ", " + dialect.quote(value)
				+ ") VALUES (?, ?, ?, ?)";
	}

	/**
	 * Deletes stored children of the saved objects that are no longer in the tree. After the rows were written,
	 * a child moved elsewhere within the tree already points to its new container, so whatever still points to
	 * a container of the tree but is not in the tree was removed from it.
	 */
	private void deleteRemovedChildren(Connection c, List<Node> tree, Set<String> treeIds) throws SQLException {
		Map<ClassTable, List<String>> containersByChildTable = new LinkedHashMap<>();
		for (Node n : tree) {
			for (ClassTable child : tables.childTables(n.table)) {
				containersByChildTable.computeIfAbsent(child, k -> new ArrayList<>()).add(n.id);
			}
		}
		Map<ClassTable, List<String>> removed = new LinkedHashMap<>();
		for (Map.Entry<ClassTable, List<String>> e : containersByChildTable.entrySet()) {
			for (String id : deleter.idsContainedIn(c, e.getKey(), e.getValue())) {
				if (!treeIds.contains(id)) {
					removed.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(id);
				}
			}
		}
		if (!removed.isEmpty()) {
			deleter.delete(c, removed);
		}
	}

	/** The id a reference stores: the target's, which must have one (assigned above when it is in the tree). */
	private String targetId(Node n, EReference r, EObject target) {
		String id = existingId(target);
		if (id == null) {
			throw new StoreException("The " + r.getName() + " of the " + describe(n.object) + " is a "
					+ target.eClass().getName() + " that has never been saved: save it first.");
		}
		return id;
	}

	private void checkLength(Node n, EAttribute a, String text) {
		if (text != null && text.length() > dialect.maxStringLength()) {
			throw new StoreException("The " + a.getName() + " of the " + describe(n.object) + " is " + text.length()
					+ " characters long; the database keeps at most " + dialect.maxStringLength() + ".");
		}
	}

	private String existingId(EObject o) {
		ClassTable t = tables.table(o.eClass());
		if (t == null) {
			return null;
		}
		String id = (String) o.eGet(t.idAttribute);
		return id == null || id.isEmpty() ? null : id;
	}

	static String describe(EObject o) {
		EAttribute idAttribute = o.eClass().getEIDAttribute();
		Object id = idAttribute == null ? null : o.eGet(idAttribute);
		return o.eClass().getName() + (id == null ? "" : " '" + id + "'");
	}
}
