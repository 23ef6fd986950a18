package org.custodian.supplier.ui;

import java.nio.file.Path;

import org.custodian.app.session.Session;
import org.custodian.app.ui.Background;
import org.custodian.app.ui.DataEvents;
import org.custodian.store.Permission;
import org.custodian.supplier.core.Labelling;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File > Check image labels... (Ctrl+Shift+K): S2, the headers of a folder of the archive read in the background as
 * {@code custodian-cli label-check DIR} does; the check is recorded and the Labelling check view and the start page
 * show it. Enabled for users who may change the Suppliers &amp; records registers.
 */
public class CheckLabelsHandler {

	@CanExecute
	boolean canExecute(@Optional Session session) {
		return session != null && session.may(Permission.CHANGE_RECORDS);
	}

	@Execute
	void execute(@Named("activeShell") Shell shell, SupplierService supplier, UISynchronize ui, IEventBroker events) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Folder of DICOM files whose labels to check");
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path folder = Path.of(chosen);
		Background.load("Checking the labels of " + folder, () -> {
			try {
				Labelling.Report r = supplier.checkLabels(folder, folder.toString(), new NullProgressMonitor());
				events.post(DataEvents.CHANGED, "labelling check");
				return summary(r);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}, ui, text -> MessageDialog.openInformation(shell, "Labelling check", text),
				e -> MessageDialog.openError(shell, "Labelling check", "The labels of " + folder + " were not checked: "
						+ e.getMessage()));
	}

	static String summary(Labelling.Report r) {
		return r.check().getObjects() + " objects of " + r.check().getStudies() + " studies read; "
				+ r.check().getGaps().size() + " studies lack a label" + (Labelling.byLabel(r.check()).isEmpty() ? ""
						: " " + Labelling.byLabel(r.check())) + (r.unreadable().isEmpty() ? "."
								: "; " + r.unreadable().size() + " files could not be read, the first: "
										+ r.unreadable().get(0).file() + ": " + r.unreadable().get(0).reason() + ".");
	}
}
