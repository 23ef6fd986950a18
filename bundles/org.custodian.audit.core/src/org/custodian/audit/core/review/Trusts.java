package org.custodian.audit.core.review;

import java.util.List;

import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.Trust;
import org.custodian.store.Store;

/** The trust the database holds (one per database), made when a guardian's first act comes before any load. */
public final class Trusts {
	private Trusts() {
	}

	/** The stored trust, or null when there is none yet. */
	public static Trust find(Store store) {
		List<Trust> trusts = store.entities().loadAll(ModelPackage.Literals.TRUST);
		return trusts.isEmpty() ? null : trusts.get(0);
	}

	/** The stored trust, created (empty, and saved) when there is none: cases need no staff directory first. */
	public static Trust the(Store store) {
		Trust trust = find(store);
		if (trust == null) {
			trust = ModelFactory.eINSTANCE.createTrust();
			trust.setId("trust");
			trust.setName("This trust");
			store.entities().save(trust);
		}
		return trust;
	}
}
