package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.feeds.hl7.Hl7Feed.Outcome;
import org.custodian.store.CareRelationship;
import org.custodian.store.PatientDemographics;
import org.custodian.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HL7 v2 messages as others published them (resources/published-hl7, origins in its README.md): NHS England's
 * ITK ADT examples, a UK trust's Epic imaging result, IHE Radiology orders from the MESA tools as dcm4che ships
 * them, HAPI's own example and the standard's chapter 3 example. Each is accepted, and what it says of the
 * patient and of who cared for them is read from the fields where that sender put it.
 */
class PublishedHl7SamplesTest {
	private static final Path PUBLISHED = Path.of("resources", "published-hl7");
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

	private Outcome accept(String name) throws Exception {
		Path file = PUBLISHED.resolve(name);
		assertTrue(Files.isRegularFile(file), file.toAbsolutePath() + " is missing");
		Outcome o = feed.accept(Files.readString(file, StandardCharsets.ISO_8859_1));
		assertEquals("AA", o.code(), name + ": " + o.field() + " " + o.problem());
		assertTrue(o.ack().contains("MSA|AA|" + o.controlId()), o.ack());
		return o;
	}

	@Test
	void nhsEnglandItkAdtExamples() throws Exception {
		accept("nhs-itk-adt-a01.hl7");
		PatientDemographics p = store.patients().find("3333333333").orElseThrow();
		assertEquals("3333333333", p.nhsNumber(), "PID-3 under the authority NHS is the NHS number");
		assertEquals("SMITH", p.familyName());
		assertEquals(java.time.LocalDate.of(1965, 12, 13), p.birthDate(), "a birth date with its time of birth");
		assertEquals("29 WEST AVENUE, BURYTHORPE, MALTON", p.address());
		assertEquals("YO32 5TT", p.postcode());
		assertEquals("ALBERT SMITH", p.nextOfKin());
		// the admission: PV1-3 RCB^OBS1^BAY2-6^RCB55 (point of care RCB), admitted at PV1-44 (BST in October)
		assertEquals(List.of("A01 RCB 2010-10-20T16:16:00Z"), store.references().movements("3333333333").stream()
				.map(m -> m.event() + " " + m.location() + " " + m.time()).toList());
		accept("nhs-itk-adt-a04.hl7");
		accept("nhs-itk-adt-a08.hl7");
		assertEquals(java.time.LocalDate.of(1965, 12, 27), store.patients().find("3333333333").orElseThrow().birthDate(),
				"A08 updates the patient");
		Outcome a28 = accept("nhs-itk-adt-a28.hl7");
		assertTrue(a28.warnings().stream().anyMatch(w -> w.contains("PID-7") && w.contains("196513121515")), a28.warnings().toString());
		assertNull(store.patients().find("3333333333").orElseThrow().birthDate(), "month 13 is no date");
		accept("nhs-itk-adt-a31.hl7");
		Outcome a40 = accept("nhs-itk-adt-a40.hl7");
		assertTrue(a40.warnings().stream().anyMatch(w -> w.contains("22789")), "the prior LOCALID was never recorded: " + a40.warnings());
		assertEquals(1, store.patients().count());
	}

	@Test
	void theStandardsAndHapisAdmissions() throws Exception {
		accept("pipehat-adt-a04.hl7");
		PatientDemographics massie = store.patients().find("191919").orElseThrow();
		assertEquals("MASSIE", massie.familyName());
		assertEquals("ELLEN MASSIE", massie.nextOfKin(), "the first NK1 is the next of kin");
		assertEquals("49849", massie.postcode());
		assertTrue(store.patients().keysOf("253763").containsAll(store.patients().keysOf("191919")),
				"the external id of PID-2 is the same patient");
		accept("hapi-adt-a01.hl7");
		assertEquals("Duck", store.patients().find("2216506").orElseThrow().familyName());
		assertEquals(List.of("ZFAST TRACK"), store.references().movements("2216506").stream()
				.map(m -> m.location()).toList(), "HAPI's emergency admission to PV1-3 ZFAST TRACK^WAITING^13");
	}

	@Test
	void imagingOrdersAndReportsExplainWhoOrderedAndWhoReported() throws Exception {
		accept("dcm4che-orm-o01.hl7");
		List<CareRelationship> orm = store.references().care("583295");
		assertTrue(orm.stream().anyMatch(c -> "MOF5026".equals(c.accession()) && c.referrer().startsWith("7101^ESTRADA^JAIME")),
				"IHE's accession in OBR-18, the orderer in ORC-12: " + orm);

		accept("dcm4che-omi-o23.hl7");
		List<CareRelationship> omi = store.references().care("PID_1");
		assertTrue(omi.stream().anyMatch(c -> "AccessionNumber".equals(c.accession())), "OMI's accession in IPC-1: " + omi);

		accept("dcm4che-oru-r01-sr.hl7");
		assertTrue(store.references().care("PID_1").stream().anyMatch(c -> c.reporter() != null
				&& c.reporter().startsWith("^VerifyingObserverFN^VerifyingObserverGN")), "OBR-32 as NDL subcomponents");

		accept("uclh-emap-oru-r01-imaging.hl7");
		List<CareRelationship> uclh = store.references().care("40800000");
		assertTrue(uclh.stream().anyMatch(c -> c.reporter() != null && c.reporter().startsWith("16621^ORANGE^PANDA")
				&& c.referrer().startsWith("850^DONALD^DUCK") && "RRV2666111".equals(c.accession())),
				"OBR-32 written as an XCN, the filler order number as accession: " + uclh);
		assertTrue(uclh.stream().anyMatch(c -> "BSNQ".equals(c.department())), "PV1-3's point of care: " + uclh);
	}
}
