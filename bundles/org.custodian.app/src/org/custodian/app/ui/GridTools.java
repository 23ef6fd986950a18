package org.custodian.app.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.command.MultiColumnHideCommand;
import org.eclipse.nebula.widgets.nattable.hideshow.command.ShowAllColumnsCommand;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * What users do with any grid beyond reading it: find which rows they selected, and choose which columns to see
 * (the choice also decides what an export of the view writes).
 */
public final class GridTools {
	private GridTools() {
	}

	/** Row indexes the user selected (whole rows, or rows with a selected cell), in order. */
	public static List<Integer> selectedRows(NatTable table) {
		SelectionLayer selection = ((DefaultGridLayer) table.getLayer()).getBodyLayer().getSelectionLayer();
		List<Integer> rows = new ArrayList<>();
		for (int position : selection.getFullySelectedRowPositions()) {
			rows.add(selection.getRowIndexByPosition(position));
		}
		if (rows.isEmpty()) {
			selection.getSelectedRowPositions().forEach(r -> {
				for (int p = r.start; p < r.end; p++) {
					rows.add(selection.getRowIndexByPosition(p));
				}
			});
		}
		return rows;
	}

	/** Indexes of the columns currently shown. */
	public static List<Integer> visibleColumns(NatTable table) {
		SelectionLayer selection = ((DefaultGridLayer) table.getLayer()).getBodyLayer().getSelectionLayer();
		List<Integer> columns = new ArrayList<>();
		for (int p = 0; p < selection.getColumnCount(); p++) {
			columns.add(selection.getColumnIndexByPosition(p));
		}
		return columns;
	}

	/** Lets the user tick the columns to show; returns false when cancelled. */
	public static <T> boolean chooseColumns(Shell shell, NatTable table, List<Column<T>> columns) {
		List<Integer> visible = visibleColumns(table);
		boolean[] chosen = new boolean[columns.size()];
		Dialog dialog = new Dialog(shell) {
			private final List<Button> boxes = new ArrayList<>();

			@Override
			protected void configureShell(Shell s) {
				super.configureShell(s);
				s.setText("Columns");
			}

			@Override
			protected Control createDialogArea(Composite parent) {
				Composite area = (Composite) super.createDialogArea(parent);
				area.setLayout(new GridLayout(2, true));
				for (int i = 0; i < columns.size(); i++) {
					Button box = WidgetIds.tag(new Button(area, SWT.CHECK), "columns." + i);
					box.setText(columns.get(i).header());
					box.setSelection(visible.contains(i));
					boxes.add(box);
				}
				return area;
			}

			@Override
			protected void okPressed() {
				for (int i = 0; i < boxes.size(); i++) {
					chosen[i] = boxes.get(i).getSelection();
				}
				super.okPressed();
			}
		};
		if (dialog.open() != IDialogConstants.OK_ID) {
			return false;
		}
		table.doCommand(new ShowAllColumnsCommand());
		List<Integer> hide = new ArrayList<>();
		for (int i = 0; i < chosen.length; i++) {
			if (!chosen[i]) {
				hide.add(i + 1); // NatTable positions count the row-header column
			}
		}
		if (!hide.isEmpty()) {
			table.doCommand(new MultiColumnHideCommand(table, hide.stream().mapToInt(Integer::intValue).toArray()));
		}
		return true;
	}
}
