package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.custodian.store.AccessEvent;
import org.custodian.store.CareRelationship;
import org.custodian.store.EventFilter;
import org.custodian.store.FlaggedPatient;
import org.custodian.store.IdentifierPolicy;
import org.custodian.store.PatientDemographics;
import org.custodian.store.PatientIdentifier;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.events.DerbyAccessEventStore;
import org.custodian.store.internal.review.DerbyAlertStore;
import org.custodian.store.internal.review.DerbyPatientRegistry;
import org.custodian.store.internal.review.DerbyReferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.TestDatabases;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;

/**
 * One patient whatever identifier a source used, on a real encrypted Derby database: the trail's CX, the RIS's
 * bare number, the flag list's CX and the NHS number from the demographics feed find the same events, the same
 * care and the same flag; events stored before keys existed are keyed when the store opens.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PatientIdentityTest {
	@Parameter
	Backend backend;

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final String NHS_CX = "9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH";

	@TempDir
	Path dir;
	private EventDatabase database;
	private DerbyPatientRegistry patients;
	private DerbyAccessEventStore events;
	private DerbyReferenceStore references;

	@BeforeEach
	void open() throws Exception {
		database = new EventDatabase(backend, dir.resolve("db"));
		database.applyEventSchema();
		patients = new DerbyPatientRegistry(database, new DerbyAlertStore(database), null);
		events = new DerbyAccessEventStore(database, patients);
		references = new DerbyReferenceStore(database, patients);
	}

	@AfterEach
	void shutDown() {
		database.shutdown();
	}

	private static AccessEvent viewed(int minute, String patientId) {
		return new AccessEvent(T0.plusSeconds(60L * minute), "110104", "R", 0, null, "jsmith", "J Smith", "ws12",
				patientId, "JONES^MARY", "1.2.826.0.1." + minute, "PACS", "viewed");
	}

	private void store(AccessEvent... list) {
		long run = events.beginImport("trail.xml", "DICOM");
		events.commitBatch(run, List.of(list), List.of(), "end");
	}

	private List<StoredEvent> of(String patient) {
		return events.page(new EventFilter(patient, null, null, null), 0, 100);
	}

	@Test
	void theTrailsCxAndTheRisBareNumberAreOnePatient() {
		store(viewed(1, "P0002061^^^TRUST"), viewed(2, "P0002061"), viewed(3, "P0002062^^^TRUST"));
		assertEquals(2, of("P0002061").size());
		assertEquals(2, of("P0002061^^^TRUST").size());
		assertEquals(2, events.count(new EventFilter("P0002061", null, null, null)));
		assertEquals("P0002061", of("P0002061").get(0).patientKey());
		assertEquals("P0002061^^^TRUST", of("P0002061").get(1).event().patientId(),
				"the event keeps the identifier as the source wrote it");

		references.addCare(List.of(new CareRelationship("P0002061", "ACC1", "GMC1234567", null, "Radiology", null,
				null, LocalDate.of(2026, 3, 1))));
		assertEquals(1, references.care("P0002061^^^TRUST").size(), "the RIS's bare number is the trail's CX");

		references.replaceFlags(List.of(new FlaggedPatient("P0002062^^^TRUST", "VIP", "public figure")));
		assertEquals("P0002062", references.flags().get(0).patientId(), "flags are held by key");
	}

	@Test
	void theCrosswalkFindsTheSameEventsByHospitalNumberOrNhsNumber() {
		store(viewed(1, "P0002061^^^TRUST"), viewed(2, NHS_CX), viewed(3, "P0009999"));
		assertEquals(1, of("9434765919^^^NHS^NH").size(), "before the crosswalk: only the NHS-numbered event");

		long person = patients.record(new PatientDemographics(
				List.of(PatientIdentifier.parse("P0002061^^^TRUST^MR"), PatientIdentifier.parse(NHS_CX)), "JONES",
				"MARY", LocalDate.of(1961, 4, 2), "F", "12 Mill Lane, Leeds", "ls6 2ab", "0113 496 0000", "JONES^PETER",
				null, null));
		assertTrue(person > 0);
		assertEquals(2, of("P0002061").size());
		assertEquals(2, of("9434765919^^^NHS^NH").size());
		assertEquals(Set.of("P0002061", "NHS:9434765919"), patients.keysOf("P0002061"));
		assertEquals("9434765919", patients.nhsNumber("P0002061^^^TRUST"));
		PatientDemographics mary = patients.find(NHS_CX).orElseThrow();
		assertEquals("LS6 2AB", mary.postcode());
		assertEquals(1, patients.findByNameAndBirth("jones", null, LocalDate.of(1961, 4, 2)).size());
		assertEquals(0, patients.findByNameAndBirth("jones", null, LocalDate.of(1961, 4, 3)).size());

		// recording the patient again with the same identifiers updates, never adds a person
		assertEquals(person, patients.record(new PatientDemographics(List.of(PatientIdentifier.parse("P0002061")),
				"JONES", "MARY", LocalDate.of(1961, 4, 2), "F", "3 New Road, Leeds", "LS6 3CD", null, null, null, null)));
		assertEquals(1, patients.count());
		assertEquals("LS6 3CD", patients.find("P0002061").orElseThrow().postcode());
	}

	@Test
	void aMergeMovesThePriorIdentifiersToTheSurvivor() {
		patients.record(new PatientDemographics(List.of(PatientIdentifier.parse("P1^^^TRUST")), "SMITH", "ANN", null,
				null, null, null, null, null, null, null));
		patients.record(new PatientDemographics(List.of(PatientIdentifier.parse("P2^^^TRUST")), "SMITH", "ANNE", null,
				null, null, null, null, null, null, null));
		store(viewed(1, "P1^^^TRUST"), viewed(2, "P2^^^TRUST"));
		assertEquals(1, of("P1").size());

		assertTrue(patients.merge(PatientIdentifier.parse("P1^^^TRUST"), PatientIdentifier.parse("P2^^^TRUST")));
		assertEquals(2, of("P1").size());
		assertEquals(2, of("P2").size());
		assertEquals(1, patients.count());
		assertFalse(patients.merge(PatientIdentifier.parse("P1"), PatientIdentifier.parse("P404")),
				"an unknown prior patient: nothing to move");
	}

	@Test
	void eventsStoredBeforeKeysExistedMatchOnceTheStoreOpens() throws Exception {
		store(viewed(1, "P0002061^^^TRUST"), viewed(2, "P0002061"));
		try (Connection c = database.connection(); Statement s = c.createStatement()) {
			s.executeUpdate("UPDATE ACCESS_EVENT SET PATIENT_KEY = NULL"); // as V003 leaves a CX row
			c.commit();
		}
		assertEquals(0, of("P0002061").size());
		assertEquals(2, patients.rekeyPending());
		assertEquals(2, of("P0002061").size());
		assertEquals(0, patients.rekeyPending(), "nothing is pending the second time");
	}

	@Test
	void namingTheTrustsAuthoritiesRekeysWhatIsStored() {
		store(viewed(1, "123^^^RXX"), viewed(2, "123^^^RYY"), viewed(3, "123"));
		assertEquals(3, of("123").size(), "by default every authority but the NHS number's is the hospital number");

		long changed = patients.setPolicy(new IdentifierPolicy(Set.of("RXX"), Set.of("RYY")));
		assertEquals(1, changed);
		assertEquals(2, of("123").size());
		assertEquals(1, of("123^^^RYY").size(), "another trust's number is that trust's patient");
		assertEquals(Set.of("RXX"), patients.policy().localAuthorities());
	}

	@Test
	void aCxLongerThanTheOldColumnIsKeptWhole() {
		String cx = "P0002061^^^TRUST&1.2.826.0.1.3680043.10.1234.5678.1&ISO^MR~" + NHS_CX + "~X77^^^OTHER";
		assertTrue(cx.length() > 64);
		assertNull(viewed(1, cx).overlongIdentifier());
		store(viewed(1, cx));
		StoredEvent e = of("P0002061").get(0);
		assertEquals(cx, e.event().patientId());
		assertEquals("P0002061", e.patientKey(), "the first repetition gives the key");
	}
}
