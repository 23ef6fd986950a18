package org.custodian.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DestructionRecord;
import org.custodian.model.DpiaStatus;
import org.custodian.model.DsptStatus;
import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelFactory;
import org.custodian.model.PatientRetentionFacts;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.supplier.core.RecordsRegister;
import org.custodian.supplier.core.RetentionDefaults;
import org.custodian.supplier.core.RetentionOutcome;
import org.custodian.supplier.core.RetentionScan;
import org.custodian.supplier.core.StudyFacts;

/**
 * The demo trust's records side (Suppliers &amp; records perspective): our own assurance, a VNA whose contract
 * guarantees too little retention, a research agreement with a weaker receiver, the retention schedule and rules of
 * the records code, a register of scanned studies with patients' facts (a death, an oncology diagnosis, a
 * maternity, a trial), legal holds, destructions (one of them under a hold, which the check reports), and a media
 * register holding most of the exports in the access trail.
 */
final class DemoRecords {
	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final String[] KINDS = { "CT|Radiology|CT chest", "MR|Radiology|MR knee", "CR|Radiology|Chest X-ray",
			"US|Maternity|Obstetric ultrasound", "MG|Breast screening|Screening mammogram",
			"DX|Paediatrics|Wrist X-ray", "MR|Mental Health|MR brain", "CT|Oncology|CT staging",
			"US|Radiology|Abdominal ultrasound", "NM|Radiology|Bone scan" };

	private final Trust trust;
	private final Random random;
	private final LocalDate today;

	private DemoRecords(Trust trust, Random random, LocalDate today) {
		this.trust = trust;
		this.random = random;
		this.today = today;
	}

	static void addTo(Trust trust, Random random, LocalDate today) {
		DemoRecords r = new DemoRecords(trust, random, today);
		r.assurance();
		r.suppliers();
		RetentionDefaults.ensure(trust);
		r.register();
	}

	private static Date date(LocalDate d) {
		return DemoTrust.date(d);
	}

	private void assurance() {
		AssuranceEvidence own = F.createAssuranceEvidence();
		own.setDsptStatus(DsptStatus.STANDARDS_MET);
		own.setDsptDate(date(today.minusDays(150)));
		own.setIso27001Expiry(date(today.plusDays(400)));
		own.setCyberEssentialsPlusExpiry(date(today.plusDays(210)));
		own.setLastPenTest(date(today.minusDays(120)));
		trust.setOwnAssurance(own);
	}

	private void suppliers() {
		Provider vna = F.createProvider();
		vna.setName("Archivum VNA Services Ltd");
		vna.setKind(ProviderKind.VNA);
		Contract c = F.createContract();
		c.setReference("VNA-2021-002");
		c.setStart(date(LocalDate.of(2021, 2, 1)));
		c.setEnd(date(today.plusDays(55)));
		c.setNoticeDays(90);
		c.setRenewalTerms("Fixed term; a new tender is under way");
		c.setExitClause("Migration support for 6 months at exit");
		c.setDataReturnClause("");
		c.setRetentionGuaranteeYears(10);
		c.setImageDisplaySeconds(2.5);
		vna.getContracts().add(c);
		AssuranceEvidence a = F.createAssuranceEvidence();
		a.setDsptStatus(DsptStatus.STANDARDS_MET);
		a.setDsptDate(date(today.minusDays(300)));
		a.setIso27001Expiry(date(today.plusDays(25)));
		a.setCyberEssentialsPlusExpiry(date(today.minusDays(12)));
		a.setLastPenTest(date(today.minusDays(410)));
		vna.setAssurance(a);
		trust.getProviders().add(vna);

		Provider courier = F.createProvider();
		courier.setName("MedDispatch Couriers");
		courier.setKind(ProviderKind.MEDIA_COURIER);
		Contract cc = F.createContract();
		cc.setReference("MC-2024-031");
		cc.setStart(date(LocalDate.of(2024, 4, 1)));
		cc.setEnd(date(today.plusDays(300)));
		cc.setNoticeDays(30);
		courier.getContracts().add(cc);
		trust.getProviders().add(courier);

		DataSharingAgreement research = F.createDataSharingAgreement();
		research.setTitle("Lung nodule research cohort");
		research.setPartnerName("Northshire University Imaging Lab");
		research.setPurpose("Research on pseudonymised chest CT (S3: de-identified copies only)");
		research.getDataFlows().add("De-identified DICOM on encrypted disk, pseudonym map kept by the trust");
		research.setLegalBasis("UK GDPR 6(1)(e) and 9(2)(j): research, with HRA approval");
		research.setReviewDate(date(today.plusDays(20)));
		research.setDpiaStatus(DpiaStatus.IN_PROGRESS);
		AssuranceEvidence lab = F.createAssuranceEvidence();
		lab.setDsptStatus(DsptStatus.APPROACHING_STANDARDS);
		lab.setDsptDate(date(today.minusDays(420)));
		lab.setCyberEssentialsPlusExpiry(date(today.plusDays(90)));
		lab.setLastPenTest(date(today.minusDays(600)));
		research.setReceiverAssurance(lab);
		trust.getDataSharingAgreements().add(research);
	}

	/** About 400 studies of 150 patients over 25 years, computed with the schedule as a scan would. */
	private void register() {
		List<StudyFacts> studies = new ArrayList<>();
		for (int p = 0; p < 150; p++) {
			String patient = String.format("EL%06d", p * 31 % 5000);
			LocalDate born = today.minusYears(1 + random.nextInt(88)).minusDays(random.nextInt(365));
			String[] kind = KINDS[random.nextInt(KINDS.length)].split("\\|");
			int n = 1 + random.nextInt(5);
			for (int s = 0; s < n; s++) {
				LocalDate on = today.minusDays(random.nextInt(25 * 365));
				if (on.isBefore(born)) {
					on = born.plusDays(random.nextInt(300));
				}
				studies.add(new StudyFacts("1.2.826.0.1.3680043.10.1001.9." + p + "." + s, patient, born, on,
						Set.of(kind[0]), kind[1], kind[2], Set.of()));
			}
			if (p % 17 == 0) {
				facts(patient).setDateOfDeath(date(today.minusDays(200 + random.nextInt(3000))));
			}
			if (kind[1].equals("Oncology")) {
				PatientRetentionFacts f = facts(patient);
				f.getFlags().add("oncology");
				f.setDiagnosisDate(date(today.minusDays(random.nextInt(20 * 365))));
			}
			if (kind[1].equals("Maternity")) {
				facts(patient).setLastChildBorn(date(today.minusDays(random.nextInt(10 * 365))));
			}
			if (p % 23 == 5) {
				facts(patient).getFlags().add("trial");
			}
		}
		RecordsRegister.placeHold(trust, "LIT-2026-014", "EL000031", "Clinical negligence claim", today.minusDays(90));
		RecordsRegister.placeHold(trust, "CMP-2025-207", "EL000062", "Complaint under investigation",
				today.minusDays(400));
		List<RetentionOutcome> outcomes = RetentionScan.compute(trust, studies);
		RetentionScan.record(trust, outcomes, "PACS-MAIN inventory", false, date(today));
		int destroyed = 0;
		for (RetentionOutcome o : outcomes) {
			if (destroyed < 6 && o.destructionDue() != null && o.destructionDue().isBefore(today.minusDays(30))
					&& o.hold() == null) {
				RecordsRegister.recordDestruction(trust, o.study().studyInstanceUid(), o.study().description(),
						o.destructionDue().plusDays(20), "Records Manager, Information Governance",
						"Secure erasure from PACS and backups", "DC-" + (2026_100 + destroyed));
				destroyed++;
			}
		}
		// recorded by hand on the old spreadsheet: a study of a patient under a hold, which the check reports
		outcomes.stream().filter(o -> o.hold() != null).findFirst().ifPresent(o -> {
			DestructionRecord d = F.createDestructionRecord();
			d.setStudyInstanceUid(o.study().studyInstanceUid());
			d.setPatientId(o.study().patientId());
			d.setDescription(o.study().description() + " (from the 2025 spreadsheet)");
			d.setDestroyedAt(date(today.minusDays(30)));
			d.setDestroyedByName("Archive team");
			d.setMethod("Deleted from PACS");
			d.setCertificateReference("none");
			trust.getDestructionRecords().add(d);
		});
	}

	private PatientRetentionFacts facts(String patient) {
		for (PatientRetentionFacts f : trust.getPatientRetentionFacts()) {
			if (f.getPatientId().equals(patient)) {
				return f;
			}
		}
		PatientRetentionFacts f = F.createPatientRetentionFacts();
		f.setPatientId(patient);
		trust.getPatientRetentionFacts().add(f);
		return f;
	}

	/**
	 * Register entries for the exports in the access trail, as the media office records them: all but every fifth
	 * (whose export then raises its alert in the Access perspective), a few unencrypted with their permitted reason,
	 * one without its password channel.
	 */
	static void registerExports(Trust trust, List<AccessEvent> exports, ZoneId zone) {
		String[] hospitals = { "Neurosurgery, City General Hospital", "Orthopaedics, County Hospital",
				"The patient (handed over at reception)", "Oncology, Regional Cancer Centre" };
		for (int i = 0; i < exports.size(); i++) {
			if (i % 5 == 4) {
				continue;
			}
			AccessEvent e = exports.get(i);
			MediaTransfer m = F.createMediaTransfer();
			m.setDirection(TransferDirection.SENT);
			m.setTransferDate(DemoTrust.date(e.time().atZone(zone).toLocalDate()));
			m.setPatientId(e.patientId());
			if (e.studyUid() != null) {
				m.getStudyInstanceUids().add(e.studyUid());
			}
			m.setSender(e.userName() == null ? e.userId() : e.userName());
			String receiver = hospitals[i % hospitals.length];
			m.setReceiver(receiver);
			boolean handedOver = receiver.startsWith("The patient");
			m.setEncrypted(!handedOver && i % 7 != 3);
			m.setException(handedOver ? MediaException.HANDED_TO_PATIENT
					: m.isEncrypted() ? MediaException.NONE : MediaException.URGENT_CLINICAL_TRANSFER);
			m.setPasswordChannel(m.isEncrypted() && i % 11 != 6 ? "Letter, sent separately" : null);
			trust.getMediaTransfers().add(m);
		}
		MediaTransfer received = F.createMediaTransfer();
		received.setDirection(TransferDirection.RECEIVED);
		received.setTransferDate(DemoTrust.date(DemoTrust.TODAY.minusDays(12)));
		received.setPatientId("EL000417");
		received.setEncrypted(true);
		received.setException(MediaException.NONE);
		received.setPasswordChannel("E-mail to the PACS team");
		received.setSender("Radiology, St Anne's Private Hospital");
		received.setReceiver("PACS team");
		received.setImportedToPacs(false);
		received.setProblem("the CD could not be read at first");
		received.setIncidentReference("INC-88121");
		trust.getMediaTransfers().add(received);
		// a CD sent to the wrong hospital, its incident not yet recorded (M4)
		MediaTransfer misrouted = F.createMediaTransfer();
		misrouted.setDirection(TransferDirection.SENT);
		misrouted.setTransferDate(DemoTrust.date(DemoTrust.TODAY.minusDays(5)));
		misrouted.setPatientId("EL000233");
		misrouted.setEncrypted(true);
		misrouted.setException(MediaException.NONE);
		misrouted.setPasswordChannel("Telephone to the receiving radiologist");
		misrouted.setSender("Radiology reception");
		misrouted.setReceiver("Oncology, Northshire General");
		misrouted.setProblem("sent to the wrong hospital and returned unopened");
		trust.getMediaTransfers().add(misrouted);
	}
}
