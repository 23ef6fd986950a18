package org.custodian.app.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.custodian.app.session.Session;
import org.custodian.store.Permission;

/** Finds and switches the perspectives the ui bundles contribute to the window's perspective stack. */
public final class Perspectives {
	public static final String STACK_ID = "org.custodian.app.perspectivestack";
	public static final String LOGIN_ID = "org.custodian.app.perspective.login";
	/** The start page, shown first after sign-in when it is installed. */
	public static final String START_ID = "org.custodian.evidence.ui.perspective";

	private Perspectives() {
	}

	public static MPerspectiveStack stack(MApplication app, EModelService models) {
		return (MPerspectiveStack) models.find(STACK_ID, app);
	}

	/** The working perspectives in window order, without the sign-in screen. */
	public static List<MPerspective> working(MApplication app, EModelService models) {
		List<MPerspective> result = new ArrayList<>();
		for (MPerspective p : stack(app, models).getChildren()) {
			if (!LOGIN_ID.equals(p.getElementId())) {
				result.add(p);
			}
		}
		return result;
	}

	/** The permission a role needs to open a perspective, by the perspective's id (the sign-in screen: none). */
	public static Permission permission(String perspectiveId) {
		return switch (perspectiveId) {
		case "org.custodian.audit.ui.perspective" -> Permission.VIEW_ACCESS;
		case "org.custodian.dr.ui.perspective" -> Permission.VIEW_RECOVERY;
		case "org.custodian.supplier.ui.perspective" -> Permission.VIEW_RECORDS;
		case "org.custodian.people.ui.perspective" -> Permission.VIEW_OWN_STAFF;
		case START_ID -> Permission.VIEW_EVIDENCE;
		default -> null;
		};
	}

	/** Whether the signed-in role may open the perspective: the console hides the others. */
	public static boolean allowed(String perspectiveId, Session session) {
		Permission needed = permission(perspectiveId);
		return session != null && (needed == null || session.may(needed));
	}

	/** The perspective to open after sign-in: the start page, else the first working one. */
	public static MPerspective first(MApplication app, EModelService models) {
		List<MPerspective> all = working(app, models);
		return all.stream().filter(p -> START_ID.equals(p.getElementId())).findFirst()
				.orElse(all.isEmpty() ? null : all.get(0));
	}

	public static boolean show(String perspectiveId, MApplication app, EModelService models, EPartService parts) {
		for (MPerspective p : stack(app, models).getChildren()) {
			if (p.getElementId().equals(perspectiveId)) {
				parts.switchPerspective(p);
				return true;
			}
		}
		return false;
	}
}
