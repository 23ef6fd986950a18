package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.Store;
import org.custodian.testing.TestDatabases;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The console's real Store service, with a new encrypted test database created in a folder of the test's. */
final class Stores {
	private Stores() {
	}

	static Store created(Path dir) throws InterruptedException {
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(RuleEngine.class).getBundleContext(), Store.class, null);
		tracker.open();
		Store store = tracker.waitForService(20_000);
		assertNotNull(store, "the Store service did not start");
		store.create(TestDatabases.config(dir.resolve("db")));
		return store;
	}
}
