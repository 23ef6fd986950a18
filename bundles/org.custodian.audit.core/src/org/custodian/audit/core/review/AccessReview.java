package org.custodian.audit.core.review;

import org.custodian.audit.core.feeds.ReferenceFeeds;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.Store;

/**
 * The Access perspective's work on the open database, as one Declarative Services component (parts, handlers
 * and the command line get it injected): the rules, the timelines, the investigations and the reference feeds.
 * Each call works on the database the {@link Store} service has open at that moment.
 */
public interface AccessReview {

	RuleEngine rules();

	Timelines timelines();

	Investigations investigations();

	ReferenceFeeds feeds();

	CasePack casePack();

	/** The hospital and NHS numbers of the patients events name, for grids and timelines. */
	PatientNumbers patientNumbers();

	/** Explained, unexplained or system traffic, for each access a grid shows (one instance per grid: it caches). */
	AccessClasses accessClasses();

	/** The store this works on (for the grids that page events and alerts directly). */
	Store store();
}
