package org.custodian.people.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.custodian.app.session.Session;
import org.custodian.app.ui.Background;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.GridTools;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.Trust;
import org.custodian.people.core.PeopleService;
import org.custodian.store.Permission;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import jakarta.inject.Inject;

/**
 * What every view of the People perspective shares: its status line, reading off the UI thread, changing a freshly
 * loaded trust and saving it off the UI thread, and writing a CSV, all through {@link Background}. A change that
 * is refused (the record was decided or removed meanwhile, a required answer missing) is told and nothing is saved.
 * Each view loads again when the data changes ({@link DataEvents#CHANGED}).
 */
abstract class PeopleView {
	@Inject
	protected PeopleService people;
	@Inject
	protected UISynchronize ui;
	@Inject
	protected IEventBroker events;
	@Inject
	@Optional
	protected Session session;

	protected Label status;

	/** Lays the view out under its status line. */
	protected Composite frame(Composite parent, String id) {
		parent.setLayout(new GridLayout(1, false));
		status = WidgetIds.tag(new Label(parent, SWT.WRAP), id + ".status");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return parent;
	}

	/** Reads the view's data again. */
	protected abstract void load();

	protected <T> void read(String what, Supplier<T> read, Consumer<T> show) {
		Background.load(what, read, ui, v -> {
			if (!status.isDisposed()) {
				show.accept(v);
			}
		}, e -> tell("Could not read " + what.toLowerCase(Locale.ROOT) + ": " + e.getMessage()));
	}

	/** Takes a decision in a Job on a freshly loaded trust and saves it; the decision returns what to tell. */
	protected Job change(String what, Function<Trust, String> decision) {
		if (session != null && !session.may(Permission.CHANGE_STAFF)) {
			tell("Not recorded: your role may not change the people records.");
			return null;
		}
		return Background.load(what, () -> {
			Trust trust = people.trust();
			String done = decision.apply(trust);
			people.save(trust);
			events.post(DataEvents.CHANGED, "people");
			return done;
		}, ui, this::tell, e -> tell(e instanceof IllegalArgumentException || e instanceof IllegalStateException
				? "Not recorded: " + e.getMessage() : what + " failed: " + e.getMessage()));
	}

	interface CsvWrite {
		void write(Writer out) throws IOException;
	}

	/** Writes a CSV in a Job; the status line says where it went and how many lines it holds. */
	protected Job export(String what, Path file, CsvWrite write) {
		return Background.load("Writing " + what, () -> {
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				write.write(out);
			} catch (IOException e) {
				return "Could not write " + what + ": " + e.getMessage();
			}
			try (var lines = Files.lines(file)) {
				return what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " written to " + file + " ("
						+ (lines.count() - 1) + " lines).";
			} catch (IOException e) {
				return what + " written to " + file + ".";
			}
		}, ui, this::tell, e -> tell("Could not write " + what + ": " + e.getMessage()));
	}

	protected Path saveAs(String name) {
		FileDialog dialog = new FileDialog(status.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName(name);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	protected <T> T selected(EntityGrid<T> grid, List<T> rows, String what) {
		List<Integer> chosen = GridTools.selectedRows(grid.table());
		if (chosen.isEmpty() || chosen.get(0) >= rows.size()) {
			tell("Select " + what + " in the list first (click its row).");
			return null;
		}
		return rows.get(chosen.get(0));
	}

	protected void tell(String text) {
		ui.asyncExec(() -> {
			if (status != null && !status.isDisposed()) {
				status.setText(text);
				status.getParent().layout();
			}
		});
	}

	protected String reviewer() {
		return session != null ? session.user() : System.getProperty("user.name");
	}

	/** A row of buttons: {@code labels[i]} is {id, text} of the button that runs {@code actions[i]}. */
	protected static void buttons(Composite parent, String[][] labels, Runnable... actions) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(labels.length, false));
		for (int i = 0; i < labels.length; i++) {
			Button b = WidgetIds.tag(new Button(bar, SWT.PUSH), labels[i][0]);
			b.setText(labels[i][1]);
			Runnable action = actions[i];
			b.addListener(SWT.Selection, e -> action.run());
		}
	}

	protected static GridData fill() {
		return new GridData(SWT.FILL, SWT.FILL, true, true);
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (status != null && !status.isDisposed()) {
			load();
		}
	}
}
