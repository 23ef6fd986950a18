package org.custodian.dr.core.tests;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Declarative Services from the test runtime, waited for a bounded time (components activate asynchronously). */
final class Services {
    private Services() {
    }

    static <S> S get(Class<S> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S s = tracker.waitForService(30_000);
            if (s == null) {
                throw new AssertionError("the " + type.getName() + " service did not start within 30 s");
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + type.getName(), e);
        }
    }
}
