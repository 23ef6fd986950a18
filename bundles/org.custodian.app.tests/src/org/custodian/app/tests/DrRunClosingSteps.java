package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.custodian.dr.core.PlanStatus;
import org.custodian.dr.ui.RunsPart;
import org.custodian.model.ConsoleRole;
import org.custodian.model.DrPlan;
import org.custodian.model.ModelFactory;
import org.custodian.model.ModelPackage;
import org.custodian.model.RunResult;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.custodian.store.Store;
import org.custodian.store.TrailEntry;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;

/**
 * The steps of DrPerspectiveTest that close a test run in the Backup &amp; DR perspective: the operator's verdict
 * and the second person's sign-off on the run selected in the grid, and a missed target flagged in the grid.
 */
final class DrRunClosingSteps {
	private static final long SLOW = 60_000;
	private static final String JUSTIFICATION = "the missing study was removed from the primary by its retention rule";
	private final UiBot bot;
	private final Store store;
	private final RunsPart recovery;

	DrRunClosingSteps(UiBot bot, Store store, RunsPart recovery) {
		this.bot = bot;
		this.store = store;
		this.recovery = recovery;
	}

	/**
	 * The verdict acts on the run selected in the grid, not the plan's last run: the verification run (ERRORS) is
	 * chosen; a Pass is refused without a justification and kept with one; the operator is the signed-in user. A
	 * second console user then signs it off with their own password, a wrong one refused in the dialog.
	 */
	void judgeAndSignOffTheSelectedRun(DrPlan plan) {
		DrPlan before = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
		String id = before.getRuns().get(0).getId();
		assertNotEquals(id, PlanStatus.of(before, Instant.now()).lastRun().getId(), "the run judged is not the last");
		int row = bot.waitFor("the verification run in the grid", () -> recovery.runRow(id), r -> r >= 0, SLOW);
		UiBot.selectRow(bot.find("dr.runs", SLOW), row);
		String[] verdict = new String[3];
		bot.whenShown("dr.verdict.dialog", dialog -> {
			verdict[0] = UiBot.text(bot.find("dr.verdict.summary", SLOW));
			verdict[1] = UiBot.text(bot.find("dr.verdict.operator", SLOW));
			((Combo) bot.find("dr.verdict.mark", SLOW)).select(0);
			UiBot.press(dialog, IDialogConstants.OK_ID);
			verdict[2] = UiBot.text(bot.find("dr.verdict.dialog.error", SLOW));
			((Text) bot.find("dr.verdict.justification", SLOW)).setText(JUSTIFICATION);
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		bot.click("dr.verdict");
		assertTrue(verdict[0].contains("A Pass needs a written justification: it ended with"), verdict[0]);
		assertEquals(store.user() + " (signed in)", verdict[1], "the operator is the signed-in user");
		assertTrue(verdict[2].contains("needs a written justification"), verdict[2]);
		DrPlan judged = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
		assertEquals(Verdict.PASS, judged.getRuns().get(0).getOperatorVerdict());
		assertEquals(JUSTIFICATION, judged.getRuns().get(0).getVerdictJustification());
		assertEquals(store.user(), judged.getRuns().get(0).getOperatorUser());
		for (int i = 1; i < judged.getRuns().size(); i++) {
			assertEquals(Verdict.NONE, judged.getRuns().get(i).getOperatorVerdict(), "only the selected run is judged");
		}

		String lead = "dr_second_lead";
		String theirs = "second lead pass phrase";
		store.users().create(lead, theirs.toCharArray(), ConsoleRole.IT_SECURITY_LEAD, null);
		row = bot.waitFor("the verdict in the grid", () -> recovery.runRow(id),
				r -> r >= 0 && "Pass (justified)".equals(recovery.runCell(r, "Verdict")), SLOW);
		UiBot.selectRow(bot.find("dr.runs", SLOW), row);
		String[] refused = new String[1];
		bot.whenShown("dr.signoff.dialog", dialog -> {
			((Text) bot.find("dr.signoff.user", SLOW)).setText(lead);
			((Text) bot.find("dr.signoff.password", SLOW)).setText("not their password");
			UiBot.press(dialog, IDialogConstants.OK_ID);
			refused[0] = UiBot.text(bot.find("dr.signoff.dialog.error", SLOW));
			((Text) bot.find("dr.signoff.password", SLOW)).setText(theirs);
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		bot.click("dr.signoff");
		assertTrue(refused[0].contains("password of " + lead + " is wrong"), refused[0]);
		TestRun signed = store.entities().<DrPlan>load(ModelPackage.Literals.DR_PLAN, plan.getId()).getRuns().get(0);
		assertEquals(lead, signed.getSignedOffUser());
		TrailEntry entry = store.trail().newest(0, 1).get(0);
		assertEquals("DR sign-off", entry.action());
		assertEquals(lead, entry.user());
		assertTrue(entry.detail().contains(signed.getEvidence().get(0).getSha256()), entry.detail());
	}

	/**
	 * A run over its RPO target: "Missed" says by how much, and its result is not a plain Success.
	 *
	 * @param reload tells the part that the data changed
	 */
	void aMissedTargetIsFlaggedInTheGrid(DrPlan plan, Runnable reload) {
		DrPlan stored = store.entities().load(ModelPackage.Literals.DR_PLAN, plan.getId());
		TestRun late = ModelFactory.eINSTANCE.createTestRun();
		late.setStarted(java.util.Date.from(Instant.now().minus(java.time.Duration.ofDays(1))));
		late.setResult(RunResult.SUCCESS);
		late.setRpoAchievedMinutes(328);
		late.setRtoAchievedMinutes(142);
		stored.getRuns().add(late);
		store.entities().save(stored);
		reload.run();
		int row = bot.waitFor("the late run in the grid", () -> recovery.runRow(late.getId()), r -> r >= 0, SLOW);
		assertEquals("RPO 328 > 60 min", recovery.runCell(row, "Missed"));
		assertEquals("Success, target missed", recovery.runCell(row, "Result"));
		assertEquals(142, recovery.runCell(row, "RTO achieved"), "RTO 142 is within the plan's 240");
	}
}
