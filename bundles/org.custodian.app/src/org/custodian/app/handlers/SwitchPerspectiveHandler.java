package org.custodian.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.custodian.app.session.Session;
import org.custodian.app.ui.Perspectives;

import jakarta.inject.Named;

/** Opens the perspective named by the command's parameter (Perspective menu, Ctrl+1..4). */
public class SwitchPerspectiveHandler {
	public static final String PARAMETER = "org.custodian.app.command.perspective.id";

	@CanExecute
	boolean canExecute(@Optional Session session, @Optional @Named(PARAMETER) String perspectiveId,
			MApplication app, EModelService models) {
		return session != null && (perspectiveId == null
				|| Perspectives.allowed(Perspectives.find(perspectiveId, app, models), session));
	}

	@Execute
	void execute(@Named(PARAMETER) String perspectiveId, MApplication app, EModelService models,
			EPartService parts, @Optional Session session) {
		if (Perspectives.allowed(Perspectives.find(perspectiveId, app, models), session)) {
			Perspectives.show(perspectiveId, app, models, parts);
		}
	}
}
