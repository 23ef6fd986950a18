package org.custodian.audit.core.review;

import org.custodian.audit.core.feeds.ReferenceFeeds;
import org.custodian.audit.core.rules.Directory;
import org.custodian.audit.core.rules.RuleEngine;

/**
 * The Access perspective's work on the open database, as one Declarative Services component (parts, handlers
 * and the command line get it injected): the rules, the timelines, the investigations and the reference feeds.
 * Each call works on the database the Store service has open at that moment, and checks the
 * permission it needs: the UI reaches the database only through here, never through the store.
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

	/** The alert queue: read, filtered, dismissed. */
	AlertQueue alerts();

	/** The console's own trail and the imported reading of the PACS audit log. */
	TrailReview trail();

	/** Who the users named in the trail are (staff, department, system accounts), in the trust's zone. */
	Directory directory();

	/** The patient's NHS number when the PAS feed gave one, else null. */
	String nhsNumber(String patientId);

	/** The console user signed in, who opens cases and is named on the trail. */
	String user();
}
