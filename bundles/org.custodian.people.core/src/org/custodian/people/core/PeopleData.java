package org.custodian.people.core;

import java.util.List;

import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.PeopleSettings;
import org.custodian.model.ReviewDecision;
import org.custodian.model.Trust;
import org.custodian.store.EntityStore;

/**
 * The trust's people data, read and written whole through the one generic {@link EntityStore}: every import and
 * every calculation works on a freshly loaded {@link Trust} and saves it in one transaction, so an import is all
 * or nothing for its good records.
 */
public final class PeopleData {
	private PeopleData() {
	}

	/** The stored trust, or a new one (saved) when the database holds none yet. */
	public static Trust load(EntityStore entities) {
		List<Trust> trusts = entities.loadAll(ModelPackage.Literals.TRUST);
		if (!trusts.isEmpty()) {
			return trusts.get(0);
		}
		Trust trust = ModelFactory.eINSTANCE.createTrust();
		trust.setName("Trust");
		entities.save(trust);
		return trust;
	}

	/** The trust's settings, created with the model's defaults when it has none. */
	public static PeopleSettings settings(Trust trust) {
		if (trust.getPeopleSettings() == null) {
			PeopleSettings settings = ModelFactory.eINSTANCE.createPeopleSettings();
			// the safe default: an account nobody vouched for is withdrawn
			settings.setReviewDefault(ReviewDecision.REVOKE);
			trust.setPeopleSettings(settings);
		}
		return trust.getPeopleSettings();
	}
}
