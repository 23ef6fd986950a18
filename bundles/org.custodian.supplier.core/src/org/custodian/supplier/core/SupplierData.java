package org.custodian.supplier.core;

import org.custodian.model.Trust;
import org.custodian.store.EntityStore;
import org.custodian.store.Trusts;

/**
 * The trust's supplier and records data, read and written whole through the one generic {@link EntityStore}: every
 * change works on a freshly loaded {@link Trust} and saves it in one transaction.
 */
public final class SupplierData {
	private SupplierData() {
	}

	/** The stored trust (or a new one), with the standard retention schedule added when it has none. */
	public static Trust load(EntityStore entities) {
		Trust trust = Trusts.findOrCreate(entities);
		boolean fresh = trust.getRetentionClasses().isEmpty() || trust.getRetentionRules().isEmpty();
		RetentionDefaults.ensure(trust);
		if (fresh) {
			entities.save(trust);
		}
		return trust;
	}
}
