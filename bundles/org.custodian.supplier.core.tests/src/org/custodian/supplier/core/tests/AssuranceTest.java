package org.custodian.supplier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.custodian.model.AssuranceEvidence;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DsptStatus;
import org.custodian.model.ModelFactory;
import org.custodian.model.Provider;
import org.custodian.model.ProviderKind;
import org.custodian.model.SubProcessor;
import org.custodian.model.Trust;
import org.custodian.supplier.core.Assurance;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.ExpiryAlerts;
import org.custodian.supplier.core.ExpiryAlerts.Band;
import org.junit.jupiter.api.Test;

/**
 * The assurance of everyone the trust depends on: the trust, providers, their sub-processors and agreements'
 * receivers; a DSPT publication lapsing in the 90/60/30-day bands; records that cannot be true named and left out.
 */
class AssuranceTest {
	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@Test
	void everyPartyIsListedWithItsDsptStanding() {
		Trust trust = trust();
		List<Assurance.Status> all = Assurance.status(trust, TODAY);
		assertEquals(List.of("Northshire NHS Trust (our own)", "provider Vendor Ltd", "sub-processor CloudHost plc (for Vendor Ltd)",
				"agreement receiver TeleRad LLP (Teleradiology reporting)"),
				all.stream().map(s -> s.party().describe()).toList());
		// published 2025-07-15 without an expiry: current for a year
		Assurance.Status ours = all.get(0);
		assertEquals(LocalDate.of(2026, 7, 15), ours.expires());
		assertEquals(Band.LATER, ours.dsptBand());
		assertTrue(ours.dsptCurrent());
		assertEquals(List.of(), Assurance.shortfalls(ours));
		// the vendor's expiry as recorded, in 45 days: the 60-day band
		Assurance.Status vendor = all.get(1);
		assertEquals(TODAY.plusDays(45), vendor.expires());
		assertEquals(Band.DAYS_60, vendor.dsptBand());
		// the sub-processor has no assurance at all
		assertEquals(List.of("Sub-processor CloudHost plc (for Vendor Ltd) has no published DSPT assessment recorded."),
				Assurance.shortfalls(all.get(2)));
		// the receiver's lapsed yesterday
		assertEquals(Band.EXPIRED, all.get(3).dsptBand());
		assertEquals(List.of("The DSPT assessment of agreement receiver TeleRad LLP (Teleradiology reporting) published"
				+ " 2025-02-28 lapsed on 2026-02-28."), Assurance.shortfalls(all.get(3)));
	}

	@Test
	void theBandsOfADsptExpiry() {
		for (int[] days : new int[][] { { 91, -1 }, { 90, 3 }, { 60, 2 }, { 30, 1 }, { 0, 1 }, { -1, 0 } }) {
			Trust trust = trust();
			trust.getOwnAssurance().setDsptExpiry(Dates.date(TODAY.plusDays(days[0])));
			Band band = Assurance.status(trust, TODAY).get(0).dsptBand();
			Band expected = days[1] < 0 ? Band.LATER : Band.values()[days[1]];
			assertEquals(expected, band, days[0] + " days ahead");
		}
	}

	@Test
	void aFuturePublicationAndAnAgreementWithoutReceiverAreNamedAndLeftOut() {
		Trust trust = trust();
		trust.getProviders().get(0).getAssurance().setDsptDate(Dates.date(TODAY.plusDays(10)));
		DataSharingAgreement nobody = F.createDataSharingAgreement();
		nobody.setTitle("Research extract");
		trust.getDataSharingAgreements().add(nobody);
		List<Assurance.Status> all = Assurance.status(trust, TODAY);
		Assurance.Status vendor = all.get(1);
		assertEquals(List.of("The DSPT publication date of provider Vendor Ltd is 2026-03-11, in the future: it is left"
				+ " out until corrected."), vendor.problems());
		assertNull(vendor.dspt());
		assertNull(vendor.expires());
		Assurance.Status research = all.get(4);
		assertEquals(List.of("The data-sharing agreement Research extract names no receiving organisation, so no"
				+ " receiver's assurance can be judged."), research.problems());
		assertEquals(List.of(), Assurance.shortfalls(research), "no verdict on a receiver nobody named");
		// and the expiry alerts say nothing of it either
		assertFalse(ExpiryAlerts.find(trust, TODAY, 90).stream().anyMatch(a -> a.subject().contains("null")));
	}

	@Test
	void expiryAlertsCoverTheDsptAndTheSubProcessorsCertificates() {
		Trust trust = trust();
		SubProcessor cloud = trust.getProviders().get(0).getSubProcessors().get(0);
		cloud.setAssurance(F.createAssuranceEvidence());
		cloud.getAssurance().setIso27001Expiry(Dates.date(TODAY.plusDays(20)));
		List<ExpiryAlerts.Alert> alerts = ExpiryAlerts.find(trust, TODAY, 90);
		assertTrue(alerts.stream().anyMatch(a -> a.kind().equals("ISO 27001") && a.subject().startsWith("CloudHost plc")
				&& a.band() == Band.DAYS_30), alerts.toString());
		assertTrue(alerts.stream().anyMatch(a -> a.kind().equals("DSPT") && a.subject().startsWith("Vendor Ltd")
				&& a.band() == Band.DAYS_60), alerts.toString());
		assertTrue(alerts.stream().anyMatch(a -> a.kind().equals("DSPT") && a.subject().startsWith("TeleRad LLP")
				&& a.band() == Band.EXPIRED), alerts.toString());
	}

	private static Trust trust() {
		Trust trust = F.createTrust();
		trust.setName("Northshire NHS Trust");
		trust.setOwnAssurance(evidence(DsptStatus.STANDARDS_MET, LocalDate.of(2025, 7, 15), null));
		Provider vendor = F.createProvider();
		vendor.setName("Vendor Ltd");
		vendor.setKind(ProviderKind.PACS_VENDOR);
		vendor.setAssurance(evidence(DsptStatus.STANDARDS_EXCEEDED, LocalDate.of(2025, 6, 20), TODAY.plusDays(45)));
		SubProcessor cloud = F.createSubProcessor();
		cloud.setName("CloudHost plc");
		cloud.setCountry("UK");
		vendor.getSubProcessors().add(cloud);
		trust.getProviders().add(vendor);
		DataSharingAgreement dsa = F.createDataSharingAgreement();
		dsa.setTitle("Teleradiology reporting");
		dsa.setPartnerName("TeleRad LLP");
		dsa.setReceiverAssurance(evidence(DsptStatus.STANDARDS_MET, LocalDate.of(2025, 2, 28), null));
		trust.getDataSharingAgreements().add(dsa);
		return trust;
	}

	private static AssuranceEvidence evidence(DsptStatus status, LocalDate published, LocalDate expiry) {
		AssuranceEvidence e = F.createAssuranceEvidence();
		e.setDsptStatus(status);
		e.setDsptDate(Dates.date(published));
		e.setDsptExpiry(Dates.date(expiry));
		return e;
	}
}
