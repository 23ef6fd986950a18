package org.custodian.evidence.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.Perspectives;
import org.custodian.app.ui.WidgetIds;
import org.custodian.evidence.core.Area;
import org.custodian.evidence.core.Assessment;
import org.custodian.evidence.core.EvidenceService;
import org.custodian.evidence.core.InspectionPack;
import org.custodian.evidence.core.Rag;
import org.custodian.store.Store;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The start page: every requirement of the reference list with red, amber or green computed from the data, the
 * findings behind it, and a link to the perspective that holds its evidence; the inspection pack as a PDF. The
 * first screen after sign-in, Ctrl+0.
 */
public class StartPart {
	/** The perspectives the evidence lives in, by the ids their ui bundles contribute (no bundle dependency). */
	private static final Map<Area, String> PERSPECTIVES = Map.of(
			Area.ACCESS, "org.custodian.audit.ui.perspective",
			Area.RECOVERY, "org.custodian.dr.ui.perspective",
			Area.RECORDS, "org.custodian.supplier.ui.perspective",
			Area.PEOPLE, "org.custodian.people.ui.perspective");
	/** Reasons shown on the page per requirement; the tooltip and the inspection pack have all of them. */
	private static final int REASONS_SHOWN = 3;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

	@Inject
	private Store store;
	@Inject
	private EvidenceService evidence;
	@Inject
	private UISynchronize ui;
	@Inject
	private MApplication app;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;

	private Composite root;
	private Label counts;
	private Label status;
	private ScrolledComposite scroller;
	private Composite rows;
	private Button refresh;

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(root);
		Composite header = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		Label title = new Label(header, SWT.NONE);
		title.setText("What the console can prove today");
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
		counts = WidgetIds.tag(new Label(header, SWT.NONE), "start.counts");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(12, 0).applyTo(counts);
		refresh = button(header, "start.refresh", "&Refresh", this::load);
		button(header, "start.pack", "&Inspection pack (PDF)...", this::inspectionPack);
		status = WidgetIds.tag(new Label(root, SWT.WRAP), "start.status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		scroller = new ScrolledComposite(root, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		rows = WidgetIds.tag(new Composite(scroller, SWT.NONE), "start.rows");
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(10, 8).applyTo(rows);
		scroller.setContent(rows);
		// wrapped findings need the width first; the height follows from it
		scroller.addListener(SWT.Resize, e -> fitRows());
		load();
	}

	private static Button button(Composite bar, String id, String text, Runnable action) {
		Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		refresh.setEnabled(false);
		counts.setText("Assessing every requirement...");
		Background.load("Assessing the requirements", () -> evidence.assess(Instant.now()), ui, this::show, e -> {
			if (!root.isDisposed()) {
				refresh.setEnabled(true);
				counts.setText("");
				say("Could not assess the requirements: " + e.getMessage());
			}
		});
	}

	private void show(List<Assessment> assessments) {
		if (root.isDisposed()) {
			return;
		}
		refresh.setEnabled(true);
		for (Control c : rows.getChildren()) {
			c.dispose();
		}
		for (Assessment a : assessments) {
			row(a);
		}
		counts.setText(InspectionPack.counts(assessments) + "  As of "
				+ TIME.format(Instant.now().atZone(ZoneId.systemDefault())) + ".");
		root.layout(true, true);
		fitRows();
		// Refresh is disabled while assessing, which drops the keyboard focus if it had it; without a focus
		// control the window's key bindings (Ctrl+1..4) get no key events at all
		if (root.getDisplay().getFocusControl() == null && root.isVisible()) {
			refresh.setFocus();
		}
	}

	private void row(Assessment a) {
		String id = a.requirement().id();
		Label rag = WidgetIds.tag(new Label(rows, SWT.CENTER), "start.rag." + id);
		rag.setText(a.rag().label());
		rag.setBackground(colour(a.rag()));
		rag.setForeground(rag.getDisplay().getSystemColor(a.rag() == Rag.AMBER ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).align(SWT.FILL, SWT.TOP).applyTo(rag);

		// wraps within its column: a long title must not run under the findings
		Composite cell = new Composite(rows, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(cell);
		GridDataFactory.fillDefaults().hint(290, SWT.DEFAULT).align(SWT.FILL, SWT.TOP).applyTo(cell);
		Label name = new Label(cell, SWT.WRAP);
		name.setText(id + "  " + a.requirement().title());
		name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		name.setToolTipText(a.requirement().question());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		// the DSPT contributing outcomes the requirement gives evidence for, by their published identifiers
		Label dspt = WidgetIds.tag(new Label(cell, SWT.WRAP), "start.dspt." + id);
		dspt.setText("DSPT " + String.join(", ", a.requirement().dspt()));
		dspt.setToolTipText(a.requirement().dsptLabels());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dspt);

		Label findings = WidgetIds.tag(new Label(rows, SWT.WRAP), "start.findings." + id);
		List<String> reasons = a.reasons();
		String shown = String.join(" ", reasons.subList(0, Math.min(REASONS_SHOWN, reasons.size())));
		findings.setText(reasons.size() > REASONS_SHOWN ? shown + " (and " + (reasons.size() - REASONS_SHOWN)
				+ " more in the inspection pack)" : shown);
		findings.setToolTipText(String.join("\n", reasons));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).align(SWT.FILL, SWT.TOP).applyTo(findings);

		Link open = WidgetIds.tag(new Link(rows, SWT.NONE), "start.open." + id);
		Area area = a.requirement().area();
		// a Link reads '&' as a mnemonic ("Backup & DR"): doubled, it shows as itself
		open.setText("<a>" + area.label().replace("&", "&&") + "</a>");
		open.setToolTipText("Open the " + area.label() + " perspective, which holds the evidence for " + id);
		open.addListener(SWT.Selection, e -> {
			if (!Perspectives.show(PERSPECTIVES.get(area), app, models, parts)) {
				say("The " + area.label() + " perspective is not installed.");
			}
		});
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.TOP).applyTo(open);
	}

	private static Color colour(Rag rag) {
		return switch (rag) {
		case RED -> new Color(198, 40, 40);
		case AMBER -> new Color(255, 179, 0);
		case GREEN -> new Color(46, 125, 50);
		case NOT_ASSESSED -> new Color(117, 117, 117);
		};
	}

	private void fitRows() {
		int width = scroller.getClientArea().width;
		if (width > 0) {
			scroller.setMinSize(rows.computeSize(width, SWT.DEFAULT));
		}
	}

	private void inspectionPack() {
		FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.pdf" });
		dialog.setFileName("inspection-pack-" + LocalDate.now() + ".pdf");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			writeInspectionPack(Path.of(chosen));
		}
	}

	/** Writes the inspection pack as a Job (progress in the status line); this part's status says where it went. */
	public Job writeInspectionPack(Path file) {
		Job job = Job.create("Writing the inspection pack", monitor -> {
			try {
				int pages = evidence.writeInspectionPack(file, Instant.now(), monitor);
				ui.asyncExec(() -> say("Inspection pack written to " + file + " (" + pages + " pages)."));
			} catch (IOException | RuntimeException | LinkageError e) {
				ui.asyncExec(() -> say("Could not write the inspection pack: " + e));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void say(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			root.layout(true);
		}
	}

	@Focus
	void focus() {
		refresh.setFocus();
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (rows != null && !rows.isDisposed()) {
			load();
		}
	}
}
