package org.custodian.app.tests;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The Backup &amp; DR perspective's parts, brought to the front as a user's click on their tab does. */
final class DrParts {
	static final String PLANS = "org.custodian.dr.ui.part";
	static final String RUNS = "org.custodian.dr.ui.part.runs";
	static final String NODES = "org.custodian.dr.ui.part.nodes";
	static final String POLICIES = "org.custodian.dr.ui.part.policies";

	private DrParts() {
	}

	static <T> T show(String id, Class<T> type) {
		BundleContext ctx = FrameworkUtil.getBundle(DrParts.class).getBundleContext();
		MApplication app = ctx.getService(ctx.getServiceReference(IWorkbench.class)).getApplication();
		EModelService models = app.getContext().get(EModelService.class);
		MPart part = (MPart) models.find(id, app);
		if (part == null) {
			throw new AssertionError("the part " + id + " is not in the model");
		}
		MWindow window = models.getTopLevelWindowFor(part);
		window.getContext().get(EPartService.class).showPart(part, PartState.ACTIVATE);
		return type.cast(part.getObject());
	}
}
