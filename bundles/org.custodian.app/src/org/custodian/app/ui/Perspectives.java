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

	/**
	 * The tag by which a perspective's fragment names the permission a role needs to open it, as
	 * {@code permission:VIEW_ACCESS}: each perspective declares its own, so adding one needs no change here.
	 */
	public static final String PERMISSION_TAG = "permission:";

	/**
	 * The permission a role needs to open the perspective; null for the sign-in screen. A working perspective
	 * that declares none, or names one that does not exist, is shown to nobody rather than to everybody.
	 */
	public static Permission permission(MPerspective perspective) {
		for (String tag : perspective.getTags()) {
			if (tag.startsWith(PERMISSION_TAG)) {
				try {
					return Permission.valueOf(tag.substring(PERMISSION_TAG.length()).trim());
				} catch (IllegalArgumentException e) {
					return null;
				}
			}
		}
		return null;
	}

	/** Whether the signed-in role may open the perspective: the console hides the others. */
	public static boolean allowed(MPerspective perspective, Session session) {
		if (session == null || perspective == null) {
			return false;
		}
		if (LOGIN_ID.equals(perspective.getElementId())) {
			return true;
		}
		Permission needed = permission(perspective);
		return needed != null && session.may(needed);
	}

	/** The perspective with the id in the window's stack, or null when no installed bundle contributes it. */
	public static MPerspective find(String perspectiveId, MApplication app, EModelService models) {
		for (MPerspective p : stack(app, models).getChildren()) {
			if (p.getElementId().equals(perspectiveId)) {
				return p;
			}
		}
		return null;
	}

	/** The perspective to open after sign-in: the start page, else the first working one. */
	public static MPerspective first(MApplication app, EModelService models) {
		List<MPerspective> all = working(app, models);
		return all.stream().filter(p -> START_ID.equals(p.getElementId())).findFirst()
				.orElse(all.isEmpty() ? null : all.get(0));
	}

	/**
	 * Disposes (false) or brings back (true) the parts of every working perspective. Signing out disposes them, so
	 * nothing of the user who left stays in a hidden part's widgets or fields; signing in brings them back new,
	 * so each part starts from what the new user may see.
	 */
	public static void renderParts(boolean render, MApplication app, EModelService models) {
		for (MPerspective p : working(app, models)) {
			for (org.eclipse.e4.ui.model.application.ui.basic.MPart part : models.findElements(p, null,
					org.eclipse.e4.ui.model.application.ui.basic.MPart.class)) {
				part.setToBeRendered(render);
			}
		}
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
