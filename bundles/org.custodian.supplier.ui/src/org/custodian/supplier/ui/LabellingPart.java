package org.custodian.supplier.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.model.LabelCheck;
import org.custodian.model.LabelGap;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.Labelling;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;

import jakarta.annotation.PostConstruct;

/**
 * Suppliers & records > Labelling check: S2, the studies whose objects lack the patient's ID or name, the study date
 * or time, or the institution, from the headers of a folder of the archive or of studies retrieved from a node
 * (custodian-cli label-check NODE retrieves them); each check is kept, the newest answers S2 on the start page.
 */
public class LabellingPart extends RegisterView {
	@jakarta.inject.Inject
	private ECommandService commands;
	@jakarta.inject.Inject
	private EHandlerService handlers;
	private EntityGrid<LabelGap> gaps;
	private EntityGrid<LabelCheck> history;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = frame(parent, "supplier.labels", 2);
		// the File menu's command (Ctrl+Shift+K), so that the button and the menu are one action with one enablement
		Ui.button(bar, "supplier.labels.check", "&Check the labels of a folder...", () -> handlers.executeHandler(
				commands.createCommand("org.custodian.supplier.ui.command.checkLabels", null)));
		Ui.button(bar, "supplier.labels.refresh", "Refresh", this::load);
		gaps = new EntityGrid<>(root, "supplier.labels.gaps", "Studies with objects that lack a label (newest check)",
				List.of(Column.of("Study", LabelGap::getStudyInstanceUid, 360),
						Column.of("Patient", LabelGap::getPatientId, 140),
						Column.of("Missing", g -> String.join(", ", g.getMissing()), 320),
						Column.of("Objects", LabelGap::getObjects, 80)),
				"Every object of the newest check carries its labels, or no check has been made yet.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(gaps.control());
		history = new EntityGrid<>(root, "supplier.labels.history", "Checks", List.of(
				Column.of("When", (LabelCheck c) -> c.getCheckedAt(), 170),
				Column.of("Source", LabelCheck::getSource, 360),
				Column.of("Objects", LabelCheck::getObjects, 80),
				Column.of("Studies", LabelCheck::getStudies, 80),
				Column.of("Studies lacking a label", c -> c.getGaps().size(), 160)),
				"No labelling check yet.");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 120).applyTo(history.control());
		load();
	}


	@Override
	protected void show(Registers r) {
		LabelCheck latest = Labelling.latest(r.trust());
		List<LabelCheck> checks = new ArrayList<>(r.trust().getLabelChecks());
		java.util.Collections.reverse(checks);
		history.setRows(checks);
		gaps.setRows(latest == null ? List.of() : latest.getGaps());
		status.setText(latest == null ? "No labelling check has been made: check a folder of the archive."
				: "Newest check: " + latest.getSource() + " on " + Dates.day(latest.getCheckedAt()) + ", "
						+ latest.getObjects() + " objects of " + latest.getStudies() + " studies, "
						+ latest.getGaps().size() + " studies lacking a label " + Labelling.byLabel(latest) + ".");
	}

	/** Reads the folder's headers in a Job and records the check, as the command does; public for tests. */
	public Job check(Path folder) {
		if (!Files.isDirectory(folder)) {
			say("There is no folder " + folder + ".");
			return null;
		}
		say("Checking the labels of " + folder + "...");
		return Background.load("Checking the labels of " + folder, () -> {
			try {
				Labelling.Report report = supplier.checkLabels(folder, folder.toString(), new NullProgressMonitor());
				events.post(DataEvents.CHANGED, "labelling check");
				return CheckLabelsHandler.summary(report);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}, ui, this::say, e -> say("The check failed: " + e.getMessage()));
	}

	@Focus
	void focus() {
		gaps.table().setFocus();
	}
}
