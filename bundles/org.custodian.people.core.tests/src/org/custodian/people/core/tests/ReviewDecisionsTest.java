package org.custodian.people.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.ReviewDecision;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessReviews;
import org.custodian.people.core.AccountFindings;
import org.custodian.people.core.Directory;
import org.custodian.people.core.Reminders;
import org.custodian.people.core.ReviewQueue;
import org.custodian.people.core.Revocations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisions the People perspective's buttons take, by id on a freshly loaded trust and saved: the review
 * queue (confirm an owner, no personal owner), the account lists with the trust's period of non-use, and the
 * reviewers' reminders of movers' access reviews with the default each would get.
 */
class ReviewDecisionsTest {
	@TempDir
	Path dir;
	private PeopleDatabase db;

	@BeforeEach
	void open() throws Exception {
		db = new PeopleDatabase(dir, LocalDateTime.parse("2026-05-20T09:00:00"));
		db.people.importStaff(db.write("staff.csv", AccountsAndLeaversTest.STAFF));
		db.people.importAccounts(db.write("pacs.csv", """
				system,username,display_name,employee_number,enabled,last_used,shared
				PACS,jsmyth,Jon Smyth,,yes,2026-05-18,
				PACS,mjones,M Jones,,yes,2026-05-18,
				PACS,reporting,Reporting workstation,,yes,2026-05-19,yes
				PACS,E200,,,yes,2026-04-01,
				"""), null);
	}

	@AfterEach
	void close() {
		db.close();
	}

	private static Account account(Trust trust, String username) {
		return trust.getAccounts().stream().filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow();
	}

	@Test
	void aReviewerConfirmsAnOwnerOrRecordsThatThereIsNoneAndTheQueueEmpties() {
		Trust trust = db.people.trust();
		assertEquals(List.of("jsmyth", "mjones", "reporting"),
				AccountFindings.reviewQueue(trust).stream().map(Account::getUsername).toList());
		String maryJones = new Directory(trust).staff("E300").getId();
		ReviewQueue.confirmOwner(trust, account(trust, "mjones").getId(), maryJones, "moss");
		ReviewQueue.noOwner(trust, account(trust, "reporting").getId(), "moss");
		db.people.save(trust);

		Trust back = db.people.trust();
		assertEquals("E300", account(back, "mjones").getOwner().getStaffNumber(), "another than suggested is fine");
		assertEquals(AccountMatch.CONFIRMED, account(back, "mjones").getMatch());
		assertEquals(AccountMatch.NO_OWNER, account(back, "reporting").getMatch());
		assertNull(account(back, "reporting").getOwner());
		assertEquals(List.of("jsmyth"), AccountFindings.reviewQueue(back).stream().map(Account::getUsername).toList());

		IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
				() -> ReviewQueue.noOwner(back, account(back, "mjones").getId(), "moss"));
		assertTrue(again.getMessage().contains("decided already"), again.getMessage());
		IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class,
				() -> ReviewQueue.confirmOwner(back, account(back, "jsmyth").getId(), null, "moss"));
		assertTrue(nobody.getMessage().contains("PACS account jsmyth"), nobody.getMessage());
	}

	@Test
	void theAccountListsFollowTheTrustsPeriodOfNonUse() {
		Trust trust = db.people.trust();
		var now = db.people.clock().instant();
		assertEquals(List.of("reporting"), names(AccountFindings.of(AccountFindings.Kind.SHARED, trust, now)));
		assertEquals(List.of("jsmyth", "mjones", "reporting"),
				names(AccountFindings.of(AccountFindings.Kind.NO_OWNER, trust, now)), "E200 is Priya Patel's");
		assertTrue(AccountFindings.of(AccountFindings.Kind.UNUSED, trust, now).isEmpty(), "the default period is long");

		AccountFindings.setUnusedPeriod(trust, 30);
		db.people.save(trust);
		Trust back = db.people.trust();
		assertEquals(30, back.getPeopleSettings().getUnusedAccountDays(), "the trust's setting is stored");
		assertEquals(List.of("E200"), names(AccountFindings.of(AccountFindings.Kind.UNUSED, back, now)),
				"last used 2026-04-01: more than 30 days before 2026-05-20, fewer than the default 90");
		assertThrows(IllegalArgumentException.class, () -> AccountFindings.setUnusedPeriod(back, 0));
	}

	@Test
	void theTrustSetsItsRevocationDeadline() {
		Trust trust = db.people.trust();
		assertEquals(0, trust.getPeopleSettings().getRevocationGraceDays(), "by default: the last working day");
		Revocations.setGraceDays(trust, 2);
		db.people.save(trust);
		assertEquals(2, db.people.trust().getPeopleSettings().getRevocationGraceDays());
		IllegalArgumentException before = assertThrows(IllegalArgumentException.class,
				() -> Revocations.setGraceDays(trust, -1));
		assertTrue(before.getMessage().contains("before the last working day"), before.getMessage());
	}

	private static List<String> names(List<Account> accounts) {
		return accounts.stream().map(Account::getUsername).toList();
	}

	@Test
	void reviewersAreRemindedOfOpenDecisionsWithTheDefaultTheyWouldGet() throws Exception {
		db.people.importChanges(db.write("movers.csv", """
				staff_number,change,effective_date,new_role
				E200,mover,2026-05-18,Reporting radiographer
				"""));
		Trust trust = db.people.trust();
		List<AccessReviews.Pending> all = AccessReviews.all(trust);
		assertEquals(1, all.size());
		AccessReviews.Pending found = AccessReviews.find(trust, all.get(0).decision().getId());
		assertEquals("E200", found.decision().getAccount().getUsername());

		StringBuilder csv = new StringBuilder();
		Reminders.writeReviews(AccessReviews.open(trust), LocalDate.of(2026, 6, 4), csv);
		String[] lines = csv.toString().split("\r\n");
		assertEquals(String.join(",", Reminders.REVIEW_HEADER), lines[0]);
		assertEquals("Max Moss,,E200,Priya Patel,Reporting radiographer,PACS,E200,2026-06-03,overdue,revoke", lines[1]);

		AccessReviews.decide(found.decision(), ReviewDecision.APPROVE, "reports on PACS in the new role", "moss",
				db.people.clock().instant());
		db.people.save(trust);
		StringBuilder none = new StringBuilder();
		Reminders.writeReviews(AccessReviews.open(db.people.trust()), LocalDate.of(2026, 6, 4), none);
		assertEquals(1, none.toString().split("\r\n").length, "a decided account needs no reminder");
		assertThrows(IllegalArgumentException.class, () -> AccessReviews.find(trust, "no such id"));
	}
}
