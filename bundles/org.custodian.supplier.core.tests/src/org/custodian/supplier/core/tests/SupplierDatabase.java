package org.custodian.supplier.core.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.custodian.dicom.Dicom;
import org.custodian.store.Store;
import org.custodian.supplier.core.internal.SupplierComponent;
import org.custodian.testing.TestDatabases;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The real Store service (Declarative Services in the test runtime) with a fresh encrypted database in a test's
 * folder, and a Suppliers component on it with the PixelMed reader and de-identifier, whose clock stands still.
 */
final class SupplierDatabase implements AutoCloseable {
	static final ZoneId LONDON = ZoneId.of("Europe/London");

	final Store store;
	final SupplierComponent supplier;

	SupplierDatabase(Path dir, LocalDate today) throws InterruptedException {
		store = service(Store.class);
		store.create(TestDatabases.config(dir.resolve("db")));
		supplier = new SupplierComponent(Clock.fixed(today.atTime(9, 0).atZone(LONDON).toInstant(), LONDON));
		supplier.bindStore(store);
		supplier.bindReader(Dicom.reader());
		supplier.bindDeidentifier(Dicom.deidentifier());
	}

	static <S> S service(Class<S> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(SupplierDatabase.class).getBundleContext();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		S s = tracker.waitForService(30_000);
		if (s == null) {
			throw new IllegalStateException(type.getSimpleName() + " service missing");
		}
		return s;
	}

	@Override
	public void close() {
		store.close();
	}
}
