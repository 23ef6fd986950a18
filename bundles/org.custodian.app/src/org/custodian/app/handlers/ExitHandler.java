package org.custodian.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Exit (Ctrl+Q). The life cycle shuts the database down on the way out. */
public class ExitHandler {
	@Execute
	void execute(IWorkbench workbench) {
		workbench.close();
	}
}
