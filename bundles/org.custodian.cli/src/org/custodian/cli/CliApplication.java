package org.custodian.cli;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.custodian.audit.core.AuditImportService;
import org.custodian.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless application (org.custodian.cli.app) started by the custodian-cli script: looks up the
 * Declarative Services the console also uses and hands over to {@link Cli}. Its return value is the
 * process's exit code.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		context.applicationRunning();
		BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
		Store store = service(bundles, Store.class);
		AuditImportService importer = service(bundles, AuditImportService.class);
		try {
			return new Cli(store, importer, System.in, System.out, System.err, Map.copyOf(System.getenv()))
					.run(args);
		} finally {
			store.close();
		}
	}

	/** Waits a bounded time for a DS component: they activate asynchronously after the framework starts. */
	private static <S> S service(BundleContext bundles, Class<S> type) throws InterruptedException {
		ServiceTracker<S, S> tracker = new ServiceTracker<>(bundles, type, null);
		tracker.open();
		S service = tracker.waitForService(30_000);
		if (service == null) {
			throw new IllegalStateException("The " + type.getSimpleName() + " service did not start; the "
					+ "installation is incomplete.");
		}
		return service;
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
