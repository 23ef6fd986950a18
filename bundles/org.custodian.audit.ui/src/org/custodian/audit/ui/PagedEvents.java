package org.custodian.audit.ui;

import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.Formats;
import org.custodian.audit.core.review.EventPages;
import org.custodian.store.AccessEventStore;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.StoredEvent;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/**
 * NatTable body data over the access-event table: the grid's columns over {@link EventPages}, which counts
 * the matching events once per filter and reads pages of 200 by keyset as the grid paints them, holding a few
 * pages whatever the number of events.
 */
final class PagedEvents implements IDataProvider {
	private final EventPages pages;
	private final List<Column<StoredEvent>> columns;

	PagedEvents(AccessEventStore events, List<Column<StoredEvent>> columns) {
		this.pages = new EventPages(events);
		this.columns = columns;
	}

	/** Applies a new filter (or re-reads after an import) and returns the number of matching events. */
	long reset(EventFilter newFilter) {
		return reset(newFilter, pages.order());
	}

	/** Applies a filter and an order; returns the number of matching events. */
	long reset(EventFilter newFilter, EventOrder newOrder) {
		return pages.reset(newFilter, newOrder);
	}

	EventFilter filter() {
		return pages.filter();
	}

	EventOrder order() {
		return pages.order();
	}

	long count() {
		return pages.count();
	}

	StoredEvent row(int index) {
		return pages.row(index);
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
		return (int) Math.min(Integer.MAX_VALUE, pages.count());
	}
}
