package org.custodian.supplier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.Contract;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DsptStatus;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.Trust;
import org.custodian.supplier.core.AssuranceComparison;
import org.custodian.supplier.core.ContractChecks;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.ExpiryAlerts.Band;
import org.custodian.supplier.core.RetentionDefaults;
import org.junit.jupiter.api.Test;

/**
 * Expiry and review alerts at their 90/60/30-day boundaries, the side-by-side assurance comparison of a receiver with
 * our own (R6), and contract terms against the retention the archive needs (R3, R4) and the display time (A4).
 */
class ContractsAndAssuranceTest {
	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Test
	void bandsAtTheirBoundaries() {
		assertNull(ExpiryAlerts.band(91));
		assertEquals(Band.DAYS_90, ExpiryAlerts.band(90));
		assertEquals(Band.DAYS_90, ExpiryAlerts.band(61));
		assertEquals(Band.DAYS_60, ExpiryAlerts.band(60));
		assertEquals(Band.DAYS_60, ExpiryAlerts.band(31));
		assertEquals(Band.DAYS_30, ExpiryAlerts.band(30));
		assertEquals(Band.DAYS_30, ExpiryAlerts.band(0));
		assertEquals(Band.EXPIRED, ExpiryAlerts.band(-1));
	}

	@Test
	void contractsAgreementsAndCertificatesComeUpInTheirBands() {
		Trust trust = F.createTrust();
		trust.setName("Northshire NHS Trust");
		Provider vendor = provider(trust, "Vendor Ltd", ProviderKind.PACS_VENDOR);
		Contract c = contract(vendor, "PACS-1", TODAY.plusDays(91), 0);
		contract(vendor, "PACS-2", TODAY.plusDays(90), 30);
		vendor.setAssurance(F.createAssuranceEvidence());
		vendor.getAssurance().setIso27001Expiry(Dates.date(TODAY.plusDays(60)));
		vendor.getAssurance().setCyberEssentialsPlusExpiry(Dates.date(TODAY.minusDays(1)));
		DataSharingAgreement dsa = F.createDataSharingAgreement();
		dsa.setTitle("Teleradiology reporting");
		dsa.setPartnerName("TeleRad LLP");
		dsa.setReviewDate(Dates.date(TODAY.plusDays(30)));
		trust.getDataSharingAgreements().add(dsa);

		List<ExpiryAlerts.Alert> alerts = ExpiryAlerts.find(trust, TODAY, 90);
		assertEquals(List.of("Cyber Essentials Plus", "agreement review", "ISO 27001", "notice deadline", "contract end"),
				alerts.stream().map(ExpiryAlerts.Alert::kind).toList());
		assertEquals(List.of(Band.EXPIRED, Band.DAYS_30, Band.DAYS_60, Band.DAYS_60, Band.DAYS_90),
				alerts.stream().map(ExpiryAlerts.Alert::band).toList());
		assertEquals("Vendor Ltd contract PACS-2 must be given notice (30 days) by 2026-04-30 (in 60 days).",
				alerts.get(3).message());
		assertEquals("Vendor Ltd Cyber Essentials Plus certificate expired 2026-02-28 (1 day ago).",
				alerts.get(0).message());
		assertFalse(alerts.stream().anyMatch(a -> a.subject().contains("PACS-1")), "91 days ahead is not yet an alert");

		// asked for a longer window, the 91-day contract is listed beyond the bands
		ExpiryAlerts.Alert later = ExpiryAlerts.find(trust, TODAY, 120).stream()
				.filter(a -> a.subject().contains("PACS-1")).findFirst().get();
		assertEquals(Band.LATER, later.band());
		assertEquals(Dates.day(c.getEnd()), later.date());
	}

	@Test
	void theReceiverIsFlaggedWhereverItIsWeaker() {
		AssuranceEvidence ours = evidence(DsptStatus.STANDARDS_EXCEEDED, TODAY.minusMonths(3), TODAY.plusYears(1),
				TODAY.plusMonths(8), TODAY.minusMonths(2));
		// equal or better everywhere: nothing flagged
		AssuranceEvidence strong = evidence(DsptStatus.STANDARDS_EXCEEDED, TODAY.minusMonths(1), TODAY.plusYears(2),
				TODAY.plusMonths(10), TODAY.minusMonths(1));
		assertEquals(List.of(), AssuranceComparison.weaknesses(ours, strong, TODAY));
		assertEquals(5, AssuranceComparison.compare(ours, strong, TODAY).size());

		AssuranceEvidence weak = evidence(DsptStatus.APPROACHING_STANDARDS, TODAY.minusMonths(13), null,
				TODAY.minusDays(1), TODAY.minusMonths(14));
		List<AssuranceComparison.Point> points = AssuranceComparison.compare(ours, weak, TODAY);
		assertTrue(points.stream().allMatch(AssuranceComparison.Point::weaker), points.toString());
		assertEquals("DSPT Approaching standards is below our Standards exceeded", points.get(0).weakness());
		assertTrue(points.get(1).weakness().contains("more than a year ago: not current"));
		assertEquals("no ISO 27001 certificate (we hold one)", points.get(2).weakness());
		assertEquals("Cyber Essentials Plus certificate expired on 2026-02-28", points.get(3).weakness());
		assertTrue(points.get(4).weakness().contains("more than a year ago"));
		assertEquals("Standards exceeded", points.get(0).ours());
		assertEquals("Approaching standards", points.get(0).theirs());

		// current but older than ours: weaker on dates only
		AssuranceEvidence older = evidence(DsptStatus.STANDARDS_MET, TODAY.minusMonths(6), TODAY.plusYears(1),
				TODAY.plusMonths(1), TODAY.minusMonths(5));
		List<AssuranceComparison.Point> w = AssuranceComparison.weaknesses(ours, older, TODAY);
		assertEquals(List.of("DSPT status", "DSPT date", "Last penetration test"),
				w.stream().map(AssuranceComparison.Point::name).toList());
		// no evidence at all is weaker on every point
		assertEquals(5, AssuranceComparison.weaknesses(ours, null, TODAY).size());
	}

	@Test
	void contractsAreCheckedAgainstTheRetentionTheArchiveNeeds() {
		Trust trust = F.createTrust();
		RetentionDefaults.ensure(trust);
		ContractChecks.Need need = ContractChecks.need(trust);
		assertEquals(30, need.years());
		assertEquals("ONCOLOGY", need.retentionClass().getCode());

		Provider vendor = provider(trust, "Vendor Ltd", ProviderKind.PACS_VENDOR);
		Contract shortRetention = contract(vendor, "PACS-1", TODAY.plusYears(3), 90);
		shortRetention.setRetentionGuaranteeYears(10);
		shortRetention.setImageDisplaySeconds(4.5);
		shortRetention.setDataReturnClause("Full DICOM export at exit");
		Provider courier = provider(trust, "Courier Ltd", ProviderKind.MEDIA_COURIER);
		contract(courier, "C-1", TODAY.plusYears(1), 30).setRetentionGuaranteeYears(0);
		Provider vna = provider(trust, "VNA plc", ProviderKind.VNA);
		Contract good = contract(vna, "VNA-1", TODAY.plusYears(5), 180);
		good.setRetentionGuaranteeYears(30);
		good.setDataReturnClause("Migration to successor");

		List<ContractChecks.Finding> findings = ContractChecks.check(trust);
		assertEquals(2, findings.size(), findings.toString());
		assertTrue(findings.get(0).problem().startsWith("guarantees 10 years of retention; the archive needs 30"));
		assertTrue(findings.get(1).problem().contains("4.5 s to display an image"));

		// a trust that drops oncology from its rules needs the children's 26 years
		trust.getRetentionRules().removeIf(r -> r.getRetentionClass().getCode().equals("ONCOLOGY"));
		assertEquals(26, ContractChecks.need(trust).years());
	}

	private static Provider provider(Trust trust, String name, ProviderKind kind) {
		Provider p = F.createProvider();
		p.setName(name);
		p.setKind(kind);
		trust.getProviders().add(p);
		return p;
	}

	private static Contract contract(Provider p, String ref, LocalDate end, int noticeDays) {
		Contract c = F.createContract();
		c.setReference(ref);
		c.setStart(Dates.date(TODAY.minusYears(2)));
		c.setEnd(Dates.date(end));
		c.setNoticeDays(noticeDays);
		c.setImageDisplaySeconds(2);
		p.getContracts().add(c);
		return c;
	}

	private static AssuranceEvidence evidence(DsptStatus status, LocalDate dspt, LocalDate iso, LocalDate cep,
			LocalDate penTest) {
		AssuranceEvidence e = F.createAssuranceEvidence();
		e.setDsptStatus(status);
		e.setDsptDate(Dates.date(dspt));
		e.setIso27001Expiry(Dates.date(iso));
		e.setCyberEssentialsPlusExpiry(Dates.date(cep));
		e.setLastPenTest(Dates.date(penTest));
		return e;
	}
}
