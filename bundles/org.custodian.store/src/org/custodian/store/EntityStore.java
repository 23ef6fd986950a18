package org.custodian.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.custodian.store.internal.entity.EntityMapping;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * Persists the domain's EMF objects (DESIGN.md "Data": ONE generic mapping driven by the Ecore model, no DAO per
 * class). Any object of the package is stored by walking its EClass:
 * <ul>
 * <li>one table per concrete class, {@code M_<CLASS_NAME>} ({@code DrPlan} in M_DR_PLAN), with columns ID,
 * CONTAINER_ID, CONTAINER_FEATURE and POS (where the object sits in its container), one typed column per
 * single-valued attribute (inherited ones included), and a {@code <FEATURE>_REF} column with the target's id per
 * single-valued non-containment reference;</li>
 * <li>M_VALUE (OWNER_ID, FEATURE, POS, VAL) for many-valued attributes, M_REF (SOURCE_ID, FEATURE, POS,
 * TARGET_ID) for many-valued non-containment references, M_OBJECT (ID, ECLASS) for the class of every stored
 * id.</li>
 * </ul>
 * Ids are the classes' ID attributes and are unique across the whole store. Transient and derived features are
 * not stored. Dates are stored in UTC. Every method is one transaction on a connection of its own; an instance
 * holds no state besides the mapping, so one instance serves all threads.
 */
public final class EntityStore {

	private final ConnectionSource db;
	/** The same mapping spelled for each database; a connection says which it talks to. */
	private final EntityMapping derby;
	private final EntityMapping postgres;

	/**
	 * A store for the objects of {@code ePackage} (its own classifiers; nested packages are not included).
	 *
	 * @throws IllegalArgumentException if a concrete class of the package has no String ID attribute, or two of
	 *                                  its features would share a column
	 */
	public EntityStore(ConnectionSource db, EPackage ePackage) {
		this.db = Objects.requireNonNull(db, "db");
		this.derby = EntityMapping.derby(Objects.requireNonNull(ePackage, "ePackage"));
		this.postgres = EntityMapping.postgres(ePackage);
	}

	private EntityMapping mapping(java.sql.Connection c) throws java.sql.SQLException {
		return org.custodian.store.internal.jdbc.Dialect.of(c) == org.custodian.store.internal.jdbc.Dialect.POSTGRESQL
				? postgres : derby;
	}

	/**
	 * Creates the tables, columns and indexes the package needs and the database lacks: new classes get their
	 * table, new attributes and references their column. Nothing is ever dropped or altered, so calling it
	 * again, or with an older database, is harmless. Called at start-up after the numbered migrations.
	 */
	public void ensureSchema() {
		inTransaction("update the database for the model", c -> {
			mapping(c).updateSchema(c);
			return null;
		});
	}

	/**
	 * Inserts or updates {@code obj} and its whole containment subtree in one transaction. Objects without an id
	 * get a new UUID (set on the object). Children removed from a containment list (or single containment) since
	 * the last save are deleted from the database with their own subtrees; a child moved to another container
	 * within the saved tree is moved, not deleted.
	 * <p>
	 * If {@code obj} is inside a container, its row records that container (which must have an id) and its
	 * position; positions of its siblings are only rewritten when the container itself is saved. Every
	 * non-containment reference must point to an object with an id: one inside the tree, or one saved before.
	 *
	 * @throws StoreException if the database refuses the save (nothing of it is kept), an id is used by an object
	 *                        of another class, a string is too long for its column, or a reference points to an
	 *                        object that has never been saved
	 */
	public void save(EObject obj) {
		Objects.requireNonNull(obj, "obj");
		inTransaction("save the " + EntityMapping.describe(obj), c -> {
			mapping(c).save(c, obj);
			return null;
		});
	}

	/**
	 * Loads the object stored under {@code id} with its containment subtree. Its non-containment references are
	 * set: to objects of the loaded tree where the target is inside it, otherwise to objects loaded for the
	 * purpose (with their own subtrees and references, without their container). Within one call every stored
	 * object is loaded once, so equal ids mean the same instance. References to deleted objects stay unset.
	 *
	 * @param c  the class expected (or a super class of it)
	 * @return the object, or null when nothing is stored under {@code id}
	 * @throws StoreException if the object stored under {@code id} is not a {@code c}
	 */
	@SuppressWarnings("unchecked")
	public <T extends EObject> T load(EClass c, String id) {
		Objects.requireNonNull(c, "c");
		Objects.requireNonNull(id, "id");
		return (T) inTransaction("load the " + c.getName() + " '" + id + "'", conn -> mapping(conn).load(conn, c, id));
	}

	/**
	 * Loads every stored instance of {@code c} and of its concrete subclasses, each with its containment subtree
	 * and references as in {@link #load}, sharing objects across the whole list: an instance that lies inside
	 * another's subtree is both in the list and in its container. Instances whose container is not itself an
	 * instance of {@code c} come back without their container. Ordered by class (in package order), then by
	 * container and position, so the members of one list keep their order.
	 */
	@SuppressWarnings("unchecked")
	public <T extends EObject> List<T> loadAll(EClass c) {
		Objects.requireNonNull(c, "c");
		List<EObject> all = inTransaction("load every " + c.getName(), conn -> mapping(conn).loadAll(conn, c));
		return (List<T>) new ArrayList<>(all);
	}

	/**
	 * Deletes {@code obj} and its subtree from the database: everything stored beneath it, and any object in its
	 * subtree in memory. The objects in memory are not changed; remove {@code obj} from its container too (for
	 * instance with EcoreUtil.remove) or saving the container will store it again. References to deleted objects
	 * from other stored objects are left to load as unset.
	 */
	public void delete(EObject obj) {
		Objects.requireNonNull(obj, "obj");
		inTransaction("delete the " + EntityMapping.describe(obj), c -> {
			mapping(c).delete(c, obj);
			return null;
		});
	}

	/** The number of stored objects of each concrete class of the package that has any, by class name. */
	public Map<String, Long> counts() {
		return inTransaction("count the stored objects", conn -> mapping(conn).counts(conn));
	}

	private interface Work<R> {
		R run(Connection c) throws SQLException;
	}

	/** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
	private <R> R inTransaction(String what, Work<R> work) {
		try (Connection c = db.connection()) {
			try {
				R result = work.run(c);
				c.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				try {
					c.rollback();
				} catch (SQLException rollbackFailure) {
					e.addSuppressed(rollbackFailure);
				}
				throw e;
			}
		} catch (SQLException e) {
			if (org.custodian.store.internal.jdbc.StoreFailures.readOnlyRefusal(e)) {
				throw new AccessDeniedException("Could not " + what + ": "
						+ org.custodian.store.internal.jdbc.StoreFailures.READ_ONLY);
			}
			throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
		}
	}
}
