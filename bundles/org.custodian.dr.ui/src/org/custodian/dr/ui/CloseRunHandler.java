package org.custodian.dr.ui;

import org.custodian.app.session.Session;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Backup &amp; DR > Record verdict (Ctrl+Shift+J) and Sign off (Ctrl+Shift+O), on the run selected in Test runs:
 * {@link VerdictHandler} and {@link SignOffHandler}.
 */
abstract class CloseRunHandler {
	private final boolean verdict;

	CloseRunHandler(boolean verdict) {
		this.verdict = verdict;
	}

	@CanExecute
	boolean canExecute(@Optional Session session, EPartService parts) {
		// in the Backup & DR perspective only: its parts are what the command acts on
		return DrHandlers.mayChange(session) && parts.findPart(DrIds.RUNS_PART) != null;
	}

	@Execute
	void execute(EPartService parts) {
		RunsPart runs = DrHandlers.show(parts, DrIds.RUNS_PART, RunsPart.class);
		if (runs != null) {
			runs.closeRun(verdict);
		}
	}

	/** The operator's verdict on the selected run. */
	public static class VerdictHandler extends CloseRunHandler {
		public VerdictHandler() {
			super(true);
		}
	}

	/** The second person's sign-off of the selected run. */
	public static class SignOffHandler extends CloseRunHandler {
		public SignOffHandler() {
			super(false);
		}
	}
}
