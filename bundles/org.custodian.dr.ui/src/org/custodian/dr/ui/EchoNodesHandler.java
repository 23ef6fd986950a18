package org.custodian.dr.ui;

import org.custodian.app.session.Session;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Backup &amp; DR > Echo nodes (Ctrl+Shift+E): every PACS node asked by its own method, in a Job. */
public class EchoNodesHandler {
	@CanExecute
	boolean canExecute(@Optional Session session, EPartService parts) {
		// in the Backup & DR perspective only: its parts are what the command acts on
		return DrHandlers.mayView(session) && parts.findPart(DrIds.NODES_PART) != null;
	}

	@Execute
	void execute(EPartService parts) {
		NodesPart nodes = DrHandlers.show(parts, DrIds.NODES_PART, NodesPart.class);
		if (nodes != null) {
			nodes.echoNodes();
		}
	}
}
