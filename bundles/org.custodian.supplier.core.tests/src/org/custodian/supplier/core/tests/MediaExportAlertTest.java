package org.custodian.supplier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.model.MediaException;
import org.custodian.model.MediaTransfer;
import org.custodian.model.ModelFactory;
import org.custodian.model.TransferDirection;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.AccessEventStore;
import org.custodian.supplier.core.Dates;
import org.custodian.supplier.core.MediaRegister;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * M3 across perspectives: an export to media (110106) in the access events becomes an alert in the one alert queue
 * unless the media register this perspective keeps has its entry; the access perspective's rule engine reads the
 * register saved here.
 */
class MediaExportAlertTest {
	@TempDir
	Path dir;

	private static AccessEvent export(String patient, String time) {
		return new AccessEvent(Instant.parse(time), "110106", "R", 0, null, "rad.jones", "Jones^Rachel", "WS-12",
				patient, "DOE^JANE", "2.25.42", "PACS_MAIN", "exported to CD");
	}

	@Test
	void anExportWithoutARegisterEntryIsAnAlert() throws Exception {
		try (SupplierDatabase db = new SupplierDatabase(dir, LocalDate.of(2026, 3, 10))) {
			Trust trust = db.supplier.trust();
			MediaTransfer m = ModelFactory.eINSTANCE.createMediaTransfer();
			m.setDirection(TransferDirection.SENT);
			m.setTransferDate(Dates.date(LocalDate.of(2026, 3, 2)));
			m.setPatientId("P-REGISTERED");
			m.setEncrypted(true);
			m.setException(MediaException.NONE);
			m.setPasswordChannel("letter");
			m.setSender("Radiology");
			m.setReceiver("City Hospital");
			MediaRegister.validate(m);
			trust.getMediaTransfers().add(m);
			db.supplier.save(trust);

			AccessEventStore events = db.store.events();
			long run = events.beginImport("test trail", "synthetic");
			events.commitBatch(run, List.of(export("P-REGISTERED", "2026-03-02T10:00:00Z"),
					export("P-UNREGISTERED", "2026-03-02T11:00:00Z")), List.of(), "event 2");
			events.finishImport(run, "COMPLETED");
			new RuleEngine(db.store).run(new NullProgressMonitor());

			List<Alert> alerts = db.store.alerts().list(new AlertFilter(null, null, null, null, "unencrypted-export"), 0, 10);
			assertEquals(List.of("P-UNREGISTERED"), alerts.stream().map(Alert::patientId).toList());
			assertTrue(alerts.get(0).reason().contains("the media register has no entry for it"), alerts.get(0).reason());
		}
	}
}
