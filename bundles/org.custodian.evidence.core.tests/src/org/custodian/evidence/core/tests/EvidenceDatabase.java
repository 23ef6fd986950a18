package org.custodian.evidence.core.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.custodian.evidence.core.Assessment;
import org.custodian.evidence.core.internal.EvidenceComponent;
import org.custodian.store.Store;
import org.custodian.testing.TestDatabases;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The real Store service with a fresh encrypted database, and the evidence component on it, judging in London. */
final class EvidenceDatabase implements AutoCloseable {
	static final ZoneId LONDON = ZoneId.of("Europe/London");

	final Store store;
	final EvidenceComponent evidence;

	EvidenceDatabase(Path dir) throws InterruptedException {
		store = service(Store.class);
		store.create(TestDatabases.config(dir.resolve("db")));
		evidence = new EvidenceComponent(Clock.system(LONDON));
		evidence.bindStore(store);
	}

	/** Every assessment by requirement ID, as of {@code now}. */
	Map<String, Assessment> assess(Instant now) {
		List<Assessment> all = evidence.assess(now);
		return all.stream().collect(Collectors.toMap(a -> a.requirement().id(), Function.identity()));
	}

	static <S> S service(Class<S> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(EvidenceDatabase.class).getBundleContext();
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
