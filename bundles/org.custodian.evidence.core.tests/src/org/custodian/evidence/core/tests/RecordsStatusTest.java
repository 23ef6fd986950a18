package org.custodian.evidence.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.custodian.evidence.core.Assessment;
import org.custodian.evidence.core.Rag;
import org.custodian.model.AssuranceEvidence;
import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DpiaStatus;
import org.custodian.model.DsptStatus;
import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.RetentionClass;
import org.custodian.model.RetentionRule;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Suppliers &amp; records requirements (R2, R4, R6, S1, M1-M3) from the registers in an encrypted database. */
class RecordsStatusTest {
	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

	@TempDir
	Path dir;

	@Test
	void agreementsAssuranceRetentionAndMediaEachDecideTheirRequirement() throws Exception {
		try (EvidenceDatabase db = new EvidenceDatabase(dir)) {
			Trust trust = F.createTrust();
			trust.setName("Test trust");
			trust.setOwnAssurance(assurance(DsptStatus.STANDARDS_MET, LocalDate.of(2026, 3, 1)));
			Provider telerad = F.createProvider();
			telerad.setName("NightHawk Reporting");
			telerad.setKind(ProviderKind.TELERADIOLOGY);
			trust.getProviders().add(telerad);
			DataSharingAgreement research = F.createDataSharingAgreement();
			research.setTitle("Imaging research cohort");
			research.setPartnerName("University imaging lab");
			research.setDpiaStatus(DpiaStatus.APPROVED);
			research.setReviewDate(day(LocalDate.of(2027, 3, 1)));
			research.setReceiverAssurance(assurance(DsptStatus.NOT_MET, LocalDate.of(2026, 3, 1)));
			trust.getDataSharingAgreements().add(research);
			RetentionClass adult = retentionClass("ADULT", "General adult", 8);
			RetentionClass tooShort = retentionClass("SCREEN", "Screening by mistake", 5);
			trust.getRetentionClasses().add(adult);
			trust.getRetentionClasses().add(tooShort);
			RetentionRule everything = F.createRetentionRule();
			everything.setName("Every study");
			everything.setRetentionClass(adult);
			everything.setEnabled(true);
			trust.getRetentionRules().add(everything);
			Provider vna = F.createProvider();
			vna.setName("Archive Co");
			vna.setKind(ProviderKind.VNA);
			Contract shortContract = F.createContract();
			shortContract.setReference("VNA-1");
			shortContract.setRetentionGuaranteeYears(5);
			shortContract.setDataReturnClause("DICOM export on exit");
			vna.getContracts().add(shortContract);
			trust.getProviders().add(vna);
			MediaTransfer cd = F.createMediaTransfer();
			cd.setDirection(TransferDirection.SENT);
			cd.setTransferDate(day(LocalDate.of(2026, 5, 20)));
			cd.setPatientId("9434765919");
			cd.setSender("Radiology reception");
			cd.setReceiver("Patient");
			cd.setEncrypted(false);
			cd.setException(MediaException.NONE);
			trust.getMediaTransfers().add(cd);
			db.store.entities().save(trust);

			Map<String, Assessment> by = db.assess(NOW);
			assertEquals(Rag.RED, by.get("R2").rag());
			assertTrue(by.get("R2").summary().contains("NightHawk Reporting has no data-sharing agreement"),
					by.get("R2").summary());
			assertEquals(Rag.RED, by.get("R6").rag(), by.get("R6").summary());
			assertTrue(by.get("R6").summary().startsWith("University imaging lab is weaker than the trust on"),
					by.get("R6").summary());
			assertEquals(Rag.RED, by.get("S1").rag());
			assertTrue(by.get("S1").summary().contains("Screening by mistake (5 years)"), by.get("S1").summary());
			for (String id : new String[] { "M1", "M2", "S4", "R5" }) {
				assertEquals(Rag.RED, by.get(id).rag(), id + ": " + by.get(id).summary());
			}
			assertEquals(Rag.GREEN, by.get("M4").rag(), "no problem recorded: " + by.get("M4").summary());
			// every reason is a sentence of its own (the checks' findings R4 and R6 come without a full stop)
			for (Assessment assessment : by.values()) {
				for (String reason : assessment.reasons()) {
					assertTrue(reason.endsWith(".") || reason.endsWith("?"), assessment.requirement().id() + ": " + reason);
				}
			}
			// a contract's shortfall names the contract, not only what it falls short of
			assertEquals(Rag.RED, by.get("R4").rag());
			assertTrue(by.get("R4").summary().contains("Archive Co contract VNA-1 guarantees 5 years of retention; the "
					+ "archive needs 8"), by.get("R4").summary());

			// the CD was handed to the patient: a permitted exception, recorded
			cd.setException(MediaException.HANDED_TO_PATIENT);
			tooShort.setMinimumYears(10);
			research.setReceiverAssurance(assurance(DsptStatus.STANDARDS_MET, LocalDate.of(2026, 3, 1)));
			// the providers' own toolkits, which R6 now judges as well as the receivers'
			telerad.setAssurance(assurance(DsptStatus.STANDARDS_MET, LocalDate.of(2026, 3, 1)));
			vna.setAssurance(assurance(DsptStatus.STANDARDS_EXCEEDED, LocalDate.of(2026, 3, 1)));
			db.store.entities().save(trust);
			by = db.assess(NOW);
			assertEquals(Rag.GREEN, by.get("M2").rag(), by.get("M2").summary());
			assertEquals(Rag.GREEN, by.get("M1").rag(), by.get("M1").summary());
			assertEquals(Rag.GREEN, by.get("S1").rag());
			assertEquals(Rag.GREEN, by.get("R6").rag(), by.get("R6").summary());
			assertEquals(Rag.RED, by.get("R2").rag(), "the teleradiology provider is still not covered");
		}
	}

	private static AssuranceEvidence assurance(DsptStatus status, LocalDate dspt) {
		AssuranceEvidence e = F.createAssuranceEvidence();
		e.setDsptStatus(status);
		e.setDsptDate(day(dspt));
		e.setIso27001Expiry(day(LocalDate.of(2027, 9, 1)));
		e.setCyberEssentialsPlusExpiry(day(LocalDate.of(2027, 9, 1)));
		e.setLastPenTest(day(LocalDate.of(2026, 2, 1)));
		return e;
	}

	private static RetentionClass retentionClass(String code, String name, int years) {
		RetentionClass c = F.createRetentionClass();
		c.setCode(code);
		c.setName(name);
		c.setMinimumYears(years);
		return c;
	}

	private static Date day(LocalDate d) {
		return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
	}
}
