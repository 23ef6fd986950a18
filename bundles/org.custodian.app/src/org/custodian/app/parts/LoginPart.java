package org.custodian.app.parts;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.custodian.app.session.Session;
import org.custodian.app.session.StartOptions;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.Perspectives;
import org.custodian.app.ui.WidgetIds;
import org.custodian.store.DatabaseConfig;
import org.custodian.store.DemoData;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.StoreException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The sign-in screen. Opens the encrypted database with the boot password (never stored), or creates it on
 * first run with the person signing in as its administrator. Passwords live in char arrays only as long as
 * the database takes to open.
 */
public class LoginPart {

	@Inject
	private Store store;
	@Inject
	private StartOptions options;
	@Inject
	private UISynchronize ui;
	@Inject
	private MApplication app;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;
	@Inject
	private IEventBroker events;
	@Inject
	private MWindow window;
	/** The demo trust, when its bundle is installed (a trust's own installation leaves it out). */
	@Inject
	@Optional
	private DemoData demoData;

	private Text folder;
	private Text user;
	private Text password;
	private Text bootPassword;
	private Label repeatPasswordLabel;
	private Text repeatPassword;
	private Label repeatBootLabel;
	private Text repeatBoot;
	private Label message;
	private Button signIn;
	private Font titleFont;
	private boolean creating;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().create());
		Composite form = new Composite(parent, SWT.NONE);
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).grab(true, true).hint(560, SWT.DEFAULT)
				.applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(24, 24).spacing(10, 10).applyTo(form);

		Label title = new Label(form, SWT.NONE);
		title.setText("Custodian");
		FontData fd = title.getFont().getFontData()[0];
		titleFont = new Font(title.getDisplay(), fd.getName(), fd.getHeight() * 2, SWT.BOLD);
		title.setFont(titleFont);
		GridDataFactory.swtDefaults().span(3, 1).applyTo(title);
		Label intro = new Label(form, SWT.WRAP);
		intro.setText("Governance of the imaging archive: backups and DR tests, access to patients' images, "
				+ "suppliers and retention, staff training and leavers. Sign in to the encrypted database.");
		GridDataFactory.fillDefaults().span(3, 1).hint(500, SWT.DEFAULT).applyTo(intro);

		folder = field(form, "Database folder:", "login.folder", SWT.BORDER);
		folder.setToolTipText("A folder on this computer, or //host:port/folder for a database another console "
				+ "serves (custodian-cli serve)");
		folder.setText(options.defaultDatabase().toString());
		GridDataFactory.fillDefaults().grab(true, false).span(1, 1).applyTo(folder);
		Button browse = WidgetIds.tag(new Button(form, SWT.PUSH), "login.browse");
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		folder.addListener(SWT.Modify, e -> updateMode());

		user = field(form, "User name:", "login.user", SWT.BORDER);
		user.setText(System.getProperty("user.name", "admin"));
		password = field(form, "Password:", "login.password", SWT.BORDER | SWT.PASSWORD);
		repeatPasswordLabel = new Label(form, SWT.NONE);
		repeatPasswordLabel.setText("Repeat password:");
		repeatPassword = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), "login.password.repeat");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(repeatPassword);
		bootPassword = field(form, "Boot password:", "login.bootPassword", SWT.BORDER | SWT.PASSWORD);
		bootPassword.setToolTipText("The key that decrypts the database files. It is never stored: keep it "
				+ "safe, without it the data cannot be read.");
		repeatBootLabel = new Label(form, SWT.NONE);
		repeatBootLabel.setText("Repeat boot password:");
		repeatBoot = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.PASSWORD), "login.bootPassword.repeat");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(repeatBoot);

		message = WidgetIds.tag(new Label(form, SWT.WRAP), "login.message");
		message.setForeground(message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(3, 1).hint(500, SWT.DEFAULT).applyTo(message);

		new Label(form, SWT.NONE);
		signIn = WidgetIds.tag(new Button(form, SWT.PUSH), "login.submit");
		GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(signIn);
		signIn.addListener(SWT.Selection, e -> submit());
		parent.getShell().setDefaultButton(signIn);
		updateMode();
	}

	private Text field(Composite form, String label, String id, int style) {
		new Label(form, SWT.NONE).setText(label);
		Text t = WidgetIds.tag(new Text(form, style), id);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(t);
		return t;
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(folder.getShell());
		dialog.setText("Database folder");
		dialog.setMessage("Choose the folder of an existing Custodian database, or an empty place for a new one.");
		String chosen = dialog.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	/** First run (no database in the folder): ask for every secret twice and create instead of open. */
	private void updateMode() {
		String location = folder.getText().trim();
		// //host:port/folder is a database another console serves: it exists there, and is never created here
		creating = !DatabaseConfig.isServer(location) && !store.exists(Path.of(location));
		for (Control c : new Control[] { repeatPasswordLabel, repeatPassword, repeatBootLabel, repeatBoot }) {
			c.setVisible(creating);
		}
		GridDataFactory.fillDefaults().exclude(!creating).applyTo(repeatPasswordLabel);
		GridDataFactory.fillDefaults().exclude(!creating).applyTo(repeatBootLabel);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).exclude(!creating).applyTo(repeatPassword);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).exclude(!creating).applyTo(repeatBoot);
		signIn.setText(creating ? "Create encrypted database" : "Sign in");
		message.setText(creating ? "No database here yet: one will be created, encrypted with the boot password, "
				+ "with you as its administrator." : demoMissing());
		signIn.getParent().layout(true, true);
	}

	/** Started with --demo on an installation without the demo trust: say so rather than open an empty one. */
	private String demoMissing() {
		return options.seedDemo() && demoData == null
				? "Started with --demo, but the demo trust is not installed here: the database opens without it."
				: "";
	}

	private void submit() {
		char[] pw = password.getTextChars();
		char[] boot = bootPassword.getTextChars();
		if (creating && (!Arrays.equals(pw, repeatPassword.getTextChars())
				|| !Arrays.equals(boot, repeatBoot.getTextChars()))) {
			message.setText("The repeated passwords do not match.");
			return;
		}
		DatabaseConfig config;
		try {
			config = DatabaseConfig.at(folder.getText(), user.getText().trim(), pw, boot);
		} catch (StoreException e) {
			message.setText(e.getMessage());
			return;
		}
		boolean create = creating;
		boolean demo = options.seedDemo();
		setBusy(true, create ? "Creating the encrypted database..." : "Opening the encrypted database...");
		Job job = Job.create(create ? "Creating the database" : "Opening the database", (IProgressMonitor m) -> {
			try {
				if (create) {
					store.create(config);
				} else {
					store.open(config);
				}
				if (demo && demoData != null) {
					demoData.seedIfEmpty(store, m);
				}
				ui.asyncExec(() -> signedIn(config));
				return Status.OK_STATUS;
			} catch (StoreException e) {
				ui.asyncExec(() -> failed(e.getMessage()));
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				ui.asyncExec(() -> failed("Unexpected failure: " + e));
				return Status.error("Sign-in failed", e);
			} finally {
				config.wipe();
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void setBusy(boolean busy, String text) {
		for (var c : new Control[] { folder, user, password, bootPassword, repeatPassword,
				repeatBoot, signIn }) {
			if (!c.isDisposed()) {
				c.setEnabled(!busy);
			}
		}
		if (!message.isDisposed()) {
			message.setText(text);
		}
	}

	private void failed(String why) {
		if (message.isDisposed()) {
			return;
		}
		setBusy(false, why);
		bootPassword.setText("");
		repeatBoot.setText("");
		updateMode();
		message.setText(why);
	}

	private void signedIn(DatabaseConfig config) {
		for (Text t : new Text[] { password, repeatPassword, bootPassword, repeatBoot }) {
			if (!t.isDisposed()) {
				t.setText("");
			}
		}
		setBusy(false, "");
		Session session = new Session(store.user(), store.location(), store.principal());
		app.getContext().set(Session.class, session);
		// the title says whose console this is and on which database, also in the task bar
		window.setLabel("Custodian \u2014 " + store.user() + " (" + Permission.roleName(store.principal().role())
				+ ") \u2014 " + (config.server() == null ? "" : "//" + config.server()) + store.location());
		Perspectives.renderParts(true, app, models);
		events.post(DataEvents.CHANGED, "signed in");
		MPerspective first = Perspectives.first(app, models);
		if (first != null && Perspectives.allowed(first, session)) {
			parts.switchPerspective(first);
		} else {
			for (MPerspective p : Perspectives.working(app, models)) {
				if (Perspectives.allowed(p, session)) {
					parts.switchPerspective(p);
					break;
				}
			}
		}
	}

	@Focus
	void focus() {
		(password.getText().isEmpty() && !user.getText().isEmpty() ? password : user).setFocus();
	}

	@PreDestroy
	void dispose() {
		if (titleFont != null) {
			titleFont.dispose();
		}
	}
}
