package org.custodian.audit.core.internal;

import org.custodian.audit.core.feeds.ReferenceFeeds;
import org.custodian.audit.core.review.AccessClasses;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.review.AlertQueue;
import org.custodian.audit.core.review.CasePack;
import org.custodian.audit.core.review.Investigations;
import org.custodian.audit.core.review.PatientNumbers;
import org.custodian.audit.core.review.Timelines;
import org.custodian.audit.core.review.TrailReview;
import org.custodian.audit.core.rules.Directory;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.Trusts;

/** The {@link AccessReview} component (OSGI-INF/org.custodian.audit.core.review.xml). */
public final class AccessReviewComponent implements AccessReview {
	private volatile Store store;

	public void bindStore(Store store) {
		this.store = store;
	}

	public void unbindStore(Store store) {
		if (this.store == store) {
			this.store = null;
		}
	}

	/** The open store for what is seeing patients' access. */
	private Store store() {
		Store current = open();
		// the grids page events and alerts through the store: that is seeing patients' access
		current.require(Permission.VIEW_ACCESS);
		return current;
	}

	@Override
	public AlertQueue alerts() {
		return new AlertQueue(open());
	}

	@Override
	public TrailReview trail() {
		return new TrailReview(open());
	}

	@Override
	public Directory directory() {
		Store current = store();
		return new Directory(Trusts.find(current), new RuleEngine(current).settings().zone());
	}

	@Override
	public String nhsNumber(String patientId) {
		return store().patients().nhsNumber(patientId);
	}

	@Override
	public String user() {
		return open().user();
	}

	/** The open store, before any permission check: each of the calls above checks its own. */
	private Store open() {
		Store current = store;
		if (current == null) {
			throw new IllegalStateException("The database service is not available.");
		}
		return current;
	}

	@Override
	public RuleEngine rules() {
		return new RuleEngine(store());
	}

	@Override
	public Timelines timelines() {
		return new Timelines(store());
	}

	@Override
	public Investigations investigations() {
		return new Investigations(store());
	}

	@Override
	public ReferenceFeeds feeds() {
		return new ReferenceFeeds(store());
	}

	@Override
	public PatientNumbers patientNumbers() {
		return new PatientNumbers(store().patients());
	}

	@Override
	public AccessClasses accessClasses() {
		return new AccessClasses(store());
	}

	@Override
	public CasePack casePack() {
		return new CasePack(store(), rules().settings().zone());
	}
}
