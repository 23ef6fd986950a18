package org.custodian.people.ui;

import java.util.List;

import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Staff;
import org.custodian.people.core.Directory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** The small questions the People perspective asks before it records a decision. */
final class PeopleDialogs {
	private PeopleDialogs() {
	}

	/** A line of text that may not be blank (a justification, a system name); null when cancelled. */
	static String ask(Shell shell, String title, String question, String initial, String id) {
		InputDialog dialog = new InputDialog(shell, title, question, initial,
				v -> v == null || v.isBlank() ? "Required." : null) {
			@Override
			protected Control createDialogArea(Composite parent) {
				Control area = super.createDialogArea(parent);
				WidgetIds.tag(getText(), id);
				return area;
			}

			@Override
			protected void configureShell(Shell s) {
				super.configureShell(s);
				WidgetIds.tag(s, id + ".dialog");
			}
		};
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}

	/** The member of staff who owns an account, the suggested one chosen at first; null when cancelled. */
	static Staff owner(Shell shell, String account, List<Staff> staff, Staff suggested) {
		Staff[] chosen = new Staff[1];
		Dialog dialog = new Dialog(shell) {
			private Combo who;

			@Override
			protected void configureShell(Shell s) {
				super.configureShell(s);
				s.setText("Confirm the owner");
				WidgetIds.tag(s, "people.owner.dialog");
			}

			@Override
			protected Control createDialogArea(Composite parent) {
				Composite area = (Composite) super.createDialogArea(parent);
				GridLayoutFactory.swtDefaults().applyTo(area);
				Label l = new Label(area, SWT.WRAP);
				l.setText("&Who owns " + account + "?");
				who = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "people.owner.staff");
				for (Staff s : staff) {
					who.add(Directory.name(s) + " (" + s.getStaffNumber()
							+ (s.getJobTitle() == null ? "" : ", " + s.getJobTitle()) + ")");
				}
				who.setVisibleItemCount(20);
				int at = suggested == null ? -1 : staff.indexOf(suggested);
				who.select(Math.max(at, 0));
				GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(who);
				return area;
			}

			@Override
			protected void okPressed() {
				chosen[0] = who.getSelectionIndex() < 0 ? null : staff.get(who.getSelectionIndex());
				super.okPressed();
			}
		};
		return dialog.open() == Window.OK ? chosen[0] : null;
	}
}
