package org.custodian.people.ui;

import java.io.IOException;

import org.custodian.app.session.Session;
import org.custodian.app.ui.Background;
import org.custodian.app.ui.DataEvents;
import org.custodian.people.core.ImportReport;
import org.custodian.people.core.PeopleService;
import org.custodian.store.Permission;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File > Load people data... (Ctrl+Shift+P): the staff directory, courses, training records, the training needs
 * analysis, evaluations of courses, accounts, the HR feed of leavers and movers, or policy acknowledgements, loaded
 * in the background as {@code custodian-cli load-...} does; the result names every refused record by line and
 * column. Enabled for users who may change the people records.
 */
public class LoadPeopleFileHandler {
	private static final int SHOWN_PROBLEMS = 5;

	@CanExecute
	boolean canExecute(@Optional Session session) {
		return session != null && session.may(Permission.CHANGE_STAFF);
	}

	@Execute
	void execute(@Named("activeShell") Shell shell, PeopleService people, UISynchronize ui, IEventBroker events) {
		LoadPeopleDialog dialog = new LoadPeopleDialog(shell);
		if (dialog.open() != Window.OK) {
			return;
		}
		PeopleFile kind = dialog.kind();
		Background.load("Loading " + dialog.file().getFileName(), () -> {
			try {
				ImportReport r = kind.load.run(people, dialog.file(), dialog.ldifSystem());
				events.post(DataEvents.CHANGED, "people");
				return summary(r);
			} catch (IOException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}, ui, text -> MessageDialog.openInformation(shell, kind.title, text), e -> MessageDialog.openError(shell,
				kind.title, dialog.file().getFileName() + " was not loaded: " + e.getMessage()));
	}

	static String summary(ImportReport r) {
		StringBuilder sb = new StringBuilder(r.source() + ": " + r.added() + " added, " + r.updated() + " updated, "
				+ r.problems().size() + " refused.");
		r.problems().stream().limit(SHOWN_PROBLEMS).forEach(p -> sb.append("\n").append(p.getMessage()));
		if (r.problems().size() > SHOWN_PROBLEMS) {
			sb.append("\n... and ").append(r.problems().size() - SHOWN_PROBLEMS).append(" more.");
		}
		if (!r.unreadColumns().isEmpty()) {
			sb.append("\nColumns not read: ").append(String.join(", ", r.unreadColumns())).append('.');
		}
		return sb.toString();
	}
}
