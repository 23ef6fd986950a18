package org.custodian.demo.internal;

import org.custodian.demo.DemoSeeder;
import org.custodian.store.DemoData;
import org.custodian.store.Store;
import org.eclipse.core.runtime.IProgressMonitor;

/** Offers the synthetic demo trust of {@link DemoSeeder} as the {@link DemoData} service. */
public final class DemoDataComponent implements DemoData {
	@Override
	public boolean seedIfEmpty(Store store, IProgressMonitor monitor) {
		return DemoSeeder.seedIfEmpty(store, monitor);
	}
}
