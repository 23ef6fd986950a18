package org.custodian.app.parts;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.custodian.app.session.Session;
import org.custodian.app.ui.Perspectives;
import org.custodian.app.ui.WidgetIds;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * One toggle button per perspective contributed by the ui bundles, in the window's top trim. Disabled until
 * somebody signs in. Perspectives are also on the Perspective menu with Ctrl+1..4.
 */
public class PerspectiveSwitcher {

	@Inject
	private MApplication app;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;

	private final Map<MPerspective, Button> buttons = new HashMap<>();
	private Session session;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.marginTop = 2;
		layout.marginBottom = 2;
		layout.spacing = 4;
		bar.setLayout(layout);
		for (MPerspective p : Perspectives.working(app, models)) {
			Button b = WidgetIds.tag(new Button(bar, SWT.TOGGLE), "perspective." + p.getElementId());
			b.setText(p.getLabel());
			b.setToolTipText(p.getTooltip());
			b.addListener(SWT.Selection, e -> {
				parts.switchPerspective(p);
				refresh();
			});
			buttons.put(p, b);
		}
		refresh();
	}

	@Inject
	void sessionChanged(@Optional Session session) {
		this.session = session;
		refresh();
	}

	@Inject
	@Optional
	void perspectiveSelected(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
		if (event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof MPerspective) {
			refresh();
		}
	}

	private void refresh() {
		for (Map.Entry<MPerspective, Button> e : buttons.entrySet()) {
			Button b = e.getValue();
			if (!b.isDisposed()) {
				MPerspective p = e.getKey();
				// a role sees the perspectives it may open and no others
				boolean allowed = session == null || Perspectives.allowed(p, session);
				b.setVisible(allowed);
				((org.eclipse.swt.layout.RowData) rowData(b)).exclude = !allowed;
				b.setEnabled(session != null);
				b.setSelection(p.getParent() != null && p.getParent().getSelectedElement() == p);
			}
		}
		if (!buttons.isEmpty()) {
			Button any = buttons.values().iterator().next();
			if (!any.isDisposed()) {
				any.getParent().layout(true);
				any.getParent().getParent().layout(true);
			}
		}
	}

	private static Object rowData(Button b) {
		if (!(b.getLayoutData() instanceof org.eclipse.swt.layout.RowData)) {
			b.setLayoutData(new org.eclipse.swt.layout.RowData());
		}
		return b.getLayoutData();
	}
}
