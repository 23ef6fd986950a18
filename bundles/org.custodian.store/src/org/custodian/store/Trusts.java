package org.custodian.store;

import java.util.List;

import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.Trust;

/**
 * The one way to find the trust a database holds (one per database), or to make it when the first act of a user
 * comes before any load: every perspective and the command line find it here, with the same defaults, so two
 * loaders can never create two trusts or name the same one differently.
 */
public final class Trusts {
	/** The id and name a trust gets when it is made before anything named it. */
	public static final String DEFAULT_ID = "trust";
	public static final String DEFAULT_NAME = "This trust";

	private Trusts() {
	}

	/** The stored trust, or null when there is none yet. */
	public static Trust find(EntityStore entities) {
		List<Trust> trusts = entities.loadAll(ModelPackage.Literals.TRUST);
		return trusts.isEmpty() ? null : trusts.get(0);
	}

	public static Trust find(Store store) {
		return find(store.entities());
	}

	/** The stored trust, created (empty, and saved) when there is none: cases need no staff directory first. */
	public static Trust findOrCreate(EntityStore entities) {
		Trust trust = find(entities);
		if (trust == null) {
			trust = ModelFactory.eINSTANCE.createTrust();
			trust.setId(DEFAULT_ID);
			trust.setName(DEFAULT_NAME);
			entities.save(trust);
		}
		return trust;
	}

	public static Trust findOrCreate(Store store) {
		return findOrCreate(store.entities());
	}
}
