package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.custodian.app.session.Session;
import org.custodian.store.Store;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * File > Lock and File > Sign out on the real workbench, through their commands: the lock covers the window and
 * yields only to the signed-in user's password; signing out closes the database, leaves no command enabled and
 * shows the sign-in screen, from which the same user signs in again to the same database.
 */
class LockAndSignOutUiTest {
	private static final long SLOW = 60_000;
	/** The passwords {@link UiBot#signInIfNeeded} and {@link WorkbenchTest} create their databases with. */
	private static final String PASSWORD = "a long password";
	private static final String BOOT = "boot password 2026";
	private final UiBot bot = new UiBot(Display.getCurrent());

	private static <S> S service(Class<S> type) {
		BundleContext ctx = FrameworkUtil.getBundle(LockAndSignOutUiTest.class).getBundleContext();
		return ctx.getService(ctx.getServiceReference(type));
	}

	private static IEclipseContext window() {
		return service(IWorkbench.class).getApplication().getChildren().get(0).getContext();
	}

	private static ParameterizedCommand command(String id) {
		return window().get(ECommandService.class).createCommand(id, null);
	}

	@Test
	void theLockCoversTheWindowAndOnlyTheUsersPasswordLiftsIt() throws Exception {
		bot.signInIfNeeded("guardian");
		EHandlerService handlers = window().get(EHandlerService.class);
		ParameterizedCommand lock = command("org.custodian.app.command.lock");
		assertTrue(handlers.canExecute(lock));
		Shell main = (Shell) service(IWorkbench.class).getApplication().getChildren().get(0).getWidget();
		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<Boolean> survivedClose = new AtomicReference<>();
		AtomicReference<Boolean> covers = new AtomicReference<>();
		bot.whenShown("lock.dialog", dialog -> {
			covers.set(dialog.getBounds().equals(main.getBounds()));
			// the window manager's close (and Escape, which closes through the same path) leaves it locked
			dialog.notifyListeners(SWT.Close, new Event());
			survivedClose.set(!dialog.isDisposed());
			((Text) bot.findNow("lock.password")).setText("not my password at all");
			UiBot.press(dialog, IDialogConstants.OK_ID);
			refusal.set(UiBot.text(bot.findNow("lock.dialog.error")));
			((Text) bot.findNow("lock.password")).setText(PASSWORD);
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		handlers.executeHandler(lock);

		assertEquals(Boolean.TRUE, covers.get(), "the lock hides the window's contents");
		assertEquals(Boolean.TRUE, survivedClose.get(), "closing the dialog does not unlock");
		assertNotNull(refusal.get());
		assertFalse(refusal.get().isBlank(), "a wrong password is refused with a reason");
		assertNull(bot.findNow("lock.password"), "the right password unlocks");
		assertTrue(service(Store.class).isOpen());
	}

	@Test
	void signingOutClosesTheDatabaseAndTheSameUserSignsInAgain() throws Exception {
		bot.signInIfNeeded("guardian");
		Store store = service(Store.class);
		MApplication app = service(IWorkbench.class).getApplication();
		String user = store.user();
		String folder = store.location().toString();
		EHandlerService handlers = window().get(EHandlerService.class);
		ParameterizedCommand signOut = command("org.custodian.app.command.signOut");
		assertTrue(handlers.canExecute(signOut));
		bot.click("perspective.org.custodian.audit.ui.perspective");
		Text before = bot.find("access.filter.patient", SLOW);
		before.setText("typed by the user who leaves");

		bot.whenShown("Sign out", confirm -> UiBot.press(confirm, 0), SLOW);
		handlers.executeHandler(signOut);

		assertNull(app.getContext().get(Session.class), "the session left with the user");
		assertFalse(store.isOpen(), "the database is closed");
		assertFalse(handlers.canExecute(command("org.custodian.app.command.lock")), "nothing to lock once signed out");
		assertFalse(handlers.canExecute(signOut));
		assertNotNull(bot.find("login.submit", SLOW), "the sign-in screen shows");
		assertTrue(before.isDisposed(), "nothing of the user who left stays in a hidden part");

		bot.type("login.folder", folder);
		bot.waitFor("sign-in mode", () -> UiBot.text(bot.find("login.submit", SLOW)), t -> t.equals("Sign in"), SLOW);
		bot.type("login.user", user);
		bot.type("login.password", PASSWORD);
		bot.type("login.bootPassword", BOOT);
		bot.click("login.submit");
		bot.waitFor("sign-in", () -> UiBot.text(bot.find("status.session", SLOW)), t -> t.startsWith("Signed in"), SLOW);
		assertTrue(store.isOpen());
		assertEquals(user, app.getContext().get(Session.class).user());
		bot.click("perspective.org.custodian.audit.ui.perspective");
		Text after = bot.find("access.filter.patient", SLOW);
		assertEquals("", after.getText(), "the part starts new for the user who signed in");
	}
}
