package org.custodian.people.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.custodian.people.core.internal.PeopleComponent;
import org.custodian.store.Store;
import org.custodian.testing.TestDatabases;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The real Store service (Declarative Services in the test runtime) with a fresh encrypted database in a test's
 * folder, and a People component on it whose clock stands still in London.
 */
final class PeopleDatabase implements AutoCloseable {
	static final ZoneId LONDON = ZoneId.of("Europe/London");

	final Store store;
	final PeopleComponent people;
	private final Path dir;

	PeopleDatabase(Path dir, LocalDateTime now) throws InterruptedException {
		this.dir = dir;
		store = service(Store.class);
		store.create(TestDatabases.config(dir.resolve("db")));
		people = new PeopleComponent(Clock.fixed(now.atZone(LONDON).toInstant(), LONDON));
		people.bindStore(store);
	}

	static <S> S service(Class<S> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(PeopleDatabase.class).getBundleContext();
		ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		S s = tracker.waitForService(30_000);
		if (s == null) {
			throw new IllegalStateException(type.getSimpleName() + " service missing");
		}
		return s;
	}

	Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
	}

	@Override
	public void close() {
		store.close();
	}
}
