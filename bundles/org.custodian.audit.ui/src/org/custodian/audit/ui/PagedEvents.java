package org.custodian.audit.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.Formats;
import org.custodian.store.AccessEventStore;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.StoredEvent;

/**
 * NatTable body data over the access-event table: the row count comes from one COUNT query per filter, rows
 * from pages of {@value #PAGE} fetched when the grid first paints them and kept in a small LRU cache. Never
 * holds more than {@value #CACHED_PAGES} pages, whatever the number of events.
 * <p>
 * Pages are read by keyset ({@link AccessEventStore#pageAfter}): each page starts after the last row of the
 * page before, so scrolling through millions of events costs the same per page at the end as at the start.
 * The last row of every page read is kept (one row per page, not the page) so that a page can be found again
 * after its rows left the cache; a jump to a page far below any known one (dragging the scroll bar) skips the
 * rows in between from the nearest known page, the only case where the database steps over rows.
 */
final class PagedEvents implements IDataProvider {
	static final int PAGE = 200;
	static final int CACHED_PAGES = 16;
	/** Page ends kept: one row each, so at most a few megabytes however far the grid is scrolled. */
	static final int KNOWN_PAGE_ENDS = 4096;

	private final AccessEventStore events;
	private final List<Column<StoredEvent>> columns;
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

	PagedEvents(AccessEventStore events, List<Column<StoredEvent>> columns) {
		this.events = events;
		this.columns = columns;
	}

	/** Applies a new filter (or re-reads after an import) and returns the number of matching events. */
	long reset(EventFilter newFilter) {
		return reset(newFilter, order);
	}

	/** Applies a filter and an order; returns the number of matching events. */
	long reset(EventFilter newFilter, EventOrder newOrder) {
		filter = newFilter;
		order = newOrder;
		pages.clear();
		pageEnds.clear();
		count = events.count(filter);
		return count;
	}

	EventFilter filter() {
		return filter;
	}

	EventOrder order() {
		return order;
	}

	long count() {
		return count;
	}

	StoredEvent row(int index) {
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

	@Override
	public Object getDataValue(int column, int rowIndex) {
		StoredEvent e = row(rowIndex);
		return e == null ? "" : Formats.display(columns.get(column).value().apply(e));
	}

	@Override
	public void setDataValue(int column, int row, Object value) {
		throw new UnsupportedOperationException("access events are evidence and cannot be edited");
	}

	@Override
	public int getColumnCount() {
		return columns.size();
	}

	@Override
	public int getRowCount() {
		return (int) Math.min(Integer.MAX_VALUE, count);
	}
}
