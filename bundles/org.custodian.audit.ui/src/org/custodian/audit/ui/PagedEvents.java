package org.custodian.audit.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 */
final class PagedEvents implements IDataProvider {
	static final int PAGE = 200;
	static final int CACHED_PAGES = 16;

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
		List<StoredEvent> rows = pages.computeIfAbsent(page, p -> events.page(filter, order, p * PAGE, PAGE));
		int inPage = (int) (index - page * PAGE);
		return inPage < rows.size() ? rows.get(inPage) : null;
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
