package org.custodian.app.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A titled grid of entities with a row count and an empty state: the building block of the perspectives'
 * registers (plans, nodes, providers, contracts, staff). Rows are replaced wholesale on refresh.
 */
public final class EntityGrid<T> {
	private final Composite root;
	private final Label title;
	private final String titleText;
	private final EmptyState empty;
	private final NatTable table;
	private final List<T> rows = new ArrayList<>();

	public EntityGrid(Composite parent, String id, String titleText, List<Column<T>> columns, String emptyMessage) {
		this.titleText = titleText;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
		title = WidgetIds.tag(new Label(root, SWT.NONE), id + ".title");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		empty = new EmptyState(root, id + ".empty");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(empty);
		table = Grids.list(empty, id, rows, columns);
		empty.setContent(table);
		empty.setMessage(emptyMessage, null, null);
		setRows(List.of());
	}

	public Composite control() {
		return root;
	}

	public NatTable table() {
		return table;
	}

	public void setRows(List<T> newRows) {
		rows.clear();
		rows.addAll(newRows);
		title.setText(titleText + " (" + rows.size() + ")");
		empty.show(!rows.isEmpty());
		table.refresh();
		root.layout(true);
	}

	public void setEmptyAction(String message, String actionLabel, Runnable action) {
		empty.setMessage(message, actionLabel, action);
	}
}
