package org.custodian.store.internal.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The table of one concrete EClass and where each of its features is stored:
 * <ul>
 * <li>ID (the class's ID attribute), CONTAINER_ID, CONTAINER_FEATURE and POS (where the object sits in its
 * container; null container for a root);</li>
 * <li>one typed column per single-valued attribute, inherited ones included;</li>
 * <li>one {@code <FEATURE>_REF} column per single-valued non-containment reference, holding the target's id;</li>
 * <li>many-valued attributes in M_VALUE, many-valued non-containment references in M_REF;</li>
 * <li>containment references are not columns: children point to their container.</li>
 * </ul>
 * Transient and derived features are not stored.
 */
final class ClassTable {

	static final String ID = "ID";
	static final String CONTAINER_ID = "CONTAINER_ID";
	static final String CONTAINER_FEATURE = "CONTAINER_FEATURE";
	static final String POS = "POS";
	/** The fixed columns come first in every select, so feature columns start at this JDBC index. */
	static final int FIRST_FEATURE_COLUMN = 5;

	/** A typed column of a single-valued attribute. */
	record AttributeColumn(EAttribute attribute, String name, AttributeCodec codec) {
	}

	/** The id column of a single-valued non-containment reference. */
	record ReferenceColumn(EReference reference, String name) {
	}

	final EClass eClass;
	final String table;
	final EAttribute idAttribute;
	final List<AttributeColumn> attributes;
	final List<ReferenceColumn> references;
	final List<EAttribute> manyAttributes;
	final List<EReference> manyReferences;
	final List<EReference> containments;
	/** Column name to kind of column, in select order. */
	final Map<String, ColumnType> columns;
	private final Map<String, EStructuralFeature> byName;

	ClassTable(EClass eClass) {
		this.eClass = eClass;
		this.table = Naming.table(eClass.getName());
		this.idAttribute = eClass.getEIDAttribute();
		if (idAttribute == null || idAttribute.getEAttributeType().getInstanceClass() != String.class
				|| idAttribute.isMany()) {
			throw new IllegalArgumentException(eClass.getName()
					+ " has no single-valued String ID attribute; the entity store keys every object by its id");
		}
		List<AttributeColumn> attrs = new ArrayList<>();
		List<ReferenceColumn> refs = new ArrayList<>();
		List<EAttribute> manyAttrs = new ArrayList<>();
		List<EReference> manyRefs = new ArrayList<>();
		List<EReference> contained = new ArrayList<>();
		Map<String, String> columnOwners = new HashMap<>();
		for (String fixed : List.of(ID, CONTAINER_ID, CONTAINER_FEATURE, POS)) {
			columnOwners.put(fixed, "the mapping itself");
		}
		for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
			if (!isStored(f) || f == idAttribute) {
				continue;
			}
			if (f instanceof EAttribute a) {
				if (a.isMany()) {
					manyAttrs.add(a);
				} else {
					String column = Naming.upperSnake(a.getName());
					claim(columnOwners, column, a);
					attrs.add(new AttributeColumn(a, column, AttributeCodec.of(a.getEAttributeType())));
				}
			} else {
				EReference r = (EReference) f;
				if (r.isContainment()) {
					contained.add(r);
				} else if (r.isMany()) {
					manyRefs.add(r);
				} else {
					String column = Naming.upperSnake(r.getName()) + Naming.REFERENCE_SUFFIX;
					claim(columnOwners, column, r);
					refs.add(new ReferenceColumn(r, column));
				}
			}
		}
		this.attributes = Collections.unmodifiableList(attrs);
		this.references = Collections.unmodifiableList(refs);
		this.manyAttributes = Collections.unmodifiableList(manyAttrs);
		this.manyReferences = Collections.unmodifiableList(manyRefs);
		this.containments = Collections.unmodifiableList(contained);
		Map<String, EStructuralFeature> names = new HashMap<>();
		for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
			names.put(f.getName(), f);
		}
		this.byName = names;
		Map<String, ColumnType> cols = new LinkedHashMap<>();
		cols.put(ID, ColumnType.ID);
		cols.put(CONTAINER_ID, ColumnType.ID);
		cols.put(CONTAINER_FEATURE, ColumnType.NAME);
		cols.put(POS, ColumnType.INTEGER);
		for (AttributeColumn a : attributes) {
			cols.put(a.name(), a.codec().columnType);
		}
		for (ReferenceColumn r : references) {
			cols.put(r.name(), ColumnType.ID);
		}
		this.columns = Collections.unmodifiableMap(cols);
	}

	/**
	 * Transient and derived features are computed or session-only; the container side of a containment is
	 * implied by the child's CONTAINER_ID; feature maps have no place in this mapping.
	 */
	static boolean isStored(EStructuralFeature f) {
		if (f.isTransient() || f.isDerived()) {
			return false;
		}
		if (f instanceof EReference r && r.isContainer()) {
			return false;
		}
		if (f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == org.eclipse.emf.ecore.util.FeatureMap.Entry.class) {
			throw new IllegalArgumentException(f.getEContainingClass().getName() + "." + f.getName()
					+ " is a feature map, which the entity store cannot store");
		}
		return true;
	}

	private void claim(Map<String, String> owners, String column, EStructuralFeature f) {
		String previous = owners.putIfAbsent(column, f.getName());
		if (previous != null) {
			throw new IllegalArgumentException(eClass.getName() + "." + f.getName() + " would be stored in column "
					+ column + ", which is already used by " + previous);
		}
	}

	/** A stored feature of this class by name, or null (for rows written by an older model). */
	EStructuralFeature feature(String name) {
		return byName.get(name);
	}

	/** The comma-separated, quoted column list in select order. */
	String columnList(SqlDialect dialect) {
		StringJoiner j = new StringJoiner(", ");
		for (String c : columns.keySet()) {
			j.add(dialect.quote(c));
		}
		return j.toString();
	}

	/** Selects every column in select order; {@code where} may be null for all rows. */
	String select(SqlDialect dialect, String where) {
		return "SELECT " + columnList(dialect) + " FROM " + dialect.quote(table) + (where == null ? "" : " WHERE " + where);
	}

	String insert(SqlDialect dialect) {
		int n = columns.size();
		return "INSERT INTO " + dialect.quote(table) + " (" + columnList(dialect) + ") VALUES (" + Sql.params(n) + ")";
	}

	/** Sets every column but ID, in select order, then binds the ID last. */
	String update(SqlDialect dialect) {
		StringJoiner set = new StringJoiner(", ");
		for (String c : columns.keySet()) {
			if (!c.equals(ID)) {
				set.add(dialect.quote(c) + " = ?");
			}
		}
		return "UPDATE " + dialect.quote(table) + " SET " + set + " WHERE " + dialect.quote(ID) + " = ?";
	}

	@Override
	public String toString() {
		return table;
	}
}
