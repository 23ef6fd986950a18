package org.custodian.evidence.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.evidence.core.Assessment;
import org.custodian.evidence.core.DsptOutcome;
import org.custodian.evidence.core.DsptRatings;
import org.custodian.evidence.core.Rag;
import org.custodian.evidence.core.Requirements;
import org.custodian.model.Account;
import org.custodian.model.AssuranceEvidence;
import org.custodian.model.Course;
import org.custodian.model.CourseEvaluation;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DsptStatus;
import org.custodian.model.LabelCheck;
import org.custodian.model.LabelGap;
import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.Staff;
import org.custodian.model.StaffGroup;
import org.custodian.model.SubProcessor;
import org.custodian.model.TrainingNeed;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;
import org.custodian.people.core.AccessNotice;
import org.custodian.people.core.PolicyAcknowledgements;
import org.custodian.store.AccessEvent;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's NHS rules on the start page, each made red, amber and green from data in an encrypted database: S2 from
 * the labelling check, A3 from the access notice, G3 against the training needs analysis, M4 from the media
 * register's problems, R6 over everyone's assurance, R5/G6 and R4 from the trail against the registers; and the
 * DSPT outcomes rated from them.
 */
class NhsRulesStatusTest {
	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

	@TempDir
	Path dir;

	@Test
	void everyRequirementNamesItsDsptOutcomes() {
		Requirements.ALL.forEach(r -> assertTrue(!r.dspt().isEmpty(), r.id()));
		assertEquals("B6.b Training; B6.a Culture", Requirements.byId("G3").get().dsptLabels());
		assertEquals("Using and sharing information appropriately", DsptOutcome.objective("E"));
	}

	@Test
	void labellingAccessNoticeAndTrainingNeeds() throws Exception {
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = trust();
			db.store.entities().save(trust);
			Map<String, Assessment> by = db.assess(NOW);
			assertEquals(Rag.AMBER, by.get("S2").rag(), by.get("S2").summary());
			assertEquals(Rag.RED, by.get("A3").rag(), by.get("A3").summary());
			assertTrue(by.get("A3").summary().contains("No policy is marked"), by.get("A3").summary());
			assertEquals(Rag.RED, by.get("G3").rag());
			assertTrue(by.get("G3").summary().contains("No training needs analysis is recorded"), by.get("G3").summary());

			// a check with a gap, the notice read by one of two PACS users, an analysis without approval or evaluation
			LabelCheck check = F.createLabelCheck();
			check.setCheckedAt(Date.from(NOW.minusSeconds(3600)));
			check.setSource("archive");
			check.setObjects(12);
			check.setStudies(3);
			LabelGap gap = F.createLabelGap();
			gap.setStudyInstanceUid("2.25.1");
			gap.getMissing().add("institution");
			gap.setObjects(4);
			check.getGaps().add(gap);
			trust.getLabelChecks().add(check);
			PolicyAcknowledgements.publish(trust, "Acceptable use of PACS", "3", LocalDate.of(2026, 1, 5), List.of(), null);
			AccessNotice.mark(trust, trust.getPolicies().get(0));
			PolicyAcknowledgements.acknowledge(trust, trust.getStaff().get(0), trust.getPolicies().get(0).getVersions()
					.get(0), NOW.minusSeconds(86_400 * 30L));
			TrainingNeed need = F.createTrainingNeed();
			need.setGroup(trust.getStaffGroups().get(0));
			need.setCourse(trust.getCourses().get(0));
			need.setReason("They export images");
			trust.getTrainingNeeds().add(need);
			db.store.entities().save(trust);
			by = db.assess(NOW);
			assertEquals(Rag.RED, by.get("S2").rag(), by.get("S2").summary());
			assertTrue(by.get("S2").summary().contains("1 studies lack a label: 1 without institution"),
					by.get("S2").summary());
			assertEquals(Rag.RED, by.get("A3").rag(), "1 of 2 is under the 95 % target: " + by.get("A3").summary());
			assertEquals(Rag.AMBER, by.get("G3").rag(), by.get("G3").summary());
			assertTrue(by.get("G3").summary().contains("is not approved") && by.get("G3").summary().contains(
					"has not been evaluated at all"), by.get("G3").summary());

			// labels complete, both read the notice, the line approved and the course evaluated
			check.getGaps().clear();
			PolicyAcknowledgements.acknowledge(trust, trust.getStaff().get(1), trust.getPolicies().get(0).getVersions()
					.get(0), NOW.minusSeconds(86_400 * 20L));
			need.setApprovedBy("SIRO");
			need.setApprovedOn(day(LocalDate.of(2026, 4, 1)));
			CourseEvaluation eval = F.createCourseEvaluation();
			eval.setCourse(trust.getCourses().get(0));
			eval.setEvaluatedOn(day(LocalDate.of(2026, 5, 1)));
			eval.setMethod("Quiz after the course");
			eval.setEffective(true);
			trust.getCourseEvaluations().add(eval);
			db.store.entities().save(trust);
			by = db.assess(NOW);
			assertEquals(Rag.GREEN, by.get("S2").rag(), by.get("S2").summary());
			assertEquals(Rag.GREEN, by.get("A3").rag(), by.get("A3").summary());
			assertEquals(Rag.GREEN, by.get("G3").rag(), by.get("G3").summary());

			// an evaluation that found the course did not work is red
			eval.setEffective(false);
			eval.setFindings("a third clicked the phishing link");
			db.store.entities().save(trust);
			assertEquals(Rag.RED, db.assess(NOW).get("G3").rag());
		}
	}

	@Test
	void mediaIncidentsAndEveryonesAssurance() throws Exception {
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = trust();
			MediaTransfer cd = F.createMediaTransfer();
			cd.setDirection(TransferDirection.RECEIVED);
			cd.setTransferDate(day(LocalDate.of(2026, 5, 20)));
			cd.setPatientId("9434765919");
			cd.setSender("St Elsewhere");
			cd.setReceiver("Radiology");
			cd.setEncrypted(true);
			cd.setPasswordChannel("telephone");
			cd.setImportedToPacs(true);
			cd.setException(MediaException.NONE);
			cd.setProblem("the CD could not be read; the scan was repeated");
			trust.getMediaTransfers().add(cd);
			Provider vendor = F.createProvider();
			vendor.setName("Vendor Ltd");
			vendor.setKind(ProviderKind.PACS_VENDOR);
			vendor.setAssurance(assurance(LocalDate.of(2025, 7, 1)));
			SubProcessor cloud = F.createSubProcessor();
			cloud.setName("CloudHost plc");
			vendor.getSubProcessors().add(cloud);
			trust.getProviders().add(vendor);
			DataSharingAgreement nobody = F.createDataSharingAgreement();
			nobody.setTitle("Research extract");
			trust.getDataSharingAgreements().add(nobody);
			db.store.entities().save(trust);

			Map<String, Assessment> by = db.assess(NOW);
			assertEquals(Rag.RED, by.get("M4").rag(), by.get("M4").summary());
			assertTrue(by.get("M4").summary().contains("no incident reference"), by.get("M4").summary());
			Assessment r6 = by.get("R6");
			assertEquals(Rag.RED, r6.rag(), r6.summary());
			assertTrue(r6.summary().contains("Sub-processor CloudHost plc (for Vendor Ltd) has no published DSPT"),
					r6.summary());
			// published 2025-07-01: lapses 2026-07-01, in 30 days
			assertTrue(r6.summary().contains("The DSPT assessment of provider Vendor Ltd lapses on 2026-07-01 (within 30"
					+ " days)"), r6.summary());
			assertTrue(r6.summary().contains("Research extract names no receiving organisation"), r6.summary());

			cd.setIncidentReference("DATIX-48213");
			cloud.setAssurance(assurance(LocalDate.of(2026, 4, 1)));
			vendor.setAssurance(assurance(LocalDate.of(2026, 4, 1)));
			trust.getDataSharingAgreements().clear();
			db.store.entities().save(trust);
			by = db.assess(NOW);
			assertEquals(Rag.GREEN, by.get("M4").rag(), by.get("M4").summary());
			assertTrue(by.get("R6").reasons().stream().anyMatch(r -> r.startsWith("The DSPT assessment of the trust,"
					+ " every provider")), by.get("R6").summary());
		}
	}

	@Test
	void transfersAndDeletionsAgainstTheRegisters() throws Exception {
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = trust();
			db.store.entities().save(trust);
			Instant t = NOW.minusSeconds(86_400 * 2L);
			long run = db.store.events().beginImport("test", "DICOM");
			db.store.events().commitBatch(run, List.of(
					new AccessEvent(t, "110102", "R", 0, null, "ARCHIVE", null, "pacs1", "9434765919", null, "2.25.10",
							"PACS", "sent to TERTIARY at 10.9.8.7"),
					new AccessEvent(t.plusSeconds(95), "110104", "R", 0, null, "ARCHIVE", null, "pacs1", "9434765919",
							null, "2.25.10", "PACS", "4 instances; sent to TERTIARY at 10.9.8.7"),
					new AccessEvent(t.plusSeconds(300), "110105", "D", 0, null, "rad.ahmed", null, "10.1.2.3",
							"9434765919", null, "2.25.11", "PACS", null),
					new AccessEvent(t.plusSeconds(400), "110105", "D", 0, null, "rad.ahmed", null, "10.1.2.3",
							"9434765919", null, null, "PACS", null)), List.of(), "4");
			db.store.events().finishImport(run, "COMPLETED");
			new RuleEngine(db.store).run(new NullProgressMonitor());
			Map<String, Assessment> by = db.assess(NOW);
			assertEquals(Rag.RED, by.get("G6").rag(), by.get("G6").summary());
			assertEquals(Rag.RED, by.get("R5").rag(), by.get("R5").summary());
			assertTrue(by.get("G6").summary().contains("no data-sharing agreement or contract names"),
					by.get("G6").summary());
			assertEquals(Rag.RED, by.get("R4").rag(), by.get("R4").summary());
			assertTrue(by.get("R4").summary().contains("1 deletion in the audit trail does not match the destruction"
					+ " register"), by.get("R4").summary());
			assertTrue(by.get("R4").summary().contains("1 deletion event names no study"), by.get("R4").summary());
			List<DsptRatings.OutcomeRating> ratings = DsptRatings.rate(db.evidence.assess(NOW));
			DsptRatings.OutcomeRating transit = ratings.stream().filter(r -> r.outcome().id().equals("B3.b")).findFirst()
					.orElseThrow();
			assertEquals(DsptRatings.Rating.NOT_ACHIEVED, transit.rating(), transit.because());

			// the agreement names the receiver's node: covered, with its delivery time; the alert is dismissed by hand
			DataSharingAgreement dsa = F.createDataSharingAgreement();
			dsa.setTitle("Image exchange");
			dsa.setPartnerName("Tertiary Centre NHS FT");
			dsa.getReceivingNodes().add("TERTIARY");
			trust.getDataSharingAgreements().add(dsa);
			db.store.entities().save(trust);
			db.store.alerts().update(db.store.alerts().list(new org.custodian.store.AlertFilter(null, "OPEN", null, null,
					"unmatched-transfer"), 0, 10).stream().map(a -> a.id()).toList(), "DISMISSED", null);
			by = db.assess(NOW);
			assertEquals(Rag.GREEN, by.get("G6").rag(), by.get("G6").summary());
			List<String> row = by.get("G6").evidence().get(0).rows().get(0);
			assertEquals(List.of("Tertiary Centre NHS FT", "data-sharing agreement Image exchange", "1", "0", "1",
					"1 min 35 s", "1 min 35 s"), row);
		}
	}

	@Test
	void teachingFoldersChecked() throws Exception {
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = trust();
			db.store.entities().save(trust);
			assertEquals(Rag.AMBER, db.assess(NOW).get("S3").rag(), "no folder checked yet");
			org.custodian.supplier.core.Deidentification.record(trust, "/teaching/chest-ct", 12, List.of(
					new org.custodian.supplier.core.Deidentification.FileFinding(Path.of("/teaching/chest-ct/7.dcm"),
							List.of(), "not a DICOM file")), Date.from(NOW.minusSeconds(3600)));
			db.store.entities().save(trust);
			Assessment s3 = db.assess(NOW).get("S3");
			assertEquals(Rag.RED, s3.rag(), s3.summary());
			assertTrue(s3.summary().contains("read 12 files: 0 still carry an identifier, 1 could not be read"),
					s3.summary());
			assertEquals(List.of("7.dcm: cannot be read (not a DICOM file)"), s3.evidence().get(0).rows().get(0));
			org.custodian.supplier.core.Deidentification.record(trust, "/teaching/chest-ct", 11, List.of(),
					Date.from(NOW.minusSeconds(60)));
			db.store.entities().save(trust);
			assertEquals(Rag.GREEN, db.assess(NOW).get("S3").rag(), "the newest check decides");
		}
	}

	/** A trust with two radiographers holding PACS accounts and one course. */
	private static Trust trust() {
		Trust trust = F.createTrust();
		trust.setName("Test trust");
		trust.setOwnAssurance(assurance(LocalDate.of(2026, 4, 1)));
		StaffGroup ahp = F.createStaffGroup();
		ahp.setName("Allied Health Professionals");
		trust.getStaffGroups().add(ahp);
		Course dsa = F.createCourse();
		dsa.setCode("DSA");
		dsa.setTitle("Data Security Awareness Level 1");
		dsa.setMandatory(true);
		dsa.setRefreshMonths(12);
		trust.getCourses().add(dsa);
		for (String n : List.of("1", "2")) {
			Staff s = F.createStaff();
			s.setStaffNumber("2000000" + n);
			s.setGivenName("Radiographer");
			s.setFamilyName(n);
			s.setGroup(ahp);
			s.setStartDate(day(LocalDate.of(2020, 1, 1)));
			trust.getStaff().add(s);
			Account a = F.createAccount();
			a.setSystem("PACS");
			a.setUsername("rad" + n);
			a.setEnabled(true);
			a.setOwner(s);
			trust.getAccounts().add(a);
			org.custodian.model.TrainingRecord r = F.createTrainingRecord();
			r.setStaff(s);
			r.setCourse(dsa);
			r.setCompleted(day(LocalDate.of(2026, 2, 1)));
			trust.getTrainingRecords().add(r);
		}
		return trust;
	}

	private static AssuranceEvidence assurance(LocalDate published) {
		AssuranceEvidence e = F.createAssuranceEvidence();
		e.setDsptStatus(DsptStatus.STANDARDS_MET);
		e.setDsptDate(day(published));
		return e;
	}

	private static Date day(LocalDate d) {
		return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
	}
}
