package org.custodian.app.ui;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Builds every NatTable grid of the console the same way: column headers, row numbers, column widths, and a
 * data key for tests. Values are formatted by {@link Formats} so the same value reads the same everywhere.
 */
public final class Grids {

	private static final int ROW_NUMBER_WIDTH = 76;

	private Grids() {
	}

	/**
	 * Calls {@code action} with the column's index when its header is clicked, in place of NatTable's default
	 * of selecting the whole column: people click a header to sort by it.
	 */
	public static void onHeaderClick(NatTable table, IntConsumer action) {
		table.getUiBindingRegistry().registerFirstSingleClickBinding(MouseEventMatcher.columnHeaderLeftClick(SWT.NONE),
				(natTable, event) -> {
					int position = natTable.getColumnPositionByX(event.x);
					int index = natTable.getColumnIndexByPosition(position);
					if (index >= 0) {
						action.accept(index);
					}
				});
	}

	/** A grid over rows already in memory (entities: staff, plans, providers: hundreds to thousands). */
	public static <T> NatTable list(Composite parent, String id, List<T> rows, List<Column<T>> columns) {
		return grid(parent, id, new ListDataProvider<>(rows, accessor(columns)), columns);
	}

	/** A grid over any body data provider, e.g. one that pages from the database. */
	public static <T> NatTable grid(Composite parent, String id, IDataProvider body, List<Column<T>> columns) {
		IDataProvider header = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return columns.get(column).header();
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				throw new UnsupportedOperationException("headers are fixed");
			}

			@Override
			public int getColumnCount() {
				return columns.size();
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
		DefaultGridLayer grid = new DefaultGridLayer(body, header);
		// row numbers of millions of events: the default width shows "999..." past 99,999
		((DataLayer) grid.getRowHeaderDataLayer()).setDefaultColumnWidth(ROW_NUMBER_WIDTH);
		DataLayer bodyLayer = (DataLayer) grid.getBodyDataLayer();
		for (int i = 0; i < columns.size(); i++) {
			bodyLayer.setColumnWidthByPosition(i, columns.get(i).width());
		}
		NatTable table = new NatTable(parent, grid);
		return WidgetIds.tag(table, id);
	}

	public static <T> IColumnAccessor<T> accessor(List<Column<T>> columns) {
		return new IColumnAccessor<>() {
			@Override
			public Object getDataValue(T row, int column) {
				return Formats.display(columns.get(column).value().apply(row));
			}

			@Override
			public void setDataValue(T row, int column, Object value) {
				throw new UnsupportedOperationException("grids are read-only");
			}

			@Override
			public int getColumnCount() {
				return columns.size();
			}
		};
	}
}
