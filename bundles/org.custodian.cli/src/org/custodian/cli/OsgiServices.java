package org.custodian.cli;

import java.util.HashMap;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services from the OSGi registry, waiting a bounded time: DS components activate asynchronously. */
public final class OsgiServices implements Services {
	private final BundleContext bundles = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
	private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();

	@Override
	public synchronized <S> S get(Class<S> type) {
		@SuppressWarnings("unchecked")
		ServiceTracker<S, S> tracker = (ServiceTracker<S, S>) trackers.computeIfAbsent(type, t -> {
			ServiceTracker<S, S> created = new ServiceTracker<>(bundles, type, null);
			created.open();
			return created;
		});
		try {
			S service = tracker.waitForService(30_000);
			if (service == null) {
				throw new IllegalStateException("The " + type.getSimpleName()
						+ " service did not start; the installation is incomplete.");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + type.getSimpleName(), e);
		}
	}
}
