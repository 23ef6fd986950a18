package org.custodian.store.internal.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The whole mapping of one EPackage: a {@link ClassTable} per concrete class, plus three shared tables.
 * <ul>
 * <li>M_OBJECT (ID, ECLASS): every stored object's id and class. It makes ids unique across all classes (so
 * M_VALUE and M_REF rows, keyed by id alone, are never ambiguous) and finds the table of a referenced object in
 * one lookup, even when the reference's type has several concrete subclasses.</li>
 * <li>M_VALUE (OWNER_ID, FEATURE, POS, VAL): the values of many-valued attributes, as text.</li>
 * <li>M_REF (SOURCE_ID, FEATURE, POS, TARGET_ID): the targets of many-valued non-containment references.</li>
 * </ul>
 * Built once from the package and immutable afterwards, so one instance serves every thread.
 */
final class ModelTables {

	static final String OBJECT = "M_OBJECT";
	static final String OBJECT_ID = "ID";
	static final String OBJECT_CLASS = "ECLASS";
	static final String VALUE = "M_VALUE";
	static final String VALUE_OWNER = "OWNER_ID";
	static final String VALUE_VAL = "VAL";
	static final String REF = "M_REF";
	static final String REF_SOURCE = "SOURCE_ID";
	static final String REF_TARGET = "TARGET_ID";
	/** FEATURE and POS of M_VALUE and M_REF. */
	static final String FEATURE = "FEATURE";
	static final String POS = "POS";

	final EPackage ePackage;
	private final Map<EClass, ClassTable> byClass = new LinkedHashMap<>();
	private final Map<String, ClassTable> byName = new LinkedHashMap<>();
	private final Map<EClass, List<ClassTable>> concreteCache = new ConcurrentHashMap<>();
	private final Map<ClassTable, Set<ClassTable>> childCache = new ConcurrentHashMap<>();

	ModelTables(EPackage ePackage) {
		this.ePackage = ePackage;
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface()) {
				ClassTable t = new ClassTable(c);
				byClass.put(c, t);
				byName.put(c.getName(), t);
			}
		}
	}

	/** The table of a concrete class of the package, or null. */
	ClassTable table(EClass c) {
		return byClass.get(c);
	}

	/** The table of the class stored under this name in M_OBJECT, or null for a class the model no longer has. */
	ClassTable table(String className) {
		return byName.get(className);
	}

	Collection<ClassTable> all() {
		return Collections.unmodifiableCollection(byClass.values());
	}

	/** The tables of {@code type} and of all its concrete subclasses in the package, in package order. */
	List<ClassTable> concrete(EClass type) {
		return concreteCache.computeIfAbsent(type, t -> {
			List<ClassTable> result = new ArrayList<>();
			for (ClassTable table : byClass.values()) {
				if (isA(t, table.eClass)) {
					result.add(table);
				}
			}
			return List.copyOf(result);
		});
	}

	/** True when instances of {@code c} are {@code type}s. */
	static boolean isA(EClass type, EClass c) {
		// every class is an EObject, though EObject is not among its super types
		return type == EcorePackage.Literals.EOBJECT || type.isSuperTypeOf(c);
	}

	/** The tables that may hold children of objects stored in {@code table}. */
	Set<ClassTable> childTables(ClassTable table) {
		return childCache.computeIfAbsent(table, t -> {
			Set<ClassTable> result = new LinkedHashSet<>();
			for (EReference r : t.containments) {
				result.addAll(concrete(r.getEReferenceType()));
			}
			return Set.copyOf(result);
		});
	}
}
