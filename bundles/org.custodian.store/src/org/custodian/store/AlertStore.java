package org.custodian.store;

import java.util.List;

/** The one alert queue every detection rule feeds, and the small settings the rules keep. */
public interface AlertStore {

	/** Stores the alerts whose dedupe key is new, in one transaction; returns how many were stored. */
	int raise(List<NewAlert> alerts);

	/** Matching alerts, newest event first. */
	List<Alert> list(AlertFilter filter, long offset, int limit);

	long count(AlertFilter filter);

	/** The ids of the rules that raised the alerts in the queue (any status), sorted. */
	List<String> rules();

	Alert get(long id);

	/** Sets the status (and case reference) of alerts, in one transaction. */
	void update(List<Long> ids, String status, String caseRef);

	/** A named setting, or null. */
	String setting(String name);

	void setting(String name, String value);
}
