package org.custodian.supplier.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.custodian.app.ui.Background;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Identified;
import org.custodian.model.Trust;
import org.custodian.store.Store;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.inject.Inject;

/**
 * What the provider, agreement and assurance views share: the registers read off the UI thread ({@link Background}),
 * edits saved through {@link TrustChanges}, a status line each reload rewrites and a message line for the outcome
 * of the last action, the selected row of a grid, and a form for an entry.
 */
public abstract class RegisterView {
	@Inject
	protected Store store;
	@Inject
	protected SupplierService supplier;
	@Inject
	protected UISynchronize ui;
	@Inject
	protected IEventBroker events;

	protected Composite root;
	protected Label status;
	/** What the last action did or why it was refused; apart from {@link #status}, which each reload rewrites. */
	protected Label message;
	protected Registers current;
	protected TrustChanges changes;

	/** The root with its tool bar (returned, for the view's own buttons), status and message lines. */
	protected Composite frame(Composite parent, String id, int barColumns) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(barColumns).margins(4, 4).applyTo(bar);
		status = WidgetIds.tag(new Label(root, SWT.WRAP), id + ".status");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
		message = WidgetIds.tag(new Label(root, SWT.WRAP), id + ".message");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(message);
		changes = new TrustChanges(supplier, events, ui, this::say, "Not saved");
		return bar;
	}

	protected void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading the supplier registers", () -> {
			Trust trust = supplier.trust();
			LocalDate today = supplier.today();
			return new Registers(trust, today, ContractChecks.check(trust), ExpiryAlerts.find(trust, today, 90));
		}, ui, r -> {
			if (!root.isDisposed()) {
				current = r;
				show(r);
				root.layout(true, true);
			}
		}, e -> say("Could not read the supplier registers: " + e.getMessage()));
	}

	protected abstract void show(Registers r);

	protected static Composite section(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(c);
		return c;
	}

	/** A row of buttons under a grid: {id, label} pairs with their actions, in order. */
	protected static void buttons(EntityGrid<?> grid, String[][] labels, Runnable... actions) {
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
		Composite bar = new Composite(grid.control().getParent(), SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(labels.length).margins(4, 0).applyTo(bar);
		for (int i = 0; i < labels.length; i++) {
			Ui.button(bar, labels[i][0], labels[i][1], actions[i]);
		}
	}

	/** The entry selected in a grid, or empty with a hint in the message line. */
	protected <T> Optional<T> selected(EntityGrid<T> grid, Function<Registers, List<T>> rows) {
		if (current == null) {
			return Optional.empty();
		}
		List<T> shown = rows.apply(current);
		Optional<T> hit = GridTools.selectedRows(grid.table()).stream().filter(i -> i < shown.size()).map(shown::get)
				.findFirst();
		if (hit.isEmpty()) {
			say("Select a row of " + grid.table().getData(WidgetIds.KEY).toString().replace("supplier.", "the ")
					+ " first.");
		}
		return hit;
	}

	protected void form(String title, String id, List<FieldsDialog.Field> fields, Consumer<Map<String, String>> check,
			Consumer<Map<String, String>> save) {
		FieldsDialog d = new FieldsDialog(root.getShell(), title, id, fields).check(check);
		if (d.open() == Window.OK) {
			save.accept(d.values());
		}
	}

	protected static <T extends Identified> T find(List<T> in, String id, String what) {
		return in.stream().filter(x -> id.equals(x.getId())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the " + what + " is no longer recorded"));
	}

	protected void say(String text) {
		if (!message.isDisposed()) {
			message.setText(text);
			root.layout(true, true);
		}
	}

	/** What the last action did or why it was refused; for tests. */
	public String messageText() {
		return message.getText();
	}

	/** The registers shown; for tests. */
	public Trust trustShown() {
		return current == null ? null : current.trust();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (root != null && !root.isDisposed()) {
			load();
		}
	}
}
