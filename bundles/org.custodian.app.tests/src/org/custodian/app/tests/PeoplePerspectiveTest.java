package org.custodian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.custodian.app.ui.DataEvents;
import org.custodian.model.AccessDecision;
import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.ReviewDecision;
import org.custodian.model.Trust;
import org.custodian.people.core.PeopleService;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.people.core.Reminders;
import org.custodian.people.ui.AccountReviewPart;
import org.custodian.people.ui.MoverReviewsPart;
import org.custodian.people.ui.PoliciesPart;
import org.custodian.people.ui.TrainingPart;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The People perspective's decisions on the real workbench: an unmatched account's owner confirmed from the
 * review queue, a mover's account approved with a justification, a shared account listed, and the training
 * reminders exported for a mail merge. Signs in itself when run alone.
 */
class PeoplePerspectiveTest {
	private static final long SLOW = 60_000;
	private final UiBot bot = new UiBot(Display.getCurrent());

	@TempDir
	Path dir;

	private static <S> S service(Class<S> type) {
		BundleContext ctx = FrameworkUtil.getBundle(PeoplePerspectiveTest.class).getBundleContext();
		return ctx.getService(ctx.getServiceReference(type));
	}

	private static MApplication application() {
		return service(IWorkbench.class).getApplication();
	}

	private static Account account(Trust trust, String system, String username) {
		return trust.getAccounts().stream()
				.filter(a -> a.getSystem().equals(system) && a.getUsername().equals(username)).findFirst().orElseThrow();
	}

	/** Brings a part of the stack to the front, as clicking its tab does, and returns its object. */
	@SuppressWarnings("unchecked")
	private <T> T show(String partId) {
		MApplication app = application();
		MPart part = (MPart) app.getContext().get(EModelService.class).find(partId, app);
		part.getParent().setSelectedElement(part);
		return bot.waitFor(partId + " to be created", () -> (T) part.getObject(), o -> o != null, SLOW);
	}

	@Test
	void queueDecisionsReviewsAccountListsAndReminders() throws Exception {
		bot.signInIfNeeded("iglead");
		PeopleService people = service(PeopleService.class);
		String today = LocalDate.now().toString();
		people.importStaff(Files.writeString(dir.resolve("staff.csv"), """
				staff_number,given_name,family_name,group,role,start_date,end_date,line_manager
				UI100,Ursula,Uitest,UI radiology,Radiographer,2020-01-01,,UI900
				UI200,Victor,Uitest-Mover,UI radiology,Radiographer,2020-01-01,,UI900
				UI900,Wanda,Uimanager,UI admin,Manager,2010-01-01,,
				"""));
		people.importAccounts(Files.writeString(dir.resolve("accounts.csv"), """
				system,username,display_name,enabled,last_used,shared
				UIPACS,uuitest,Ursula Uitest,yes,%s,no
				UIPACS,UI200,,yes,%s,no
				UIPACS,uiwall,Reporting wall,yes,%s,yes
				""".formatted(today, today, today)), null);
		people.importChanges(Files.writeString(dir.resolve("movers.csv"), """
				staff_number,change,effective_date,new_role
				UI200,mover,%s,Reporting radiographer
				""".formatted(today)));
		assertEquals(AccountMatch.NEAR_MISS, account(people.trust(), "UIPACS", "uuitest").getMatch());
		Trust withPolicy = people.trust();
		PolicyAcknowledgements.publish(withPolicy, "UI acceptable use", "1", LocalDate.now().minusDays(30), List.of(),
				null);
		people.save(withPolicy);

		bot.click("perspective.org.custodian.people.ui.perspective");
		MApplication app = application();
		app.getContext().get(IEventBroker.class).send(DataEvents.CHANGED, "people test data");

		// the review queue: confirm the suggested owner of the near miss
		AccountReviewPart queue = show("org.custodian.people.ui.part.queue");
		bot.waitFor("the account in the queue", () -> queue.queueRow("UIPACS", "uuitest"), r -> r >= 0, SLOW);
		UiBot.selectRow(bot.<NatTable>find("people.accounts.queue", SLOW), queue.queueRow("UIPACS", "uuitest"));
		String[] offered = new String[1];
		bot.whenShown("people.owner.dialog", dialog -> {
			offered[0] = ((Combo) bot.find("people.owner.staff", SLOW)).getText();
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		bot.click("people.queue.confirm");
		assertTrue(offered[0].startsWith("Ursula Uitest (UI100"), "the suggestion comes first: " + offered[0]);
		bot.waitFor("the decision", () -> UiBot.text(bot.find("people.queue.status", SLOW)),
				t -> t.contains("now belongs to"), SLOW);
		Account confirmed = account(people.trust(), "UIPACS", "uuitest");
		assertEquals(AccountMatch.CONFIRMED, confirmed.getMatch());
		assertEquals("UI100", confirmed.getOwner().getStaffNumber());

		// the mover's access review: approve with a justification
		MoverReviewsPart movers = show("org.custodian.people.ui.part.reviews");
		int row = bot.waitFor("the mover's account", () -> movers.reviewRow("UIPACS", "UI200"), r -> r >= 0, SLOW);
		assertTrue(movers.ifUnansweredOf(row).startsWith("revoke after"), "the default is shown before it applies: "
				+ movers.ifUnansweredOf(row));
		UiBot.selectRow(bot.<NatTable>find("people.reviews", SLOW), row);
		bot.whenShown("people.review.justification.dialog", dialog -> {
			Text why = bot.find("people.review.justification", SLOW);
			why.setText("still reports on the wall in the new role");
			why.notifyListeners(SWT.Modify, new Event());
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		bot.click("people.review.approve");
		bot.waitFor("the review decision", () -> UiBot.text(bot.find("people.reviews.status", SLOW)),
				t -> t.contains("approve"), SLOW);
		AccessDecision d = people.trust().getAccessReviews().stream().flatMap(r -> r.getDecisions().stream())
				.filter(x -> x.getAccount().getUsername().equals("UI200")).findFirst().orElseThrow();
		assertEquals(ReviewDecision.APPROVE, d.getDecision());
		assertEquals("still reports on the wall in the new role", d.getJustification());

		// a new version of a policy
		PoliciesPart policies = show("org.custodian.people.ui.part.policies");
		int policy = bot.waitFor("the policy", () -> policies.policyRow("UI acceptable use"), r -> r >= 0, SLOW);
		UiBot.selectRow(bot.<NatTable>find("people.policies", SLOW), policy);
		bot.whenShown("people.policy.version.dialog", dialog -> {
			Text version = bot.find("people.policy.version", SLOW);
			version.setText("2");
			version.notifyListeners(SWT.Modify, new Event());
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		bot.click("people.policy.publish");
		bot.waitFor("the new version", () -> UiBot.text(bot.find("people.policies.status", SLOW)),
				t -> t.contains("published"), SLOW);
		assertEquals(List.of("1", "2"), people.trust().getPolicies().stream()
				.filter(p -> p.getTitle().equals("UI acceptable use")).findFirst().orElseThrow().getVersions().stream()
				.map(v -> v.getVersion()).toList());

		// the shared account is listed
		// the policy marked as the access notice (A3), after confirmation
		UiBot.selectRow(bot.<NatTable>find("people.policies", SLOW), policies.policyRow("UI acceptable use"));
		bot.whenShown("Access notice", dialog -> UiBot.press(dialog, IDialogConstants.OK_ID), SLOW);
		bot.click("people.policy.notice");
		bot.waitFor("the access notice", () -> UiBot.text(bot.find("people.policies.status", SLOW)),
				t -> t.startsWith("Access notice: UI acceptable use"), SLOW);
		assertTrue(people.trust().getPolicies().stream().filter(p -> p.getTitle().equals("UI acceptable use"))
				.findFirst().orElseThrow().isAccessNotice());

		show("org.custodian.people.ui.part.accounts");
		Combo kind = bot.find("people.accounts.kind", SLOW);
		kind.select(1);
		kind.notifyListeners(SWT.Selection, new Event());
		bot.waitFor("the shared account", () -> UiBot.text(bot.find("people.accounts.list.title", SLOW)),
				t -> !t.endsWith("(0)"), SLOW);

		// an evaluation of a course recorded in the form, saved off the UI thread
		people.importCourses(Files.writeString(dir.resolve("courses.csv"), "code,title\nUIDSA,UI data security\n"));
		show("org.custodian.people.ui.part.needs");
		app.getContext().get(IEventBroker.class).send(DataEvents.CHANGED, "people test courses");
		bot.waitFor("the analysis view", () -> UiBot.text(bot.find("people.needs.status", SLOW)),
				t -> t.contains("lines in the analysis"), SLOW);
		bot.whenShown("people.evaluation.dialog", dialog -> {
			Combo course = bot.find("people.evaluation.course", SLOW);
			course.select(course.indexOf("UIDSA UI data security"));
			bot.type("people.evaluation.on", "31/13/2026");
			bot.type("people.evaluation.method", "Quiz after the course");
			UiBot.press(dialog, IDialogConstants.OK_ID);
			bot.type("people.evaluation.on", today.replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
			UiBot.press(dialog, IDialogConstants.OK_ID);
		}, SLOW);
		bot.click("people.evaluation.new");
		String method = bot.waitFor("the evaluation stored", () -> people.trust().getCourseEvaluations().stream()
				.filter(e -> e.getCourse().getCode().equals("UIDSA")).map(e -> e.getMethod()).findFirst().orElse(null),
				m -> m != null, SLOW);
		assertEquals("Quiz after the course", method);

		// the training reminders for a mail merge
		Path csv = dir.resolve("reminders.csv");
		TrainingPart training = show("org.custodian.people.ui.part.training");
		bot.waitFor("the compliance shown", () -> UiBot.text(bot.find("people.training.status", SLOW)),
				t -> t.contains("target"), SLOW);
		Job job = training.exportReminders(csv);
		bot.waitUntil("the reminders export", () -> job.getResult() != null, SLOW);
		List<String> lines = Files.readAllLines(csv);
		assertEquals(String.join(",", Reminders.HEADER), lines.get(0));
	}
}
