package org.custodian.people.core;


import org.custodian.model.ModelFactory;
import org.custodian.model.PeopleSettings;
import org.custodian.model.ReviewDecision;
import org.custodian.model.Trust;
import org.custodian.store.EntityStore;
import org.custodian.store.Trusts;

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
		return Trusts.findOrCreate(entities);
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
