package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.TestDatabases;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyset paging ({@code pageAfter}) on a real encrypted database: reading page after page, each from the last
 * row of the one before, gives every matching event exactly once, in the order's sequence, for every order
 * and filter; ties in time are broken by id; the rows without a user or patient come last in the group orders.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class KeysetPagingTest {
	@Parameter
	Backend backend;

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final int EVENTS = 230;

	@TempDir
	Path dir;
	private EventDatabase database;
	private AccessEventStore store;

	@BeforeEach
	void open() {
		database = new EventDatabase(backend, dir.resolve("db"));
		database.applyEventSchema();
		store = new DerbyAccessEventStore(database);
		List<AccessEvent> events = new ArrayList<>();
		for (int n = 0; n < EVENTS; n++) {
			events.add(event(n));
		}
		// stored out of time order, so that ids and times disagree
		java.util.Collections.shuffle(events, new java.util.Random(7));
		long run = store.beginImport("audit.xml", "DICOM");
		store.commitBatch(run, events, List.of(), "message " + EVENTS);
	}

	@AfterEach
	void shutDown() {
		database.shutdown();
	}

	/**
	 * Event {@code n}: groups of four share one time (ties), users u0..u4 with every 11th event without a user,
	 * patients P0..P6 with every 13th without a patient.
	 */
	private static AccessEvent event(int n) {
		String user = n % 11 == 0 ? null : "u" + n % 5;
		String patient = n % 13 == 0 ? null : "P" + n % 7;
		return new AccessEvent(T0.plusSeconds(60L * (n / 4)), "110104", "R", 0, null, user, null, "10.0.0.1",
				patient, null, "1.2.826.0.1." + n, "PACS_MAIN", "event " + n);
	}

	@Test
	void everyOrderAndFilterReadsEachEventOnceInOrder() {
		List<EventFilter> filters = List.of(EventFilter.ALL, new EventFilter(null, "u2", null, null),
				new EventFilter("P3", null, null, null), new EventFilter(null, null, T0.plusSeconds(600),
						T0.plusSeconds(2400)), new EventFilter("P1", "u1", null, null));
		for (EventOrder order : EventOrder.values()) {
			for (EventFilter filter : filters) {
				List<StoredEvent> expected = expected(filter, order);
				assertTrue(!expected.isEmpty(), "the data has events for " + filter);
				for (int pageSize : new int[] { 1, 7, 50 }) {
					assertEquals(ids(expected), ids(readAll(filter, order, pageSize)),
							order + " " + filter + " in pages of " + pageSize);
				}
				// the offset page the grid used before is the same sequence
				assertEquals(ids(expected), ids(store.page(filter, order, 0, EVENTS + 1)), order + " " + filter);
			}
		}
	}

	@Test
	void skippingFromAKnownPageLandsWhereAnOffsetWould() {
		for (EventOrder order : EventOrder.values()) {
			List<StoredEvent> all = expected(EventFilter.ALL, order);
			StoredEvent tenth = all.get(9);
			for (int skip : new int[] { 0, 1, 13, 150, all.size() - 11, all.size() }) {
				List<StoredEvent> page = store.pageAfter(EventFilter.ALL, order, tenth, skip, 20);
				List<StoredEvent> want = all.subList(Math.min(all.size(), 10 + skip), Math.min(all.size(), 30 + skip));
				assertEquals(ids(want), ids(page), order + " skip " + skip);
				assertEquals(ids(want), ids(store.page(EventFilter.ALL, order, 10 + skip, 20)), order + " offset");
			}
		}
	}

	@Test
	void eventsStoredBetweenPagesDoNotShiftTheNextPage() {
		List<StoredEvent> before = expected(EventFilter.ALL, EventOrder.NEWEST_FIRST);
		List<StoredEvent> first = store.pageAfter(EventFilter.ALL, EventOrder.NEWEST_FIRST, null, 0, 10);
		// ten newer events arrive while the first page is on screen
		List<AccessEvent> newer = new ArrayList<>();
		for (int n = 0; n < 10; n++) {
			newer.add(new AccessEvent(T0.plusSeconds(86_400 + n), "110104", "R", 0, null, "u9", null, "10.0.0.2", "P9",
					null, "1.2.826.0.2." + n, "PACS_MAIN", "late " + n));
		}
		store.commitBatch(store.beginImport("late.xml", "DICOM"), newer, List.of(), "message 10");
		List<StoredEvent> second = store.pageAfter(EventFilter.ALL, EventOrder.NEWEST_FIRST, first.get(9), 0, 10);
		// an offset of 10 would now give the first page again (the new events come first); the keyset goes on
		assertEquals(ids(before.subList(10, 20)), ids(second));
		assertEquals(ids(first), ids(store.page(EventFilter.ALL, EventOrder.NEWEST_FIRST, 10, 10)));
	}

	@Test
	void theEndAndBadArgumentsAreClear() {
		List<StoredEvent> all = expected(EventFilter.ALL, EventOrder.NEWEST_FIRST);
		assertTrue(store.pageAfter(EventFilter.ALL, EventOrder.NEWEST_FIRST, all.get(all.size() - 1), 0, 10).isEmpty());
		assertTrue(store.pageAfter(EventFilter.ALL, EventOrder.NEWEST_FIRST, null, 0, 0).isEmpty());
		assertThrows(IllegalArgumentException.class,
				() -> store.pageAfter(EventFilter.ALL, EventOrder.NEWEST_FIRST, null, -1, 10));
	}

	private List<StoredEvent> readAll(EventFilter filter, EventOrder order, int pageSize) {
		List<StoredEvent> all = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		StoredEvent last = null;
		for (int pages = 0; pages <= EVENTS; pages++) {
			List<StoredEvent> page = store.pageAfter(filter, order, last, 0, pageSize);
			for (StoredEvent e : page) {
				assertTrue(seen.add(e.id()), "event " + e.id() + " came twice (" + order + " " + filter + ")");
			}
			all.addAll(page);
			if (page.size() < pageSize) {
				return all;
			}
			last = page.get(page.size() - 1);
		}
		throw new AssertionError("paging did not end");
	}

	/** Every matching event (read in one go) sorted here, by the order's definition, not by the database. */
	private List<StoredEvent> expected(EventFilter filter, EventOrder order) {
		List<StoredEvent> all = new ArrayList<>(store.page(EventFilter.ALL, EventOrder.NEWEST_FIRST, 0, 10_000).stream()
				.filter(e -> matches(filter, e.event())).toList());
		Comparator<StoredEvent> newest = Comparator.comparing((StoredEvent e) -> e.event().time())
				.thenComparingLong(StoredEvent::id).reversed();
		Comparator<StoredEvent> comparator = switch (order) {
		case NEWEST_FIRST -> newest;
		case OLDEST_FIRST -> newest.reversed();
		case BY_USER -> group(e -> e.event().userId()).thenComparing(newest);
		case BY_PATIENT -> group(e -> e.event().patientId()).thenComparing(newest);
		};
		all.sort(comparator);
		return all;
	}

	/** By the value, the events without one last (as the database sorts NULL). */
	private static Comparator<StoredEvent> group(Function<StoredEvent, String> value) {
		return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
	}

	private static boolean matches(EventFilter f, AccessEvent e) {
		return (f.patientId() == null || f.patientId().equals(e.patientId()))
				&& (f.userId() == null || f.userId().equals(e.userId()))
				&& (f.from() == null || !e.time().isBefore(f.from())) && (f.to() == null || e.time().isBefore(f.to()));
	}

	private static List<Long> ids(List<StoredEvent> events) {
		return events.stream().map(StoredEvent::id).toList();
	}
}
