package org.custodian.dr.ui;

import org.custodian.app.session.Session;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Backup &amp; DR > Verify now (Ctrl+Shift+V): the plan chosen in Plans over its range of study dates, at its level,
 * readiness check first, in a Job recorded as a test run. Enabled for users who may record DR tests.
 */
public class VerifyNowHandler {
	@CanExecute
	boolean canExecute(@Optional Session session, EPartService parts) {
		// in the Backup & DR perspective only: its parts are what the command acts on
		return DrHandlers.mayChange(session) && parts.findPart(DrIds.PLANS_PART) != null;
	}

	@Execute
	void execute(EPartService parts) {
		PlansPart plans = DrHandlers.show(parts, DrIds.PLANS_PART, PlansPart.class);
		if (plans != null) {
			plans.verify();
		}
	}
}
