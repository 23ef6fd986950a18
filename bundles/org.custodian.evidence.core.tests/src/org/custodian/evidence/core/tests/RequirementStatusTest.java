package org.custodian.evidence.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.custodian.audit.core.review.Investigations;
import org.custodian.evidence.core.Assessment;
import org.custodian.evidence.core.Rag;
import org.custodian.evidence.core.Requirement;
import org.custodian.evidence.core.Requirements;
import org.custodian.model.Account;
import org.custodian.model.BackupPolicy;
import org.custodian.model.Course;
import org.custodian.model.DrPlan;
import org.custodian.model.ModelFactory;
import org.custodian.model.RunResult;
import org.custodian.model.Staff;
import org.custodian.model.StaffGroup;
import org.custodian.model.TestRun;
import org.custodian.model.TrainingRecord;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.store.NewAlert;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.AlertFilter;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Red, amber and green computed from real data in an encrypted database, requirement by requirement. */
class RequirementStatusTest {
	private static final ModelFactory F = ModelFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void anEmptyDatabaseIsRedWhereNothingIsProvenAndSaysWhatIsNotAssessed() throws Exception {
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			List<Assessment> all = db.evidence.assess(Instant.now());
			assertEquals(Requirements.ALL.stream().map(Requirement::id).toList(),
					all.stream().map(a -> a.requirement().id()).toList(), "every requirement, in the list's order");
			Map<String, Assessment> by = db.assess(Instant.now());
			for (String id : List.of("A1", "R1", "R3", "R7", "G1", "G3", "G4")) {
				assertEquals(Rag.RED, by.get(id).rag(), id + ": " + by.get(id).summary());
			}
			assertTrue(by.get("A1").summary().contains("No access events"), by.get("A1").summary());
			assertEquals(Rag.RED, by.get("A3").rag(), "nobody can be shown the access notice without staff");
			assertTrue(by.get("A3").summary().contains("No staff directory"), by.get("A3").summary());
			// no requirement is left unassessed because the console has no feature for it
			for (String id : List.of("S2", "A3", "G6", "M4")) {
				assertTrue(!by.get(id).summary().contains("not recorded in the console")
						&& !by.get(id).summary().contains("not measured by the console"), id + ": " + by.get(id).summary());
			}
			assertEquals(Rag.GREEN, by.get("A2").rag(), "an empty alert queue");
		}
	}

	@Test
	void aDrPlanIsGreenOnlyWhenTestedWithinItsFrequencyAndSignedOff() throws Exception {
		Instant now = Instant.parse("2026-06-01T09:00:00Z");
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = F.createTrust();
			trust.setName("Test trust");
			BackupPolicy policy = F.createBackupPolicy();
			policy.setName("Nightly to tape");
			policy.setFrequencyHours(24);
			policy.setCopies(2);
			policy.setOffsite(true);
			policy.setImmutable(true);
			trust.getBackupPolicies().add(policy);
			DrPlan plan = F.createDrPlan();
			plan.setName("Ransomware restore");
			plan.setScenario(org.custodian.model.DrScenario.RANSOMWARE);
			plan.setTestFrequencyDays(90);
			Staff deputy = F.createStaff();
			deputy.setGivenName("Dee");
			deputy.setFamilyName("Puty");
			trust.getStaff().add(deputy);
			plan.getRuns().add(run(now, 100, RunResult.SUCCESS, deputy));
			trust.getDrPlans().add(plan);
			db.store.entities().save(trust);

			Map<String, Assessment> by = db.assess(now);
			assertEquals(Rag.RED, by.get("R3").rag(), by.get("R3").summary());
			assertTrue(by.get("R3").summary().contains("Ransomware restore"), by.get("R3").summary());
			assertTrue(by.get("R3").summary().contains("theft: no plan") && by.get("R3").summary()
					.contains("malware: every plan overdue"), "each CL6c risk without a plan in date: "
							+ by.get("R3").summary());
			assertTrue(by.get("R3").summary().contains("no proof that its backups ran"), by.get("R3").summary());
			assertTrue(by.get("R3").summary().contains("No compression policy"), by.get("R3").summary());
			assertEquals(Rag.RED, by.get("G4").rag());

			TestRun recent = run(now, 10, RunResult.SUCCESS, null);
			plan.getRuns().add(recent);
			// every other CL6c risk has a plan tested and signed off, the policy's nightly job ran, MG stays lossless
			for (var scenario : List.of(org.custodian.model.DrScenario.UNAUTHORISED_ACCESS,
					org.custodian.model.DrScenario.THEFT, org.custodian.model.DrScenario.FLOOD,
					org.custodian.model.DrScenario.FIRE, org.custodian.model.DrScenario.AIR_CONDITIONING_FAILURE)) {
				DrPlan other = F.createDrPlan();
				other.setName(scenario.getLiteral() + " plan");
				other.setScenario(scenario);
				other.setTestFrequencyDays(90);
				other.getRuns().add(run(now, 10, RunResult.SUCCESS, deputy));
				trust.getDrPlans().add(other);
			}
			var job = F.createBackupJob();
			job.setJobName("Nightly to tape");
			job.setStarted(Date.from(now.minus(Duration.ofHours(3))));
			job.setStatus(org.custodian.model.BackupJobStatus.SUCCESS);
			policy.getJobs().add(job);
			trust.getLosslessModalities().add("MG");
			db.store.entities().save(trust);
			by = db.assess(now);
			assertEquals(Rag.GREEN, by.get("R3").rag(), by.get("R3").summary());
			assertEquals(Rag.AMBER, by.get("G4").rag(), "tested but not signed off: " + by.get("G4").summary());

			recent.setSignedOffBy(deputy);
			recent.setSignedOffAt(Date.from(now.minus(Duration.ofDays(9))));
			policy.setImmutable(false);
			db.store.entities().save(trust);
			by = db.assess(now);
			assertEquals(Rag.GREEN, by.get("G4").rag(), by.get("G4").summary());
			assertEquals(Rag.AMBER, by.get("R3").rag(), "no immutable copy: " + by.get("R3").summary());
			assertTrue(by.get("R3").summary().contains("ransomware"), by.get("R3").summary());

			recent.setResult(RunResult.ERRORS);
			db.store.entities().save(trust);
			assertEquals(Rag.RED, db.assess(now).get("R3").rag(), "the last test ended in errors");
		}
	}

	@Test
	void oneGroupUnderTheTrainingTargetIsRedAndSharedAccountsOutweighAQuietTrail() throws Exception {
		Instant now = Instant.parse("2026-06-01T09:00:00Z");
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = F.createTrust();
			StaffGroup radiology = group(trust, "Radiology");
			StaffGroup porters = group(trust, "Porters");
			Course security = F.createCourse();
			security.setCode("DSA");
			security.setTitle("Data security awareness");
			security.setMandatory(true);
			security.setRefreshMonths(12);
			trust.getCourses().add(security);
			trained(trust, staff(trust, "R1", radiology), security, LocalDate.of(2026, 3, 1));
			trained(trust, staff(trust, "R2", radiology), security, LocalDate.of(2026, 2, 1));
			trained(trust, staff(trust, "P1", porters), security, LocalDate.of(2026, 1, 10));
			staff(trust, "P2", porters);
			Account shared = F.createAccount();
			shared.setSystem("PACS");
			shared.setUsername("reporting1");
			shared.setEnabled(true);
			shared.setShared(true);
			trust.getAccounts().add(shared);
			db.store.entities().save(trust);

			Map<String, Assessment> by = db.assess(now);
			Assessment g3 = by.get("G3");
			assertEquals(Rag.RED, g3.rag(), g3.summary());
			assertTrue(g3.summary().contains("Porters") && g3.summary().contains("50.0 %"), g3.summary());
			assertTrue(!g3.summary().contains("Radiology,"), "a group at 100 % is not named: " + g3.summary());
			Assessment g2 = by.get("G2");
			assertEquals(Rag.RED, g2.rag(), "a shared account is red whatever the trail says");
			assertTrue(g2.reasons().get(0).contains("shared"), "the reason that decided comes first: " + g2.reasons());
			assertTrue(g2.reasons().stream().anyMatch(r -> r.contains("Log-in attempts are watched")), g2.reasons().toString());
			assertEquals(Rag.RED, by.get("R1").rag(), "no policy recorded");
		}
	}

	@Test
	void theAccessTrailTheAlertQueueAndTheLogReviewCadence() throws Exception {
		Instant now = Instant.now();
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = F.createTrust();
			db.store.entities().save(trust);
			long run = db.store.events().beginImport("test", "DICOM");
			db.store.events().commitBatch(run, List.of(event(now.minus(Duration.ofDays(3)))), List.of(), "1");
			db.store.events().finishImport(run, "COMPLETED");

			Map<String, Assessment> by = db.assess(now);
			assertEquals(Rag.GREEN, by.get("A1").rag(), by.get("A1").summary());
			assertEquals(Rag.AMBER, by.get("R7").rag(), "no log review yet: " + by.get("R7").summary());
			assertEquals(Rag.AMBER, db.assess(now.plus(Duration.ofDays(10))).get("A1").rag(), "a trail 13 days old is stale");

			new Investigations(db.store).recordReview("all PACS access", "nothing found");
			assertEquals(Rag.GREEN, db.assess(now).get("R7").rag(), db.assess(now).get("R7").summary());

			// imported, but the rules have not seen it yet: an empty queue proves nothing
			Assessment unseen = db.assess(now).get("A2");
			assertEquals(Rag.AMBER, unseen.rag(), unseen.summary());
			assertTrue(unseen.summary().contains("1 access events have not been checked by the detection rules")
					&& unseen.summary().contains("have never run"), unseen.summary());
			new RuleEngine(db.store).run(new NullProgressMonitor());
			Assessment seen = db.assess(now).get("A2");
			assertTrue(seen.summary().contains("last ran at") && seen.summary().contains("over 1 events"), seen.summary());
			db.store.alerts().update(db.store.alerts().list(AlertFilter.ALL, 0, 100).stream().map(a -> a.id()).toList(),
					org.custodian.store.Alert.DISMISSED, null);

			db.store.alerts().raise(List.of(new NewAlert("failed-logins", "HIGH", "j.bloggs", null, now, 0,
					"Twelve failed log-ins by j.bloggs in five minutes.", "failed-logins:j.bloggs:1")));
			by = db.assess(now);
			assertEquals(Rag.AMBER, by.get("A2").rag(), by.get("A2").summary());
			assertEquals(Rag.AMBER, by.get("G2").rag(), by.get("G2").summary());
			// raised a moment after 'now': a week and a day later it has waited more than seven whole days
			Assessment later = db.assess(now.plus(Duration.ofDays(8).plusHours(1))).get("A2");
			assertEquals(Rag.RED, later.rag(), "a high alert untouched for 8 days: " + later.summary());
			assertEquals(Rag.AMBER, db.assess(now.plus(Duration.ofDays(7))).get("A2").rag(), "seven days is not yet late");
			assertEquals(List.of("failed-logins", "1"), later.evidence().get(0).rows().get(0));
		}
	}

	static TestRun run(Instant now, int daysAgo, RunResult result, Staff signedOffBy) {
		TestRun r = F.createTestRun();
		r.setStarted(Date.from(now.minus(Duration.ofDays(daysAgo))));
		r.setResult(result);
		r.setSignedOffBy(signedOffBy);
		return r;
	}

	private static StaffGroup group(Trust trust, String name) {
		StaffGroup g = F.createStaffGroup();
		g.setName(name);
		trust.getStaffGroups().add(g);
		return g;
	}

	private static Staff staff(Trust trust, String number, StaffGroup group) {
		Staff s = F.createStaff();
		s.setStaffNumber(number);
		s.setGivenName("Given" + number);
		s.setFamilyName("Family" + number);
		s.setGroup(group);
		s.setStartDate(day(LocalDate.of(2020, 1, 6)));
		trust.getStaff().add(s);
		return s;
	}

	private static void trained(Trust trust, Staff s, Course c, LocalDate on) {
		TrainingRecord r = F.createTrainingRecord();
		r.setStaff(s);
		r.setCourse(c);
		r.setCompleted(day(on));
		trust.getTrainingRecords().add(r);
	}

	private static Date day(LocalDate d) {
		return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	static AccessEvent event(Instant time) {
		return new AccessEvent(time, "110110", "R", 0, "", "rad.ahmed", "Ahmed, R", "10.1.2.3", "9434765919",
				"Smith^Jane", "1.2.3.4", "PACS", "");
	}
}
