package org.custodian.app.security;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.custodian.app.session.Session;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.WidgetIds;
import org.custodian.model.ConsoleRole;
import org.custodian.model.ConsoleUser;
import org.custodian.store.BackupVerification;
import org.custodian.store.Permission;
import org.custodian.store.Store;

/**
 * The console's own security: one's own password for everyone; users and roles for administrators; backup and its
 * verification for those who may back up; a new boot password for administrators, after a confirmation. Sections a
 * role may not use are not shown (the store refuses them anyway). Everything that touches the database runs in a
 * Job; results come back to the section's message line.
 */
public class ConsoleSecurityDialog extends Dialog {
	private final Store store;
	private final Session session;
	private final UISynchronize ui;
	private EntityGrid<ConsoleUser> users;

	public ConsoleSecurityDialog(Shell parent, Store store, Session session, UISynchronize ui) {
		super(parent);
		this.store = store;
		this.session = session;
		this.ui = ui;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Console security \u2014 " + session.user() + " ("
				+ Permission.roleName(session.principal().role()) + ")");
		WidgetIds.tag(shell, "security.dialog");
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.CLOSE_ID, "Close", true), "security.close");
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(area);
		ownPassword(area);
		if (session.may(Permission.BACK_UP)) {
			backup(area);
		}
		if (session.may(Permission.MAINTAIN_DATABASE)) {
			bootPassword(area);
		}
		if (session.may(Permission.MANAGE_USERS)) {
			users(area);
		}
		return area;
	}

	private static Group group(Composite parent, String title, int span) {
		Group g = new Group(parent, SWT.NONE);
		g.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(g);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(g);
		return g;
	}

	private static Text field(Composite parent, String label, String id, boolean secret) {
		new Label(parent, SWT.NONE).setText(label);
		Text t = WidgetIds.tag(new Text(parent, SWT.BORDER | (secret ? SWT.PASSWORD : 0)), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(t);
		return t;
	}

	private static Label message(Composite parent, String id) {
		Label m = WidgetIds.tag(new Label(parent, SWT.WRAP), id);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(m);
		return m;
	}

	private static Button button(Composite parent, String text, String id) {
		new Label(parent, SWT.NONE);
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		return b;
	}

	/** Runs database work off the UI thread and shows its answer (or its refusal) in {@code message}. */
	private void run(String name, Label message, Supplier<String> work, Runnable after) {
		message.setText(name + "...");
		Job job = Job.create(name, monitor -> {
			String text;
			try {
				text = work.get();
			} catch (RuntimeException e) {
				text = e.getMessage() != null ? e.getMessage() : e.toString();
			}
			String shown = text;
			ui.asyncExec(() -> {
				if (!message.isDisposed()) {
					message.setText(shown);
					message.getParent().layout(true);
					if (after != null) {
						after.run();
					}
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private void ownPassword(Composite area) {
		Group g = group(area, "Your password", 1);
		Text current = field(g, "Current password:", "security.password.current", true);
		Text replacement = field(g, "New password:", "security.password.new", true);
		Text repeat = field(g, "Repeat new password:", "security.password.repeat", true);
		Button change = button(g, "Change password", "security.password.change");
		Label message = message(g, "security.password.message");
		change.addListener(SWT.Selection, e -> {
			char[] old = current.getTextChars();
			char[] neu = replacement.getTextChars();
			if (!Arrays.equals(neu, repeat.getTextChars())) {
				message.setText("The repeated password does not match.");
				return;
			}
			changeSecret("Changing your password", message, new Text[] { current, replacement, repeat }, old, neu,
					store.users()::changeOwnPassword, "Your password is changed.");
		});
	}

	private void backup(Composite area) {
		Group g = group(area, "Backup of the console's database", 1);
		Text folder = field(g, "Backup folder:", "security.backup.folder", false);
		folder.setText(store.location().toAbsolutePath().resolveSibling("backups").toString());
		Button now = button(g, "Back up now", "security.backup.run");
		Text copy = field(g, "Backup to verify:", "security.backup.copy", false);
		Text boot = field(g, "Its boot password:", "security.backup.boot", true);
		Button verify = button(g, "Verify backup", "security.backup.verify");
		Label message = message(g, "security.backup.message");
		now.addListener(SWT.Selection, e -> {
			Path target = Path.of(folder.getText().trim());
			run("Backing up the console's database", message, () -> {
				Path made = store.maintenance().backup(target);
				ui.asyncExec(() -> {
					if (!copy.isDisposed()) {
						copy.setText(made.toString());
					}
				});
				return "Backed up into " + made + ".";
			}, null);
		});
		verify.addListener(SWT.Selection, e -> {
			Path backup = Path.of(copy.getText().trim());
			char[] bootPassword = boot.getTextChars();
			boot.setText("");
			run("Verifying the backup", message, () -> {
				try {
					BackupVerification v = store.maintenance().verify(backup, bootPassword);
					if (v.identical()) {
						return "The backup matches the database: " + v.tables().size() + " tables, same row counts.";
					}
					StringBuilder text = new StringBuilder(v.differences().size() + " of " + v.tables().size()
							+ " tables differ:");
					for (BackupVerification.TableCount t : v.differences()) {
						text.append("\n").append(t.table()).append(": database ").append(t.database())
								.append(", backup ").append(t.backup());
					}
					return text.toString();
				} finally {
					Arrays.fill(bootPassword, '\0');
				}
			}, null);
		});
	}

	private void bootPassword(Composite area) {
		Group g = group(area, "Boot password", 1);
		Text current = field(g, "Current boot password:", "security.boot.current", true);
		Text replacement = field(g, "New boot password:", "security.boot.new", true);
		Text repeat = field(g, "Repeat new boot password:", "security.boot.repeat", true);
		Button change = button(g, "Change boot password...", "security.boot.change");
		Label message = message(g, "security.boot.message");
		change.addListener(SWT.Selection, e -> {
			char[] old = current.getTextChars();
			char[] neu = replacement.getTextChars();
			if (!Arrays.equals(neu, repeat.getTextChars())) {
				message.setText("The repeated boot password does not match.");
				return;
			}
			if (!MessageDialog.openConfirm(getShell(), "Change the boot password",
					"The whole database will be re-encrypted with a new key. Other work in the console stops meanwhile, "
							+ "and from now on only the new boot password opens the database (backups keep the boot "
							+ "password they were made with). Keep the new one safe: without it the data cannot be read.")) {
				return;
			}
			changeSecret("Re-encrypting the database", message, new Text[] { current, replacement, repeat }, old, neu,
					store.maintenance()::changeBootPassword,
					"The database is re-encrypted: it opens with the new boot password only.");
		});
	}

	/**
	 * Clears the fields, then changes a secret (a password, the boot password) in the background; both copies of
	 * it are wiped from memory whatever happens.
	 */
	private void changeSecret(String job, Label message, Text[] fields, char[] old, char[] neu,
			java.util.function.BiConsumer<char[], char[]> change, String done) {
		for (Text t : fields) {
			t.setText("");
		}
		run(job, message, () -> {
			try {
				change.accept(old, neu);
				return done;
			} finally {
				Arrays.fill(old, '\0');
				Arrays.fill(neu, '\0');
			}
		}, null);
	}

	private void users(Composite area) {
		Group g = group(area, "Console users", 2);
		users = new EntityGrid<>(g, "security.users", "Users", List.of(
				Column.of("User", ConsoleUser::getUsername, 160),
				Column.of("Role", u -> Permission.roleName(u.getRole()), 160),
				Column.of("Staff number", u -> u.getStaff() == null ? "" : u.getStaff().getStaffNumber(), 120),
				Column.of("Enabled", u -> u.isEnabled() ? "yes" : "no", 80)), "No users yet.");
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(560, 160).applyTo(users.control());
		Text name = field(g, "New user name:", "security.user.name", false);
		new Label(g, SWT.NONE).setText("Role:");
		Combo role = WidgetIds.tag(new Combo(g, SWT.READ_ONLY), "security.user.role");
		for (ConsoleRole r : ConsoleRole.values()) {
			role.add(Permission.roleName(r));
		}
		role.select(ConsoleRole.AUDITOR.getValue());
		Text staff = field(g, "Staff number (line managers):", "security.user.staff", false);
		Text password = field(g, "Password:", "security.user.password", true);
		Text repeat = field(g, "Repeat password:", "security.user.repeat", true);
		Button create = button(g, "Create user", "security.user.create");
		Label message = message(g, "security.user.message");
		create.addListener(SWT.Selection, e -> {
			char[] pw = password.getTextChars();
			if (!Arrays.equals(pw, repeat.getTextChars())) {
				message.setText("The repeated password does not match.");
				return;
			}
			String user = name.getText().trim();
			ConsoleRole chosen = ConsoleRole.get(role.getSelectionIndex());
			String number = staff.getText().trim();
			password.setText("");
			repeat.setText("");
			run("Creating a console user", message, () -> {
				try {
					store.users().create(user, pw, chosen, number.isEmpty() ? null : number);
					return "Created " + user + " (" + Permission.roleName(chosen) + ").";
				} finally {
					Arrays.fill(pw, '\0');
				}
			}, this::refreshUsers);
		});
		refreshUsers();
	}

	private void refreshUsers() {
		Job job = Job.create("Reading the console's users", monitor -> {
			List<ConsoleUser> all = store.users().list();
			ui.asyncExec(() -> {
				if (!users.control().isDisposed()) {
					users.setRows(all);
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}
}
