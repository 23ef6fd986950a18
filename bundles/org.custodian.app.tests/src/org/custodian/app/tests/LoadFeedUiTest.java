package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.custodian.audit.core.rules.CareLookup;
import org.custodian.store.Store;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * File > Load reference feed... (Ctrl+Shift+L) on the real workbench, through its command and handler: a missing
 * file is named in the dialog, which stays open; the trust's location list is loaded in the background, the
 * result says what was read, and the rules read the list.
 */
class LoadFeedUiTest {
	private static final long SLOW = 60_000;
	private static final String LOCATIONS = "Location list: ward and clinic codes and their departments (CSV)";
	private final UiBot bot = new UiBot(Display.getCurrent());
	@TempDir
	Path dir;

	private static <S> S service(Class<S> type) {
		BundleContext ctx = FrameworkUtil.getBundle(LoadFeedUiTest.class).getBundleContext();
		return ctx.getService(ctx.getServiceReference(type));
	}

	/** Every label's text in the shell: a message dialog's message is one of them. */
	private static String labels(org.eclipse.swt.widgets.Composite c) {
		StringBuilder s = new StringBuilder();
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label l) {
				s.append(l.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				s.append(labels(inner));
			}
		}
		return s.toString();
	}

	@Test
	void aGuardianLoadsTheTrustsLocationList() throws Exception {
		bot.signInIfNeeded("guardian");
		MApplication app = service(IWorkbench.class).getApplication();
		IEclipseContext window = app.getChildren().get(0).getContext();
		ParameterizedCommand command = window.get(ECommandService.class)
				.createCommand("org.custodian.audit.ui.command.loadFeed", null);
		EHandlerService handlers = window.get(EHandlerService.class);
		assertTrue(handlers.canExecute(command), "an administrator may load the feeds");
		Path list = Files.writeString(dir.resolve("locations.csv"), "location,department\nW14,Oncology\nONCO,Oncology\n");

		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<String> result = new AtomicReference<>();
		bot.whenShown("loadFeed.dialog", dialog -> {
			Combo kind = (Combo) bot.findNow("loadFeed.kind");
			kind.select(kind.indexOf(LOCATIONS));
			((Text) bot.findNow("loadFeed.file")).setText(dir.resolve("missing.csv").toString());
			UiBot.press(dialog, IDialogConstants.OK_ID);
			refusal.set(UiBot.text(bot.findNow("loadFeed.dialog.error")));
			((Text) bot.findNow("loadFeed.file")).setText(list.toString());
			bot.whenShown(LOCATIONS, done -> {
				result.set(labels(done));
				UiBot.press(done, 0);
			}, SLOW);
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		handlers.executeHandler(command);

		assertTrue(refusal.get() != null && refusal.get().contains("missing.csv"), "the dialog names the file: " + refusal);
		Store store = service(Store.class);
		assertEquals("Oncology", bot.waitFor("the list loaded in the background",
				() -> CareLookup.of(store).locations().department("w14"), "Oncology"::equals, SLOW));
		bot.waitFor("the result", result::get, r -> r != null, SLOW);
		assertTrue(result.get().contains("locations.csv: read 2, added 2, refused 0"), result.get());
		// as it was, for the classes that run after this one
		Path empty = Files.writeString(dir.resolve("none.csv"), "location,department\n");
		new org.custodian.audit.core.feeds.ReferenceFeeds(store).loadLocations(empty);
		assertEquals("W14", CareLookup.of(store).locations().department("W14"));
	}
}
