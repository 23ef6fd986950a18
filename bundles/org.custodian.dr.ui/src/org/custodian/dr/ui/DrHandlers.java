package org.custodian.dr.ui;

import org.custodian.app.session.Session;
import org.custodian.store.Permission;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** What the perspective's command handlers share: enablement by role, and the part a command acts in. */
final class DrHandlers {
	private DrHandlers() {
	}

	/** Enabled for a signed-in user whose role may change DR records. */
	static boolean mayChange(Session session) {
		return session != null && session.may(Permission.CHANGE_RECOVERY);
	}

	static boolean mayView(Session session) {
		return session != null && session.may(Permission.VIEW_RECOVERY);
	}

	/** The part, brought to the front (and made if it was never shown), or null outside the perspective. */
	static <T> T show(EPartService parts, String id, Class<T> type) {
		MPart part = parts.findPart(id);
		if (part == null) {
			return null;
		}
		parts.showPart(part, PartState.ACTIVATE);
		return type.isInstance(part.getObject()) ? type.cast(part.getObject()) : null;
	}
}
