package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.custodian.audit.core.review.EventPages;
import org.custodian.store.AccessEvent;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the event grid reads (EventPages, behind the NatTable data provider) on a real encrypted database of
 * more than six pages: row n is the n-th event of the order whether the grid scrolls down, jumps, or comes
 * back to a page that left the cache, for every order and with filters.
 */
class EventPagesTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final int EVENTS = 1_345;

	@TempDir
	Path dir;
	private TestDatabase db;

	@BeforeEach
	void open() throws Exception {
		db = new TestDatabase(dir);
		List<AccessEvent> events = new ArrayList<>();
		for (int n = 0; n < EVENTS; n++) {
			// two events a minute (ties in time), stored out of time order
			events.add(new AccessEvent(T0.plusSeconds(60L * (n / 2)), "110104", "R", 0, null, "user" + n % 3, null,
					"10.0.0.1", "PAT" + n % 5, null, "1.2.826.0.1." + n, "PACS_MAIN", "event " + n));
		}
		Collections.shuffle(events, new Random(3));
		long run = db.events.beginImport("audit.xml", "DICOM");
		db.events.commitBatch(run, events.subList(0, 700), List.of(), "message 700");
		db.events.commitBatch(run, events.subList(700, EVENTS), List.of(), "message " + EVENTS);
	}

	@AfterEach
	void shutDown() {
		db.shutdown();
	}

	@Test
	void scrollingDownGivesEveryEventOnceInOrder() {
		EventPages pages = new EventPages(db.events);
		for (EventOrder order : EventOrder.values()) {
			for (EventFilter filter : List.of(EventFilter.ALL, new EventFilter(null, "user1", null, null),
					new EventFilter(null, null, T0.plusSeconds(3600), T0.plusSeconds(4 * 3600)))) {
				List<StoredEvent> expected = db.events.page(filter, order, 0, EVENTS);
				assertEquals(expected.size(), pages.reset(filter, order), order + " " + filter);
				List<StoredEvent> read = new ArrayList<>();
				for (long i = 0; i < pages.count(); i++) {
					read.add(pages.row(i));
				}
				assertEquals(ids(expected), ids(read), order + " " + filter);
				assertNull(pages.row(pages.count()));
				assertNull(pages.row(-1));
			}
		}
	}

	@Test
	void jumpsAndReturnsLandOnTheRightRow() {
		EventPages pages = new EventPages(db.events);
		List<StoredEvent> expected = db.events.page(EventFilter.ALL, EventOrder.NEWEST_FIRST, 0, EVENTS);
		assertEquals(EVENTS, pages.reset(EventFilter.ALL, EventOrder.NEWEST_FIRST));
		// a drag of the scroll bar to the end, back to the top, into the middle, then up one page at a time
		// (pages leave the 16-page cache on the way and are read again from the page ends kept)
		long[] visits = { 1_300, 0, 650, 1_344, 401, 399, 200, 199, 1_000, 5, 1_201, 1_199 };
		for (long i : visits) {
			assertEquals(expected.get((int) i).id(), pages.row(i).id(), "row " + i);
		}
		Random random = new Random(11);
		for (int k = 0; k < 200; k++) {
			int i = random.nextInt(EVENTS);
			assertEquals(expected.get(i).id(), pages.row(i).id(), "row " + i);
		}
	}

	@Test
	void anImportMeanwhileShowsAfterReset() {
		EventPages pages = new EventPages(db.events);
		pages.reset(EventFilter.ALL, EventOrder.NEWEST_FIRST);
		StoredEvent top = pages.row(0);
		AccessEvent newest = new AccessEvent(T0.plusSeconds(86_400), "110104", "R", 0, null, "user9", null,
				"10.0.0.2", "PAT9", null, "1.2.826.0.2.1", "PACS_MAIN", "later");
		db.events.commitBatch(db.events.beginImport("later.xml", "DICOM"), List.of(newest), List.of(), "message 1");
		assertEquals(top.id(), pages.row(0).id(), "the pages read stay as they were until the grid resets");
		assertEquals(EVENTS + 1, pages.reset(EventFilter.ALL, EventOrder.NEWEST_FIRST));
		assertEquals(newest, pages.row(0).event());
		assertEquals(top.id(), pages.row(1).id());
	}

	private static List<Long> ids(List<StoredEvent> events) {
		return events.stream().map(StoredEvent::id).toList();
	}
}
