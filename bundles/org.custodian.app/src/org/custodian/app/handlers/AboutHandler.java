package org.custodian.app.handlers;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.custodian.app.session.Session;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Help > About: what this console is, its version, and where its data lives. */
public class AboutHandler {
	@Execute
	void execute(@Named("activeShell") Shell shell, @Optional Session session) {
		Bundle bundle = FrameworkUtil.getBundle(AboutHandler.class);
		String where = session == null ? "Not signed in." : "Database: " + session.database();
		MessageDialog.openInformation(shell, "About Custodian", "Custodian " + bundle.getVersion()
				+ "\n\nInformation governance of hospital imaging archives: backups and disaster recovery, "
				+ "access to patients' images, suppliers and retention, staff training and leavers.\n\n" + where
				+ "\nJava " + System.getProperty("java.version") + ", " + Platform.getOS() + "/" + Platform.getOSArch());
	}
}
