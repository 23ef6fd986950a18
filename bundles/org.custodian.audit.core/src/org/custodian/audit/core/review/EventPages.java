package org.custodian.audit.core.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.custodian.store.AccessEventStore;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.StoredEvent;

/**
 * Random access by row number to the events matching a filter, in an order, for a grid over millions of
 * events: the row count comes from one COUNT query per filter, rows from pages of {@value #PAGE} read when
 * first asked for and kept in a small LRU cache. Never holds more than {@value #CACHED_PAGES} pages, whatever
 * the number of events. Used by one thread (the grid's).
 * <p>
 * Pages are read by keyset ({@link AccessEventStore#pageAfter}): each page starts after the last row of the
 * page before, so scrolling through millions of events costs the same per page at the end as at the start.
 * The last row of every page read is kept (one row per page, at most {@value #KNOWN_PAGE_ENDS}) so that a page
 * can be found again after its rows left the cache. A jump to a page beyond any known one (dragging the scroll
 * bar) skips the rows in between from the nearest known page before it, the only case where the database
 * steps over rows.
 */
public final class EventPages {
	public static final int PAGE = 200;
	static final int CACHED_PAGES = 16;
	/** Page ends kept: one row each, so at most a few megabytes however far the grid is scrolled. */
	static final int KNOWN_PAGE_ENDS = 4096;

	private final AccessEventStore events;
	private EventFilter filter = EventFilter.ALL;
	private EventOrder order = EventOrder.NEWEST_FIRST;
	private long count;
	private final Map<Long, List<StoredEvent>> pages = new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, List<StoredEvent>> eldest) {
			return size() > CACHED_PAGES;
		}
	};
	/** The last row of each page read so far, by page number: where the next page starts. */
	private final TreeMap<Long, StoredEvent> pageEnds = new TreeMap<>();

	public EventPages(AccessEventStore events) {
		this.events = events;
	}

	/** Applies a filter and an order (or re-reads after an import); returns the number of matching events. */
	public long reset(EventFilter newFilter, EventOrder newOrder) {
		filter = newFilter;
		order = newOrder;
		pages.clear();
		pageEnds.clear();
		count = events.count(filter);
		return count;
	}

	public EventFilter filter() {
		return filter;
	}

	public EventOrder order() {
		return order;
	}

	/** The number of matching events when the filter was applied. */
	public long count() {
		return count;
	}

	/** Row {@code index} (0 = first in the order), or null outside the count or when events went meanwhile. */
	public StoredEvent row(long index) {
		if (index < 0 || index >= count) {
			return null;
		}
		long page = index / PAGE;
		List<StoredEvent> rows = pages.computeIfAbsent(page, this::read);
		int inPage = (int) (index - page * PAGE);
		return inPage < rows.size() ? rows.get(inPage) : null;
	}

	/** Reads a page after the nearest page before it whose last row is known. */
	private List<StoredEvent> read(long page) {
		Map.Entry<Long, StoredEvent> known = pageEnds.lowerEntry(page);
		long skipPages = known == null ? page : page - known.getKey() - 1;
		List<StoredEvent> rows = events.pageAfter(filter, order, known == null ? null : known.getValue(),
				skipPages * PAGE, PAGE);
		if (rows.size() == PAGE) {
			pageEnds.put(page, rows.get(PAGE - 1));
			if (pageEnds.size() > KNOWN_PAGE_ENDS) {
				// forget the end farthest from where the reader is; it costs a skip if that part is read again
				pageEnds.remove(page - pageEnds.firstKey() > pageEnds.lastKey() - page ? pageEnds.firstKey()
						: pageEnds.lastKey());
			}
		}
		return rows;
	}
}
