package org.custodian.supplier.core;

import java.util.List;

import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.Trust;
import org.custodian.store.EntityStore;

/**
 * The trust's supplier and records data, read and written whole through the one generic {@link EntityStore}: every
 * change works on a freshly loaded {@link Trust} and saves it in one transaction.
 */
public final class SupplierData {
	private SupplierData() {
	}

	/** The stored trust (or a new one), with the standard retention schedule added when it has none. */
	public static Trust load(EntityStore entities) {
		List<Trust> trusts = entities.loadAll(ModelPackage.Literals.TRUST);
		Trust trust;
		if (trusts.isEmpty()) {
			trust = ModelFactory.eINSTANCE.createTrust();
			trust.setName("Trust");
		} else {
			trust = trusts.get(0);
		}
		boolean fresh = trusts.isEmpty() || trust.getRetentionClasses().isEmpty() || trust.getRetentionRules().isEmpty();
		RetentionDefaults.ensure(trust);
		if (fresh) {
			entities.save(trust);
		}
		return trust;
	}
}
