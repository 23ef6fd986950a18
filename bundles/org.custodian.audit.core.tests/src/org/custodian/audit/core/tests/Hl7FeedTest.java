package org.custodian.audit.core.tests;

import static org.custodian.audit.core.tests.Hl7Messages.adt;
import static org.custodian.audit.core.tests.Hl7Messages.join;
import static org.custodian.audit.core.tests.Hl7Messages.msh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.feeds.hl7.Hl7Feed.Outcome;
import org.custodian.audit.core.rules.CareExplanation;
import org.custodian.audit.core.rules.Directory;
import org.custodian.model.Account;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.store.CareRelationship;
import org.custodian.store.PatientDemographics;
import org.custodian.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HL7 v2 feeds, read by HAPI into the real encrypted store: what each message records, the
 * acknowledgement it gets, and what a bad message is told (and that it records nothing).
 */
class Hl7FeedTest {
	@TempDir
	Path dir;
	private Store store;
	private Hl7Feed feed;

	@BeforeEach
	void open() throws Exception {
		store = Stores.created(dir);
		feed = new Hl7Feed(store, Hl7Feed.DEFAULT_PERFORMING_DEPARTMENT);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void anAdmissionRecordsThePatientUnderEveryIdentifierAndIsAcknowledged() {
		Outcome o = feed.accept(adt("A04", "CTL0001", "P0002061", "9434765919", "O'BRIEN", "12 Walkley Road"));
		assertEquals("AA", o.code(), o.problem());
		assertEquals("ADT^A04", o.event());
		assertTrue(o.ack().contains("MSA|AA|CTL0001"), o.ack());
		PatientDemographics p = store.patients().find("P0002061^^^RXX").orElseThrow();
		assertEquals("O'BRIEN", p.familyName());
		assertEquals("Margaret", p.givenName());
		assertEquals(LocalDate.of(1958, 2, 14), p.birthDate());
		assertEquals("9434765919", p.nhsNumber());
		assertEquals("12 Walkley Road, Hillsborough, Sheffield", p.address());
		assertEquals("S6 2LW", p.postcode());
		assertEquals("0114 496 0123", p.phone());
		assertEquals("Peter O'BRIEN", p.nextOfKin());
		assertEquals("07700 900123", p.nextOfKinPhone());
		// the NHS number and the hospital number are one patient
		assertTrue(store.patients().keysOf("9434765919").containsAll(store.patients().keysOf("P0002061^^^RXX")),
				store.patients().keysOf("9434765919") + " " + store.patients().keysOf("P0002061^^^RXX"));

		// A08 updates the same patient: a move of house replaces the address
		assertEquals("AA", feed.accept(adt("A08", "CTL0002", "P0002061", "9434765919", "O'BRIEN", "3 Crookes Valley Road")).code());
		assertEquals("3 Crookes Valley Road, Hillsborough, Sheffield", store.patients().find("9434765919").orElseThrow().address());
		assertEquals(1, store.patients().count());
	}

	@Test
	void aMergeMovesThePriorIdentifiersToTheSurvivor() {
		feed.accept(adt("A28", "C1", "P0000001", "9434765900", "PATEL", "1 Abbey Lane"));
		feed.accept(adt("A28", "C2", "P0000002", "9434765927", "PATEL", "1 Abbey Lane"));
		assertFalse(store.patients().keysOf("P0000002^^^RXX").containsAll(store.patients().keysOf("P0000001^^^RXX")));
		Outcome o = feed.accept(join(msh("ADT^A40^ADT_A39", "C3"), "EVN|A40|20260302101500",
				"PID|1||P0000001^^^RXX^MR||PATEL^Anita||19580214|F", "MRG|P0000002^^^RXX^MR"));
		assertEquals("AA", o.code(), o.problem());
		assertEquals(1, o.added());
		assertTrue(store.patients().keysOf("P0000001^^^RXX").containsAll(store.patients().keysOf("P0000002^^^RXX")),
				"the merged hospital number finds the survivor");

		Outcome unknown = feed.accept(join(msh("ADT^A40^ADT_A39", "C4"), "PID|1||P0000001^^^RXX^MR", "MRG|P0009999^^^RXX^MR"));
		assertEquals("AA", unknown.code());
		assertTrue(unknown.warnings().get(0).contains("P0009999"), unknown.warnings().toString());

		Outcome noMrg = feed.accept(join(msh("ADT^A40^ADT_A39", "C5"), "PID|1||P0000001^^^RXX^MR"));
		assertEquals("AE", noMrg.code());
		assertEquals("MRG-1", noMrg.field());
	}

	@Test
	void ordersAndReportsExplainTheOrdererAndTheRadiologistByTheirRegistration() {
		String orderer = "C4567890^KHAN^IMRAN^^^DR^^^GMC";
		assertEquals("AA", feed.accept(Hl7Messages.order("RIS1", "P0002061", "ACC0001", orderer, "WARD 7")).code());
		assertEquals("AA", feed.accept(Hl7Messages.result("RIS2", "P0002061", "ACC0001", "7654321&OKAFOR&CHIDI&&&DR&&&GMC")).code());
		List<CareRelationship> care = store.references().care("P0002061");
		assertTrue(care.stream().anyMatch(c -> "WARD 7".equals(c.department()) && "ACC0001".equals(c.accession())
				&& c.referrer().startsWith("C4567890^KHAN^IMRAN")), care.toString());
		assertTrue(care.stream().anyMatch(c -> "Radiology".equals(c.department())), "the performing department: " + care);
		assertTrue(care.stream().anyMatch(c -> c.reporter() != null && c.reporter().startsWith("7654321^OKAFOR^CHIDI")), care.toString());
		assertTrue(care.stream().allMatch(c -> LocalDate.of(2026, 3, 2).equals(c.studyDate())), care.toString());

		Trust trust = ModelFactory.eINSTANCE.createTrust();
		staff(trust, "10000001", "KHAN", "Imran", "GMC 4567890", "Respiratory Medicine", "imran.khan");
		staff(trust, "10000002", "OKAFOR", "Chidi", "GMC 7654321", "Radiology", "c.okafor");
		staff(trust, "10000003", "KHAN", "Sara", "GMC 1111111", "Cardiology", "sara.khan");
		Directory directory = new Directory(trust, ZoneId.of("Europe/London"));
		assertEquals("they ordered the study (ACC0001)", CareExplanation.explain(view("imran.khan"), care, directory).orElse(null),
				"the consultant code C4567890 is GMC 4567890");
		assertEquals("they reported the study (ACC0001)", CareExplanation.explain(view("c.okafor"), care, directory).orElse(null));
		assertTrue(CareExplanation.explain(view("sara.khan"), care, directory).isEmpty(),
				"another Dr Khan is not the orderer");
	}

	@Test
	void aCancelledOrderExplainsNothing() {
		String cancelled = Hl7Messages.order("RIS9", "P0000077", "ACC0077", "C4567890^KHAN^IMRAN^^^DR^^^GMC", "WARD 7")
				.replace("ORC|NW|", "ORC|CA|");
		Outcome o = feed.accept(cancelled);
		assertEquals("AA", o.code());
		assertEquals(0, o.added());
		assertTrue(store.references().care("P0000077").isEmpty());
	}

	@Test
	void badMessagesAreRefusedWithTheSegmentAndFieldAndRecordNothing() {
		Outcome noPid = feed.accept(join(msh("ADT^A04", "B1"), "EVN|A04|20260302101500", "PV1|1|O"));
		assertEquals("AE", noPid.code());
		assertEquals("PID-1", noPid.field());
		assertTrue(noPid.problem().contains("names no patient"), noPid.problem());
		assertTrue(noPid.ack().contains("MSA|AE|B1") && noPid.ack().contains("ERR|"), noPid.ack());

		// a birth date that is no date costs only the birth date (the published NHS examples have month 13)
		Outcome badDate = feed.accept(adt("A04", "B2", "P0000100", "9434765935", "JONES", "1 High Street")
				.replace("19580214", "19581302"));
		assertEquals("AA", badDate.code());
		assertTrue(badDate.warnings().get(0).contains("PID-7") && badDate.warnings().get(0).contains("19581302"),
				badDate.warnings().toString());
		assertNull(store.patients().find("P0000100^^^RXX").orElseThrow().birthDate());

		Outcome unknownTrigger = feed.accept(adt("A04", "B3", "P0000101", "9434765935", "JONES", "1 High Street")
				.replace("ADT^A04", "ADT^A99"));
		assertEquals("AR", unknownTrigger.code());
		assertEquals("MSH-9", unknownTrigger.field());
		assertTrue(unknownTrigger.ack().contains("MSA|AR|B3"), unknownTrigger.ack());

		Outcome otherType = feed.accept(join("MSH|^~\\&|LAB|RXX|CUSTODIAN|RXX|20260302||SIU^S12|B4|P|2.5", "SCH|1"));
		assertEquals("AR", otherType.code());
		assertTrue(otherType.problem().contains("SIU"), otherType.problem());

		Outcome noHeader = feed.accept(join("PID|1||P0000102^^^RXX||JONES^ANN", "PV1|1|O"));
		assertEquals("AR", noHeader.code());
		assertTrue(noHeader.ack().startsWith("MSH|") && noHeader.ack().contains("MSA|AR"), noHeader.ack());

		// encoding characters that are not four distinct characters: HAPI cannot read the message
		Outcome badEncoding = feed.accept(adt("A04", "B5", "P0000103", "9434765935", "JONES", "1 High Street")
				.replace("MSH|^~\\&|", "MSH|^^|"));
		assertFalse(badEncoding.accepted(), badEncoding.code() + " " + badEncoding.problem());

		Outcome noIdentifier = feed.accept(adt("A04", "B6", "", "", "JONES", "1 High Street"));
		assertEquals("AE", noIdentifier.code());
		assertEquals("PID-3", noIdentifier.field());

		assertEquals(1, store.patients().count(), "a refused message records nothing: " + store.patients().count());
	}

	private static Staff staff(Trust trust, String number, String family, String given, String registration,
			String department, String username) {
		Staff s = ModelFactory.eINSTANCE.createStaff();
		s.setStaffNumber(number);
		s.setFamilyName(family);
		s.setGivenName(given);
		s.setRegistration(registration);
		s.setDepartment(department);
		trust.getStaff().add(s);
		Account a = ModelFactory.eINSTANCE.createAccount();
		a.setUsername(username);
		a.setOwner(s);
		trust.getAccounts().add(a);
		return s;
	}

	private static AccessEvent view(String user) {
		return new AccessEvent(Instant.parse("2026-03-02T14:00:00Z"), "110110", "R", 0, "110103", user, null, "ws1",
				"P0002061^^^RXX", null, "1.2.826.0.1.1", "test", null);
	}
}
