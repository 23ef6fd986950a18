package org.custodian.people.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.custodian.audit.core.AuditImportService;
import org.custodian.audit.core.ImportReport;
import org.custodian.model.AccessDecision;
import org.custodian.model.AccessReview;
import org.custodian.model.Account;
import org.custodian.model.AccountMatch;
import org.custodian.model.ReviewDecision;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessAfterEndDate;
import org.custodian.people.core.AccessReviews;
import org.custodian.people.core.AccountFindings;
import org.custodian.people.core.AccountMatcher;
import org.custodian.people.core.Directory;
import org.custodian.people.core.Revocations;
import org.custodian.people.core.Revocations.Status;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts matched to staff, leavers' revocation deadlines, access after the end date, movers' reviews. */
class AccountsAndLeaversTest {
	static final String STAFF = """
			staff_number,given_name,family_name,group,role,start_date,end_date,line_manager
			E100,John,Smith,Radiology,Radiographer,2020-01-01,,E900
			E200,Priya,Patel,Radiology,Radiologist,2020-01-01,,E900
			E300,Mary,Jones,Radiology,Radiographer,2020-01-01,,E900
			E400,Mark,Jones,Radiology,Radiographer,2020-01-01,,E900
			E500,Siobhan,O'Neill,Radiology,Radiographer,2020-01-01,,E900
			E900,Max,Moss,Admin,Manager,2010-01-01,,
			""";

	@TempDir
	Path dir;
	private PeopleDatabase db;

	@BeforeEach
	void open() throws Exception {
		db = new PeopleDatabase(dir, LocalDateTime.parse("2026-05-20T09:00:00"));
		db.people.importStaff(db.write("staff.csv", STAFF));
	}

	@AfterEach
	void close() {
		db.close();
	}

	private Map<String, Account> accounts(Trust trust) {
		return trust.getAccounts().stream().collect(Collectors.toMap(Account::getUsername, a -> a));
	}

	@Test
	void accountsMatchExactlyThenByNameAndTheRestWaitForReview() throws Exception {
		var r = db.people.importAccounts(db.write("pacs.csv", """
				system,username,display_name,employee_number,enabled,last_used,shared
				PACS,E100,John Smith,,yes,2026-05-19,no
				PACS,ppatel,"Patel, Priya",E200,yes,2026-05-01,
				PACS,jsmyth,Jon Smyth,,yes,2026-05-18,
				PACS,mjones,M Jones,,yes,2026-05-18,
				PACS,soneill2,,,yes,2025-01-01,
				PACS,reporting,Reporting workstation,,yes,2026-05-19,yes
				PACS,zz,Zed Zebedee,,maybe,,
				"""), null);
		assertEquals(6, r.added());
		assertEquals("enabled", r.problems().get(0).column());
		assertEquals(8, r.problems().get(0).line());

		Map<String, Account> a = accounts(db.people.trust());
		assertEquals(AccountMatch.EXACT, a.get("E100").getMatch());
		assertEquals("E100", a.get("E100").getOwner().getStaffNumber());
		assertEquals(AccountMatch.EXACT, a.get("ppatel").getMatch(), "by employee number");
		assertEquals(AccountMatch.NEAR_MISS, a.get("jsmyth").getMatch());
		assertNull(a.get("jsmyth").getOwner(), "a near miss is suggested, not linked");
		assertEquals("E100", a.get("jsmyth").getSuggestedOwner().getStaffNumber());
		assertEquals(AccountMatch.UNMATCHED, a.get("mjones").getMatch());
		assertTrue(a.get("mjones").getMatchNote().contains("2 members of staff"), a.get("mjones").getMatchNote());
		assertEquals(AccountMatch.NEAR_MISS, a.get("soneill2").getMatch(), "user name built from the name");
		assertEquals(AccountMatch.UNMATCHED, a.get("reporting").getMatch());

		Trust trust = db.people.trust();
		assertEquals(List.of("jsmyth", "mjones", "soneill2", "reporting"),
				AccountFindings.reviewQueue(trust).stream().map(Account::getUsername).toList());
		assertEquals(List.of("reporting"), AccountFindings.shared(trust).stream().map(Account::getUsername).toList());
		assertEquals(List.of("soneill2"), AccountFindings.unused(trust, PeopleDatabase.at("2026-05-20T09:00"))
				.stream().map(Account::getUsername).toList());

		// a reviewer's decision survives the next import
		Account jsmyth = accounts(trust).get("jsmyth");
		AccountMatcher.decide(jsmyth, jsmyth.getSuggestedOwner(), "moss");
		AccountMatcher.decide(accounts(trust).get("reporting"), null, "moss");
		db.people.save(trust);
		db.people.importAccounts(db.write("pacs2.csv", "system,username\nPACS,jsmyth\nPACS,reporting\n"), null);
		a = accounts(db.people.trust());
		assertEquals(AccountMatch.CONFIRMED, a.get("jsmyth").getMatch());
		assertEquals("E100", a.get("jsmyth").getOwner().getStaffNumber());
		assertEquals(AccountMatch.NO_OWNER, a.get("reporting").getMatch());
		assertEquals(7, db.people.trust().getAccounts().size() + 1, "no duplicates on re-import");
	}

	@Test
	void ldifExportsAreReadWithFoldedLinesBase64AndDisabledFlags() throws Exception {
		String name = Base64.getEncoder().encodeToString("Siobhán O'Neill".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var r = db.people.importAccounts(db.write("directory.ldif", """
				version: 1

				# a person
				dn: CN=John Smith,OU=Staff,DC=trust,DC=nhs
				sAMAccountName: jsmith
				displayName: John
				  Smith
				employeeID: E100
				userAccountControl: 514
				whenChanged: 20260402101500.0Z
				lastLogonTimestamp: 134190000000000000

				dn: uid=soneill,ou=people,dc=trust
				uid: soneill
				displayName:: %s
				pwdAccountLockedTime: 20260331170000Z

				dn: uid=broken,ou=people,dc=trust
				uid broken

				dn: uid=ppatel,ou=people,dc=trust
				uid: ppatel
				cn: Priya Patel
				""".formatted(name)), "AD");
		assertEquals(3, r.added(), r.toString());
		assertEquals(1, r.problems().size());
		assertEquals(19, r.problems().get(0).line(), r.problems().get(0).getMessage());

		Map<String, Account> a = accounts(db.people.trust());
		Account jsmith = a.get("jsmith");
		assertEquals("AD", jsmith.getSystem());
		assertEquals("John Smith", jsmith.getDisplayName(), "folded line joined");
		assertFalse(jsmith.isEnabled(), "userAccountControl 514 has ACCOUNTDISABLE");
		assertEquals(db.people.clock().instant(), jsmith.getDisabledAt().toInstant(), "first seen disabled now");
		assertEquals(AccountMatch.EXACT, jsmith.getMatch());
		assertEquals("Siobhán O'Neill", a.get("soneill").getDisplayName());
		assertEquals(java.time.Instant.parse("2026-03-31T17:00:00Z"), a.get("soneill").getDisabledAt().toInstant());
		assertEquals(AccountMatch.NEAR_MISS, a.get("soneill").getMatch());
		assertEquals(AccountMatch.NEAR_MISS, a.get("ppatel").getMatch());
	}

	/** Leaver E100 (last day Tue 31 March 2026), accounts disabled at the given London times. */
	private Revocations.Leaver leaver(String disabledAt, String feedExtra) throws Exception {
		db.people.importAccounts(db.write("acc.csv", "system,username,enabled,disabled_at\nPACS,E100,"
				+ (disabledAt == null ? "yes," : "no," + disabledAt) + "\n"), null);
		var r = db.people.importChanges(db.write("leavers.csv", "staff_number,change,effective_date" + feedExtra.split("\\|")[0]
				+ "\nE100,leaver,2026-03-31" + (feedExtra.contains("|") ? feedExtra.split("\\|")[1] : "") + "\n"));
		assertTrue(r.clean(), r.problems().toString());
		return Revocations.check(db.people.trust(), db.people.clock().instant(), PeopleDatabase.LONDON).stream()
				.filter(l -> l.staff().getStaffNumber().equals("E100")).findFirst().orElseThrow();
	}

	@Test
	void disabledAtTheLastMomentOfTheLastWorkingDayMeetsTheDeadline() throws Exception {
		Revocations.Leaver l = leaver("2026-03-31 23:59:59", "");
		assertEquals(LocalDate.of(2026, 3, 31), l.deadline());
		assertEquals(Status.MET, l.status());
	}

	@Test
	void disabledAtMidnightAfterTheLastWorkingDayIsLate() throws Exception {
		Revocations.Leaver l = leaver("2026-04-01 00:00:00", "");
		assertEquals(Status.LATE, l.status());
		assertEquals(PeopleDatabase.at("2026-04-01T00:00"), l.disabledAt());
		assertEquals(1, Revocations.breaches(db.people.trust(), db.people.clock().instant(), PeopleDatabase.LONDON).size());
	}

	@Test
	void aDeadlineFromTheFeedOrTheTrustsGraceDaysMovesTheLimit() throws Exception {
		assertEquals(Status.MET, leaver("2026-04-01 00:00:00", ",revocation_deadline|,2026-04-02").status());
		Trust trust = db.people.trust();
		trust.getPeopleSettings().setRevocationGraceDays(3);
		db.people.save(trust);
		db.people.importChanges(db.write("l2.csv", "staff_number,change,effective_date\nE200,leaver,2026-03-31\n"));
		db.people.importAccounts(db.write("a2.csv", "system,username,disabled_at\nPACS,ppatel,2026-04-03 18:00\n"
				+ "PACS,E200,2026-04-04 00:00\n"), null);
		Revocations.Leaver patel = Revocations.check(db.people.trust(), db.people.clock().instant(),
				PeopleDatabase.LONDON).stream().filter(l -> l.staff().getStaffNumber().equals("E200")).findFirst()
				.orElseThrow();
		assertEquals(LocalDate.of(2026, 4, 3), patel.deadline());
		assertEquals(Status.LATE, patel.status(), "the last of the two accounts was disabled after the 3rd");
	}

	@Test
	void anAccountStillEnabledIsMissingAfterTheDeadlineAndPendingBefore() throws Exception {
		assertEquals(Status.MISSING, leaver(null, "").status());
		db.people.importChanges(db.write("future.csv", "staff_number,change,effective_date\nE300,leaver,2026-05-29\n"));
		db.people.importAccounts(db.write("a3.csv", "system,username\nPACS,E300\n"), null);
		var jones = Revocations.check(db.people.trust(), db.people.clock().instant(), PeopleDatabase.LONDON).stream()
				.filter(l -> l.staff().getStaffNumber().equals("E300")).findFirst().orElseThrow();
		assertEquals(Status.PENDING, jones.status());
	}

	@Test
	void accessByAnAccountAfterItsOwnersEndDateIsAFinding() throws Exception {
		leaver("2026-04-02 12:00:00", "");
		db.people.importAccounts(db.write("b.csv", "system,username\nPACS,E200\n"), null);
		// London is on summer time: 23:30 on 31 March is 22:30 UTC, still the last working day
		Path audit = db.write("audit.xml", message("2026-03-31T22:30:00Z", "E100", "P1")
				+ message("2026-03-31T23:05:00Z", "E100", "P2") + message("2026-04-02T08:00:00Z", "E100", "P3")
				+ message("2026-04-10T08:00:00Z", "E200", "P4"));
		ImportReport imported = PeopleDatabase.service(AuditImportService.class).importFile(audit,
				new NullProgressMonitor());
		assertEquals(4, imported.imported());

		List<AccessAfterEndDate.Finding> findings = db.people.accessAfterEndDate(db.people.trust());
		assertEquals(1, findings.size());
		AccessAfterEndDate.Finding f = findings.get(0);
		assertEquals("E100", f.account().getUsername());
		assertEquals(2, f.events(), "00:05 on 1 April London time and 2 April; not 23:30 on the last day");
		assertEquals("P3", f.examples().get(0).event().patientId());
		assertEquals(java.time.Instant.parse("2026-04-02T08:00:00Z"), f.latest());
	}

	private static String message(String time, String user, String patient) {
		return """
				<AuditMessage>
				  <EventIdentification EventActionCode="R" EventDateTime="%s" EventOutcomeIndicator="0">
				    <EventID csd-code="110104" codeSystemName="DCM" originalText="DICOM Instances Transferred"/>
				  </EventIdentification>
				  <ActiveParticipant UserID="%s" UserIsRequestor="true" NetworkAccessPointID="10.1.1.1" NetworkAccessPointTypeCode="2"/>
				  <AuditSourceIdentification AuditSourceID="PACS_MAIN"/>
				  <ParticipantObjectIdentification ParticipantObjectID="%s" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">
				    <ParticipantObjectIDTypeCode csd-code="2"/>
				  </ParticipantObjectIdentification>
				</AuditMessage>
				""".formatted(time, user, patient);
	}

	@Test
	void aMoverGetsAnAccessReviewWithJustifiedDecisionsAndVisibleDefaults() throws Exception {
		db.people.importAccounts(db.write("acc.csv", "system,username\nPACS,E200\nRIS,E200\n"), null);
		var r = db.people.importChanges(db.write("movers.csv", """
				staff_number,change,effective_date,new_role
				E200,mover,2026-05-18,Reporting radiographer
				E300,mover,2026-05-18,
				"""));
		assertEquals("new_role", r.problems().get(0).column());
		Trust trust = db.people.trust();
		assertEquals("Reporting radiographer", new Directory(trust).staff("E200").getRole());
		AccessReview review = trust.getAccessReviews().get(0);
		assertEquals("E900", review.getReviewer().getStaffNumber());
		assertEquals(LocalDate.of(2026, 6, 3), org.custodian.people.core.Days.day(review.getDue()));
		assertEquals(ReviewDecision.REVOKE, review.getDefaultDecision());
		assertEquals(2, review.getDecisions().size());

		AccessDecision pacs = review.getDecisions().get(0);
		assertThrows(IllegalArgumentException.class,
				() -> AccessReviews.decide(pacs, ReviewDecision.APPROVE, " ", "moss", db.people.clock().instant()));
		AccessReviews.decide(pacs, ReviewDecision.APPROVE, "still reports on PACS", "moss", db.people.clock().instant());
		db.people.save(trust);
		db.people.importChanges(db.write("movers2.csv", "staff_number,change,effective_date,new_role\n"
				+ "E200,mover,2026-05-18,Reporting radiographer\n"));
		trust = db.people.trust();
		assertEquals(1, trust.getAccessReviews().size(), "the same move read again opens no second review");

		assertTrue(AccessReviews.pendingDefaults(trust, LocalDate.of(2026, 6, 3)).isEmpty(), "due day itself");
		List<AccessReviews.Pending> shown = AccessReviews.pendingDefaults(trust, LocalDate.of(2026, 6, 4));
		assertEquals(1, shown.size());
		assertEquals("RIS", shown.get(0).decision().getAccount().getSystem());
		assertEquals(ReviewDecision.PENDING, shown.get(0).decision().getDecision(), "shown, not yet applied");

		AccessReviews.applyDefaults(trust, LocalDate.of(2026, 6, 4), "custodian", db.people.clock().instant());
		db.people.save(trust);
		AccessDecision ris = db.people.trust().getAccessReviews().get(0).getDecisions().get(1);
		assertEquals(ReviewDecision.REVOKE, ris.getDecision());
		assertTrue(ris.isDefaulted());
		assertEquals(ReviewDecision.APPROVE, db.people.trust().getAccessReviews().get(0).getDecisions().get(0).getDecision());
	}
}
