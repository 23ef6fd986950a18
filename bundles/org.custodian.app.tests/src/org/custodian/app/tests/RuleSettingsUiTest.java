package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;

import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.rules.RuleSettings;
import org.custodian.store.Store;
import org.custodian.store.TrailEntry;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Access > Rule settings... on the real workbench, through its command and handler: a bad value is named in the
 * dialog, which stays open; the changed settings are saved in the background, on the console trail, and the
 * rules read them.
 */
class RuleSettingsUiTest {
	private static final long SLOW = 60_000;
	private final UiBot bot = new UiBot(Display.getCurrent());

	private static <S> S service(Class<S> type) {
		BundleContext ctx = FrameworkUtil.getBundle(RuleSettingsUiTest.class).getBundleContext();
		return ctx.getService(ctx.getServiceReference(type));
	}

	@Test
	void aGuardianChangesTheWorkingDayAndSwitchesARuleOff() throws Exception {
		bot.signInIfNeeded("guardian");
		MApplication app = service(IWorkbench.class).getApplication();
		IEclipseContext window = app.getChildren().get(0).getContext();
		ParameterizedCommand command = window.get(ECommandService.class)
				.createCommand("org.custodian.audit.ui.command.ruleSettings", null);
		EHandlerService handlers = window.get(EHandlerService.class);
		assertTrue(handlers.canExecute(command), "an administrator may change the rules");

		AtomicReference<String> refusal = new AtomicReference<>();
		bot.whenShown("ruleSettings", dialog -> {
			((Text) bot.findNow("ruleSettings.workStart")).setText("25:00");
			UiBot.press(dialog, IDialogConstants.OK_ID);
			refusal.set(UiBot.text(bot.findNow("ruleSettings.error")));
			((Text) bot.findNow("ruleSettings.workStart")).setText("07:30");
			Button family = (Button) bot.findNow("ruleSettings.rule.family");
			family.setSelection(false);
			bot.whenShown("Rule settings", done -> UiBot.press(done, 0), SLOW);
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		handlers.executeHandler(command);

		assertTrue(refusal.get() != null && refusal.get().contains("25:00"), "the dialog names the bad value: " + refusal);
		AccessReview review = service(AccessReview.class);
		RuleSettings saved = bot.waitFor("the settings saved in the background", () -> review.rules().settings(),
				s -> s.workStart().equals(LocalTime.of(7, 30)), SLOW);
		assertFalse(saved.enabled("family"));
		assertTrue(saved.enabled("self-access"));
		Store store = service(Store.class);
		TrailEntry last = bot.waitFor("the change on the console trail",
				() -> store.trail().newest(0, 50).stream().filter(e -> e.action().equals("change rule settings"))
						.findFirst().orElse(null),
				e -> e != null, SLOW);
		assertTrue(last.detail().contains("workStart: 08:00 -> 07:30"), last.detail());
		// as it was, for the classes that run after this one
		review.rules().saveSettings(RuleSettings.defaults());
		assertEquals(LocalTime.of(8, 0), review.rules().settings().workStart());
	}
}
