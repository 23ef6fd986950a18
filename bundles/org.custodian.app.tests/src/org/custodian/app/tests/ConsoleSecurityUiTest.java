package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.custodian.app.security.ConsoleSecurityDialog;
import org.custodian.app.session.Session;
import org.custodian.app.ui.Perspectives;
import org.custodian.model.ConsoleRole;
import org.custodian.store.Permission;
import org.custodian.store.Principal;
import org.custodian.store.Store;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MAdvancedFactory;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * File > Console security: the administrator creates a user with a role and backs the database up (as a job) and
 * verifies the backup; each role is offered only the perspectives it may open. Signs in itself when run alone.
 */
class ConsoleSecurityUiTest {
	private static final long SLOW = 60_000;
	private final UiBot bot = new UiBot(Display.getCurrent());

	private static <S> S service(Class<S> type) {
		BundleContext ctx = FrameworkUtil.getBundle(ConsoleSecurityUiTest.class).getBundleContext();
		return ctx.getService(ctx.getServiceReference(type));
	}

	@Test
	void theAdministratorCreatesAUserAndBacksUpAndVerifiesTheDatabase() throws Exception {
		bot.signInIfNeeded("guardian");
		MApplication app = service(IWorkbench.class).getApplication();
		Session session = app.getContext().get(Session.class);
		assertNotNull(session, "signed in");
		assertTrue(session.principal().role() == ConsoleRole.ADMINISTRATOR, "the creator administers the console");
		Store store = service(Store.class);
		ConsoleSecurityDialog dialog = new ConsoleSecurityDialog(Display.getCurrent().getActiveShell(), store, session,
				app.getContext().get(UISynchronize.class));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			bot.type("security.user.name", "inspector");
			Combo role = bot.find("security.user.role", SLOW);
			role.select(ConsoleRole.AUDITOR.getValue());
			bot.type("security.user.password", "a phrase for the audits");
			bot.type("security.user.repeat", "a phrase for the audits");
			bot.click("security.user.create");
			String created = bot.waitFor("the user to be created", () -> UiBot.text(bot.find("security.user.message",
					SLOW)), t -> !t.endsWith("..."), SLOW);
			assertTrue(created.equals("Created inspector (auditor)."), created);
			bot.waitFor("the users grid to list the new user",
					() -> UiBot.text(bot.find("security.users.title", SLOW)), t -> t.contains("2"), SLOW);

			// a weak password is refused with the rule it breaks
			bot.type("security.user.name", "weak");
			bot.type("security.user.password", "short");
			bot.type("security.user.repeat", "short");
			bot.click("security.user.create");
			String weak = bot.waitFor("the weak password to be refused", () -> UiBot.text(bot.find(
					"security.user.message", SLOW)), t -> !t.endsWith("..."), SLOW);
			assertTrue(weak.contains("at least 12 characters"), weak);

			Path backups = Files.createTempDirectory("custodian-ui-backups");
			bot.type("security.backup.folder", backups.toString());
			bot.click("security.backup.run");
			String made = bot.waitFor("the backup job", () -> UiBot.text(bot.find("security.backup.message", SLOW)),
					t -> !t.endsWith("..."), SLOW);
			assertTrue(made.startsWith("Backed up into " + backups), made);
			bot.type("security.backup.boot", "boot password 2026");
			bot.click("security.backup.verify");
			String verified = bot.waitFor("the verification job", () -> UiBot.text(bot.find("security.backup.message",
					SLOW)), t -> !t.endsWith("...") && !t.startsWith("Backed up"), SLOW);
			assertTrue(verified.startsWith("The backup matches the database"), verified);
		} finally {
			dialog.close();
		}
	}

	/** A perspective of the running workbench, as its fragment contributed it. */
	private static MPerspective perspective(String id) {
		MApplication app = service(IWorkbench.class).getApplication();
		MPerspective p = Perspectives.find(id, app, app.getContext().get(EModelService.class));
		assertNotNull(p, id + " is installed");
		return p;
	}

	@Test
	void eachRoleIsOfferedOnlyThePerspectivesItMayOpen() {
		Session auditor = new Session("inspector", Path.of("db"), new Principal("inspector", ConsoleRole.AUDITOR, null));
		Session manager = new Session("ann", Path.of("db"), new Principal("ann", ConsoleRole.LINE_MANAGER, "s1"));
		Session guardian = new Session("cg", Path.of("db"), new Principal("cg", ConsoleRole.CALDICOTT_GUARDIAN, null));
		for (String p : new String[] { "org.custodian.audit.ui.perspective", "org.custodian.dr.ui.perspective",
				"org.custodian.supplier.ui.perspective", "org.custodian.people.ui.perspective" }) {
			assertTrue(Perspectives.allowed(perspective(p), auditor), "the auditor sees " + p);
		}
		assertFalse(Perspectives.allowed(perspective("org.custodian.audit.ui.perspective"), manager));
		assertFalse(Perspectives.allowed(perspective("org.custodian.dr.ui.perspective"), manager));
		assertTrue(Perspectives.allowed(perspective("org.custodian.people.ui.perspective"), manager));
		assertTrue(Perspectives.allowed(perspective("org.custodian.audit.ui.perspective"), guardian));
		assertFalse(Perspectives.allowed(perspective("org.custodian.people.ui.perspective"), guardian));
		assertFalse(Perspectives.allowed(perspective("org.custodian.audit.ui.perspective"), null), "nobody signed in");
	}

	@Test
	void everyWorkingPerspectiveDeclaresThePermissionItNeedsInItsOwnFragment() {
		MApplication app = service(IWorkbench.class).getApplication();
		EModelService models = app.getContext().get(EModelService.class);
		assertEquals(5, Perspectives.working(app, models).size());
		for (MPerspective p : Perspectives.working(app, models)) {
			assertNotNull(Perspectives.permission(p), p.getElementId() + " names no permission (tag "
					+ Perspectives.PERMISSION_TAG + "...)");
		}
		assertEquals(Permission.VIEW_RECOVERY, Perspectives.permission(perspective("org.custodian.dr.ui.perspective")));
		// a perspective that declares nothing is offered to nobody, not to everybody
		MPerspective undeclared = MAdvancedFactory.INSTANCE.createPerspective();
		undeclared.setElementId("org.example.undeclared");
		Session admin = new Session("root", Path.of("db"), new Principal("root", ConsoleRole.ADMINISTRATOR, null));
		assertFalse(Perspectives.allowed(undeclared, admin));
	}
}
