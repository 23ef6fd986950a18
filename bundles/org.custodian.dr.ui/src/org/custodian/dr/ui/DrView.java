package org.custodian.dr.ui;

import java.util.List;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.FormDialog;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.RecoveryVerification;
import org.custodian.model.DrPlan;
import org.custodian.store.Store;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.inject.Inject;

/**
 * What the Backup &amp; DR parts share: the services, a status line of their own, the registers read in the
 * background (each part shows its view of them and reads them again when data changes), the selected row, and
 * removals and writes done in Jobs after confirmation.
 */
abstract class DrView {

	@Inject
	Store store;
	@Inject
	UISynchronize ui;
	@Inject
	IEventBroker events;
	@Inject
	RecoveryVerification verification;

	Composite root;
	private Label status;
	/** The registers as last read; empty until then. */
	DrRegisters.Registers current = new DrRegisters.Registers(List.of(), List.of(), List.of(), List.of());
	boolean loaded;

	@Inject
	ECommandService commands;
	@Inject
	EHandlerService handlers;

	/** Lays out the part: a column with the content; {@link #statusLine} ends it. */
	Composite frame(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		return root;
	}

	void statusLine(String id) {
		status = WidgetIds.tag(new Label(root, SWT.WRAP), id);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
	}

	/** Shows the registers; on the UI thread. */
	abstract void show(DrRegisters.Registers registers);

	void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading DR registers", () -> new DrRegisters(store.entities()).load(), ui, r -> {
			if (root == null || root.isDisposed()) {
				return;
			}
			current = r;
			loaded = true;
			show(r);
		}, e -> say("Could not read the DR registers: " + e.getMessage()));
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (root != null && !root.isDisposed()) {
			load();
		}
	}

	void say(String text) {
		if (status != null && !status.isDisposed()) {
			status.setText(text);
			root.layout(true);
		}
	}

	/** Runs {@code write} in a Job (never on the UI thread); the status line says how it went. */
	void inBackground(String name, Runnable write, String done) {
		Job job = Job.create(name, monitor -> {
			try {
				write.run();
				ui.asyncExec(() -> say(done));
				events.post(DataEvents.CHANGED, "dr registers");
			} catch (IllegalArgumentException | IllegalStateException e) {
				ui.asyncExec(() -> {
					if (!root.isDisposed()) {
						MessageDialog.openWarning(root.getShell(), name, e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/** Asks first (Keep is the default); a removal is final and runs in the background. */
	void confirmRemoval(String title, String question, Runnable remove) {
		MessageDialog dialog = new MessageDialog(root.getShell(), title, null, question, MessageDialog.WARNING, 1,
				"&Remove", "&Keep");
		if (dialog.open() == 0) {
			inBackground(title, remove, title.replace("Remove", "Removed") + ".");
		}
	}

	/** Opens a register dialog; on OK the change is saved already, so every view reloads. */
	void edited(FormDialog dialog, String done) {
		if (dialog.open() == Window.OK) {
			say(done);
			events.post(DataEvents.CHANGED, "dr registers");
		}
	}

	DrRegisters registers() {
		return new DrRegisters(store.entities());
	}

	/** The row selected in a grid, or null after telling the user to select one. */
	<T> T selected(EntityGrid<?> grid, List<T> rows, String what) {
		List<Integer> chosen = GridTools.selectedRows(grid.table());
		if (chosen.isEmpty() || chosen.get(0) >= rows.size()) {
			say("Select a " + what + " in its list first (click its row).");
			return null;
		}
		return rows.get(chosen.get(0));
	}

	/**
	 * The plan as stored now: a run is added to it and the plan saved whole, so a copy read before another run was
	 * recorded would drop that run.
	 */
	DrPlan fresh(DrPlan plan) {
		return new DrRegisters(store.entities()).load().plans().stream().filter(p -> p.getId().equals(plan.getId()))
				.findFirst().orElseThrow(() -> new IllegalStateException("The plan " + plan.getName()
						+ " is no longer stored."));
	}

	static Composite section(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(c);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		return c;
	}

	static void grow(EntityGrid<?> grid) {
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
	}

	static Button button(Composite bar, String id, String text, Runnable action) {
		Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** A button that runs a command, as its menu item and key binding do (and is refused as they are). */
	Button command(Composite bar, String id, String text, String commandId) {
		Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		b.setText(text);
		b.addListener(SWT.Selection, e -> handlers.executeHandler(commands.createCommand(commandId, null)));
		return b;
	}

	/** A row of buttons under a grid: {id, label} pairs with their actions, in order. */
	static void buttons(Composite parent, String[][] labels, Runnable... actions) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(labels.length).margins(4, 0).applyTo(bar);
		for (int i = 0; i < labels.length; i++) {
			button(bar, labels[i][0], labels[i][1], actions[i]);
		}
	}
}
