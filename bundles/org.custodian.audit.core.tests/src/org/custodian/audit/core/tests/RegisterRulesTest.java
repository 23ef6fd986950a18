package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.rules.Deletions;
import org.custodian.audit.core.rules.Receivers;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.audit.core.rules.TransferFigures;
import org.custodian.model.DataSharingAgreement;
import org.custodian.model.DestructionRecord;
import org.custodian.model.LegalHold;
import org.custodian.model.ModelFactory;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;
import org.custodian.model.StudyRetention;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trail held against the registers, on dcm4chee-arc's published messages (resources/published): a study
 * exported by the scheduler to STORESCP is a transfer out of the trust unless STORESCP is the trust's own node or
 * an agreement names it; a study stored into the archive is not; the study deleted by the scheduler is an alert
 * unless the destruction register holds it, after its earliest destruction date and with no legal hold.
 */
class RegisterRulesTest {
	private static final String EXPORT = "dcm4chee-instances-transferred-export-scheduler.xml";
	private static final String STORED = "dcm4chee-instances-stored-cstore.xml";
	private static final String DELETED = "dcm4chee-study-deleted-scheduler.xml";
	private static final String DELETED_STUDY = "1.2.840.113674.1118.54.200";
	private static final ModelFactory F = ModelFactory.eINSTANCE;

	@TempDir
	Path dir;
	private Store store;

	@BeforeEach
	void open() throws Exception {
		store = Stores.created(dir);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void theReaderNamesWhereAnExportWentAndNotWhereAStoreArrived() throws Exception {
		AccessEvent export = PublishedAuditSamplesTest.only(EXPORT);
		assertTrue(export.detail().contains("sent to STORESCP at localhost"), export.detail());
		assertEquals(List.of("STORESCP", "localhost"), Receivers.transfer(export).orElseThrow().destination());
		AccessEvent stored = PublishedAuditSamplesTest.only(STORED);
		assertTrue(stored.detail() == null || !stored.detail().contains("sent to"), stored.detail());
		assertTrue(Receivers.transfer(stored).isEmpty());
	}

	@Test
	void aTransferToASystemNoAgreementNamesIsAnAlertAndCountedPerReceiver() throws Exception {
		store.entities().save(trust());
		List<Alert> alerts = importAndRun(EXPORT, STORED);
		assertEquals(1, alerts.size(), alerts.toString());
		assertEquals("unmatched-transfer", alerts.get(0).rule());
		assertTrue(alerts.get(0).reason().contains("to STORESCP at localhost"), alerts.get(0).reason());
		TransferFigures.Report figures = TransferFigures.of(store.events(), org.custodian.store.Trusts
				.find(store), 1000);
		assertEquals(1, figures.transfers());
		assertEquals(1, figures.unmatched());
		assertEquals("STORESCP at localhost", figures.receivers().get(0).organisation());
	}

	@Test
	void anAgreementThatNamesTheReceivingNodeCoversTheTransfer() throws Exception {
		Trust trust = trust();
		DataSharingAgreement dsa = F.createDataSharingAgreement();
		dsa.setTitle("Image exchange with the tertiary centre");
		dsa.setPartnerName("Tertiary Centre NHS FT");
		dsa.getReceivingNodes().add("storescp");
		trust.getDataSharingAgreements().add(dsa);
		store.entities().save(trust);
		assertEquals(List.of(), importAndRun(EXPORT));
		TransferFigures.Report figures = TransferFigures.of(store.events(), org.custodian.store.Trusts
				.find(store), 1000);
		assertEquals("Tertiary Centre NHS FT", figures.receivers().get(0).organisation());
		assertEquals("data-sharing agreement Image exchange with the tertiary centre", figures.receivers().get(0).under());
		assertEquals(0, figures.unmatched());
	}

	@Test
	void theTrustsOwnNodeIsNoTransferOut() throws Exception {
		Trust trust = trust();
		Site site = F.createSite();
		PacsNode dr = F.createPacsNode();
		dr.setName("DR archive");
		dr.setAeTitle("STORESCP");
		site.getNodes().add(dr);
		trust.getSites().add(site);
		store.entities().save(trust);
		assertEquals(List.of(), importAndRun(EXPORT));
	}

	@Test
	void aDeletionTheRegisterDoesNotHoldIsAnAlert() throws Exception {
		store.entities().save(trust());
		List<Alert> alerts = importAndRun(DELETED);
		assertEquals(1, alerts.size(), alerts.toString());
		assertEquals("deletion-outside-register", alerts.get(0).rule());
		assertTrue(alerts.get(0).reason().contains("the destruction register has no entry for study " + DELETED_STUDY),
				alerts.get(0).reason());
	}

	@Test
	void aDeletionInTheRegisterAfterItsEarliestDateIsNoAlertButOneBeforeItOrUnderAHoldIs() throws Exception {
		AccessEvent deleted = PublishedAuditSamplesTest.only(DELETED);
		assertTrue(Deletions.isDeletion(deleted));
		Trust trust = trust();
		DestructionRecord d = F.createDestructionRecord();
		d.setStudyInstanceUid(DELETED_STUDY);
		d.setPatientId("GE1118");
		d.setDestroyedAt(Date.from(Instant.parse("2020-05-18T15:30:00Z")));
		trust.getDestructionRecords().add(d);
		StudyRetention r = F.createStudyRetention();
		r.setStudyInstanceUid(DELETED_STUDY);
		r.setDestructionDue(Date.from(Instant.parse("2019-01-01T00:00:00Z")));
		trust.getStudyRetentions().add(r);
		assertEquals(List.of(), new Deletions(trust).check(deleted, List.of()).problems());

		r.setDestructionDue(Date.from(Instant.parse("2021-01-01T00:00:00Z")));
		assertEquals(List.of("it came before the study's earliest destruction date, 2021-01-01"),
				new Deletions(trust).check(deleted, List.of()).problems());

		r.setDestructionDue(Date.from(Instant.parse("2019-01-01T00:00:00Z")));
		LegalHold hold = F.createLegalHold();
		hold.setReference("LH-7");
		hold.setPatientId("GE1118");
		hold.setReason("claim");
		hold.setPlacedAt(Date.from(Instant.parse("2019-06-01T00:00:00Z")));
		trust.getLegalHolds().add(hold);
		assertEquals(List.of("the patient was under legal hold LH-7 (claim)"),
				new Deletions(trust).check(deleted, List.of()).problems());
		store.entities().save(trust);
		List<Alert> alerts = importAndRun(DELETED);
		assertEquals(1, alerts.size(), alerts.toString());
		assertTrue(alerts.get(0).reason().contains("legal hold LH-7"), alerts.get(0).reason());
	}

	@Test
	void aDeletionThatNamesNoStudyIsNamedNotGuessed() throws Exception {
		String text = Files.readString(Path.of("resources", "published", DELETED));
		int from = text.indexOf("   <ParticipantObjectIdentification ParticipantObjectID=\"1.2.840");
		int to = text.indexOf("   <ParticipantObjectIdentification ParticipantObjectID=\"GE1118\"");
		Path noStudy = Files.writeString(dir.resolve("no-study.xml"), text.substring(0, from) + text.substring(to));
		store.entities().save(trust());
		new AuditLogImporter(store.events()).importFile(noStudy, new NullProgressMonitor());
		new RuleEngine(store).run(new NullProgressMonitor());
		assertEquals(0, store.alerts().count(new AlertFilter(null, Alert.OPEN, null, null, "deletion-outside-register")));
		AccessEvent e = store.events().page(org.custodian.store.EventFilter.ALL, 0, 1).get(0).event();
		assertEquals(List.of("names no study, so it cannot be compared with the destruction register"),
				new Deletions(trust()).check(e, List.of()).problems());
		assertFalse(Deletions.isDeletion(new AccessEvent(Instant.now(), "110110", "D", 0, null, "u", null, null, "P1",
				null, null, null, null)), "a patient record merged away is not a study deleted");
	}

	private List<Alert> importAndRun(String... names) throws Exception {
		for (String name : names) {
			new AuditLogImporter(store.events()).importFile(Path.of("resources", "published", name),
					new NullProgressMonitor());
		}
		new RuleEngine(store).run(new NullProgressMonitor());
		return store.alerts().list(new AlertFilter(null, Alert.OPEN, null, null, null), 0, 100).stream()
				.filter(a -> a.rule().equals("unmatched-transfer") || a.rule().equals("deletion-outside-register"))
				.toList();
	}

	private static Trust trust() {
		Trust t = F.createTrust();
		t.setName("Northshire NHS Trust");
		return t;
	}
}
