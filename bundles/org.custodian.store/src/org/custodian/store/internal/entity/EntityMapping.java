package org.custodian.store.internal.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The entry point of the generic EMF-to-SQL mapping for {@link org.custodian.store.EntityStore}: the package's
 * tables and the dialect, and the operations on a connection whose transaction the caller owns. The rest of this
 * package is private to it.
 */
public final class EntityMapping {

	private final ModelTables tables;
	private final SqlDialect dialect;
	private final TreeDeleter deleter;
	private final TreeSaver saver;

	private EntityMapping(EPackage ePackage, SqlDialect dialect) {
		this.tables = new ModelTables(ePackage);
		this.dialect = dialect;
		this.deleter = new TreeDeleter(tables, dialect);
		this.saver = new TreeSaver(tables, dialect, deleter);
	}

	/** The mapping of {@code ePackage} onto Apache Derby (the only database the console ships with). */
	public static EntityMapping derby(EPackage ePackage) {
		return new EntityMapping(ePackage, new DerbyDialect());
	}

	/** The mapping of {@code ePackage} onto PostgreSQL (a network's shared store). */
	public static EntityMapping postgres(EPackage ePackage) {
		return new EntityMapping(ePackage, new PostgresDialect());
	}

	public void updateSchema(Connection c) throws SQLException {
		new SchemaUpdater(tables, dialect).update(c);
	}

	public void save(Connection c, EObject root) throws SQLException {
		saver.save(c, root);
	}

	public EObject load(Connection c, EClass type, String id) throws SQLException {
		return new TreeLoader(c, tables, dialect).load(type, id);
	}

	public List<EObject> loadAll(Connection c, EClass type) throws SQLException {
		return new TreeLoader(c, tables, dialect).loadAll(type);
	}

	/** Deletes the stored subtree of {@code root} and whatever of its subtree in memory is stored. */
	public void delete(Connection c, EObject root) throws SQLException {
		List<String> ids = new ArrayList<>();
		addId(root, ids);
		for (var it = EcoreUtil.<EObject>getAllContents(root, false); it.hasNext();) {
			addId(it.next(), ids);
		}
		// delete as what the database says they are: an object in memory may carry an id stored as another class
		Map<ClassTable, List<String>> byTable = new LinkedHashMap<>();
		ObjectIndex.classesOf(c, dialect, ids).forEach((id, className) -> {
			ClassTable t = tables.table(className);
			if (t != null) {
				byTable.computeIfAbsent(t, k -> new ArrayList<>()).add(id);
			}
		});
		if (!byTable.isEmpty()) {
			deleter.delete(c, byTable);
		}
	}

	private static void addId(EObject o, List<String> ids) {
		EAttribute idAttribute = o.eClass().getEIDAttribute();
		Object id = idAttribute == null ? null : o.eGet(idAttribute);
		if (id instanceof String s && !s.isEmpty()) {
			ids.add(s);
		}
	}

	/** Stored objects per concrete class (classes with none are left out), in package order. */
	public Map<String, Long> counts(Connection c) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ClassTable t : tables.all()) {
			try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + dialect.quote(t.table));
					ResultSet rs = ps.executeQuery()) {
				rs.next();
				if (rs.getLong(1) > 0) {
					counts.put(t.eClass.getName(), rs.getLong(1));
				}
			}
		}
		return counts;
	}

	/** "Site 'abc'" for messages. */
	public static String describe(EObject o) {
		return TreeSaver.describe(o);
	}
}
