package org.custodian.evidence.ui;

import java.time.Instant;
import java.util.List;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.WidgetIds;
import org.custodian.evidence.core.DsptOutcome;
import org.custodian.evidence.core.DsptRatings;
import org.custodian.evidence.core.EvidenceService;
import org.custodian.store.Store;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The DSPT contributing outcomes the console evidences, each rated Achieved, Partially achieved or Not achieved from
 * the start page's findings ({@link DsptRatings}), with the requirements it was rated from. A tab beside the start
 * page; the same table is in the inspection pack and in {@code custodian-cli dspt}.
 */
public class DsptPart {
	@Inject
	private Store store;
	@Inject
	private EvidenceService evidence;
	@Inject
	private UISynchronize ui;

	private Composite root;
	private Label summary;
	private Table table;
	private Button refresh;

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).numColumns(2).applyTo(root);
		summary = WidgetIds.tag(new Label(root, SWT.WRAP), "dspt.summary");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		refresh = WidgetIds.tag(new Button(root, SWT.PUSH), "dspt.refresh");
		refresh.setText("&Refresh");
		refresh.addListener(SWT.Selection, e -> load());
		table = WidgetIds.tag(new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "dspt.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
		String[] titles = { "Outcome", "Title", "Objective", "Rating", "Rated from" };
		int[] widths = { 60, 350, 360, 150, 380 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(titles[i]);
			c.setWidth(widths[i]);
		}
		load();
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		refresh.setEnabled(false);
		summary.setText("Rating the DSPT outcomes from every requirement...");
		Background.load("Rating the DSPT outcomes", () -> DsptRatings.rate(evidence.assess(Instant.now())), ui,
				this::show, e -> {
					if (!root.isDisposed()) {
						refresh.setEnabled(true);
						summary.setText("Could not rate the outcomes: " + e.getMessage());
					}
				});
	}

	private void show(List<DsptRatings.OutcomeRating> ratings) {
		if (root.isDisposed()) {
			return;
		}
		refresh.setEnabled(true);
		table.removeAll();
		int[] counts = new int[DsptRatings.Rating.values().length];
		for (DsptRatings.OutcomeRating r : ratings) {
			counts[r.rating().ordinal()]++;
			TableItem item = new TableItem(table, SWT.NONE);
			DsptOutcome o = r.outcome();
			item.setText(new String[] { o.id(), o.title(), o.objective() + " " + DsptOutcome.objective(o.objective()),
					r.rating().label(), r.because() });
			item.setBackground(3, colour(r.rating()));
			item.setForeground(3, root.getDisplay().getSystemColor(
					r.rating() == DsptRatings.Rating.PARTIALLY_ACHIEVED ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
		}
		summary.setText(String.format("%d contributing outcomes of the CAF-aligned DSPT evidenced by the console:"
				+ " %d achieved, %d partially achieved, %d not achieved, %d without evidence here. Each is rated from"
				+ " the requirements named beside it.", ratings.size(), counts[DsptRatings.Rating.ACHIEVED.ordinal()],
				counts[DsptRatings.Rating.PARTIALLY_ACHIEVED.ordinal()], counts[DsptRatings.Rating.NOT_ACHIEVED.ordinal()],
				counts[DsptRatings.Rating.NOT_EVIDENCED.ordinal()]));
		root.layout(true, true);
	}

	private static Color colour(DsptRatings.Rating r) {
		return switch (r) {
		case NOT_ACHIEVED -> new Color(198, 40, 40);
		case PARTIALLY_ACHIEVED -> new Color(255, 179, 0);
		case ACHIEVED -> new Color(46, 125, 50);
		case NOT_EVIDENCED -> new Color(117, 117, 117);
		};
	}

	@Focus
	void focus() {
		table.setFocus();
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (root != null && !root.isDisposed()) {
			load();
		}
	}
}
