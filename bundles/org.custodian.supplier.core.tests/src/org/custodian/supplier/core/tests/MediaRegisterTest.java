package org.custodian.supplier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelFactory;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.MediaRegister;
import org.junit.jupiter.api.Test;

/** The removable-media register's entries and what each still lacks against M1-M4. */
class MediaRegisterTest {
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private static MediaTransfer entry(TransferDirection direction, LocalDate on, boolean encrypted,
			MediaException exception, String passwordChannel, boolean imported) {
		MediaTransfer m = ModelFactory.eINSTANCE.createMediaTransfer();
		m.setDirection(direction);
		m.setTransferDate(Dates.date(on));
		m.setPatientId("9434765919");
		m.getStudyInstanceUids().add("2.25.1");
		m.setEncrypted(encrypted);
		m.setException(exception);
		m.setPasswordChannel(passwordChannel);
		m.setSender("Radiology, Northshire");
		m.setReceiver("Neurosurgery, City Hospital");
		m.setImportedToPacs(imported);
		return m;
	}

	@Test
	void anEntryNeedsItsPartiesAndAReasonWhenUnencrypted() {
		MediaRegister.validate(entry(TransferDirection.SENT, TODAY, true, MediaException.NONE, "letter", false));
		MediaRegister.validate(entry(TransferDirection.SENT, TODAY, false, MediaException.URGENT_CLINICAL_TRANSFER,
				null, false));
		MediaTransfer bad = entry(TransferDirection.SENT, null, false, MediaException.NONE, null, false);
		bad.setReceiver(" ");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MediaRegister.validate(bad));
		assertEquals("The media register entry needs the date, the receiver, the reason it is not encrypted "
				+ "(urgent clinical transfer, or handed to the patient).", e.getMessage());
	}

	@Test
	void eachShortfallIsNamedWithItsRule() {
		Trust trust = ModelFactory.eINSTANCE.createTrust();
		trust.getMediaTransfers().add(entry(TransferDirection.SENT, TODAY, true, MediaException.NONE, "e-mail", false));
		trust.getMediaTransfers().add(entry(TransferDirection.SENT, TODAY, false, MediaException.NONE, null, false));
		trust.getMediaTransfers().add(entry(TransferDirection.SENT, TODAY, true, MediaException.NONE, "", false));
		trust.getMediaTransfers().add(entry(TransferDirection.RECEIVED, TODAY.minusDays(8), true, MediaException.NONE,
				"letter", false));
		trust.getMediaTransfers().add(entry(TransferDirection.RECEIVED, TODAY.minusDays(7), true, MediaException.NONE,
				"letter", false));
		trust.getMediaTransfers().add(entry(TransferDirection.SENT, TODAY, false, MediaException.HANDED_TO_PATIENT,
				null, false));
		List<MediaRegister.Finding> findings = MediaRegister.check(trust, TODAY);
		assertEquals(List.of("M1", "M1", "M3"), findings.stream().map(MediaRegister.Finding::rule).toList());
		assertTrue(findings.get(0).problem().contains("not encrypted and no permitted exception"));
		assertTrue(findings.get(1).problem().contains("how the password travelled"));
		assertTrue(findings.get(2).problem().contains("received 2026-02-21 for patient 9434765919 has not been imported"));
	}
}
