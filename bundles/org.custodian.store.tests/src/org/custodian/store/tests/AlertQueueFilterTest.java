package org.custodian.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.custodian.store.AccessEvent;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.EventFilter;
import org.custodian.store.NewAlert;
import org.custodian.store.PatientDemographics;
import org.custodian.store.PatientIdentifier;
import org.custodian.store.StoredEvent;
import org.custodian.store.internal.StoreComponent;
import org.custodian.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.custodian.testing.TestDatabases.Backend;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert queue's filters on a real encrypted Derby: severity, a period with an exclusive end, and the patient by
 * any of their numbers (the trail's CX, the bare hospital number, the NHS number the crosswalk links), never
 * matching an alert that names no patient although it fired on one of theirs.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AlertQueueFilterTest {
	@Parameter
	Backend backend;

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final String NHS_CX = "9434765919^^^&2.16.840.1.113883.2.1.4.1&ISO^NH";

	@TempDir
	Path dir;
	private final StoreComponent store = new StoreComponent();
	private StoredEvent mary;
	private StoredEvent other;

	@BeforeEach
	void open() {
		store.create(TestDatabases.config(backend, dir.resolve("db")));
		long run = store.events().beginImport("trail.xml", "DICOM");
		store.events().commitBatch(run, List.of(viewed(1, "P0002061^^^TRUST"), viewed(2, "P0009999")), List.of(),
				"end");
		List<StoredEvent> stored = store.events().page(EventFilter.ALL, 0, 10).stream()
				.sorted(Comparator.comparing(StoredEvent::id)).toList();
		mary = stored.get(0);
		other = stored.get(1);
		store.patients().record(new PatientDemographics(
				List.of(PatientIdentifier.parse("P0002061^^^TRUST^MR"), PatientIdentifier.parse(NHS_CX)), "JONES",
				"MARY", LocalDate.of(1961, 4, 2), "F", null, null, null, null, null, null));
		store.alerts().raise(List.of(
				new NewAlert("self-access", "HIGH", "alice", "P0002061^^^TRUST", T0.plusSeconds(60), mary.id(),
						"alice looked at her own record", "a"),
				// a user's accesses to five patients: fired on Mary's event, but about nobody in particular
				new NewAlert("no-care-relationship", "MEDIUM", "bob", null, T0.plusSeconds(120), mary.id(),
						"bob opened five patients' records", "b"),
				new NewAlert("after-leaving", "LOW", "carol", "P0009999", T0.plusSeconds(86_400), other.id(),
						"carol left in February", "c"),
				new NewAlert("volume", "MEDIUM", "alice", null, T0.plusSeconds(7200), 0, "alice viewed 400 studies",
						"d")));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static AccessEvent viewed(int minute, String patientId) {
		return new AccessEvent(T0.plusSeconds(60L * minute), "110104", "R", 0, null, "jsmith", "J Smith", "ws12",
				patientId, "JONES^MARY", "1.2.826.0.1." + minute, "PACS", "viewed");
	}

	private List<String> matching(AlertFilter f) {
		List<Alert> listed = store.alerts().list(f, 0, 100);
		assertEquals(listed.size(), store.alerts().count(f), "count and list agree for " + f);
		return listed.stream().map(Alert::userId).toList();
	}

	private static AlertFilter patient(String id) {
		return new AlertFilter(null, null, null, id, null);
	}

	@Test
	void bySeverity() {
		assertEquals(List.of("alice"), matching(new AlertFilter(null, null, null, null, null, "HIGH", null)));
		assertEquals(List.of("alice", "bob"), matching(new AlertFilter(null, null, null, null, null, "MEDIUM", null)));
		assertEquals(List.of("alice"), matching(new AlertFilter(null, null, "alice", null, null, "MEDIUM", null)));
		assertEquals("volume", store.alerts().list(new AlertFilter(null, null, "alice", null, null, "MEDIUM", null), 0, 1)
				.get(0).rule());
		assertEquals(List.of("carol"), matching(new AlertFilter(null, Alert.OPEN, null, null, null, "LOW", null)));
		assertEquals(4, store.alerts().count(new AlertFilter(null, null, null, null, null)), "no severity: all");
	}

	@Test
	void byPeriodFromInclusiveToExclusive() {
		Instant self = T0.plusSeconds(60);
		assertEquals(List.of("bob", "alice"), matching(new AlertFilter(T0, null, null, null, null, null,
				T0.plusSeconds(3600))));
		assertEquals(List.of(), matching(new AlertFilter(T0, null, null, null, null, null, self)), "until is exclusive");
		assertEquals(List.of("alice"), matching(new AlertFilter(self, null, null, null, null, null, self.plusSeconds(1))),
				"since is inclusive");
		assertEquals(List.of("carol", "alice"), matching(new AlertFilter(T0.plusSeconds(3600), null, null, null, null,
				null, null)));
		assertEquals(List.of("bob", "alice"), matching(new AlertFilter(null, null, null, null, null, null,
				T0.plusSeconds(3600))), "until alone");
	}

	@Test
	void byPatientWhicheverNumberIsTyped() {
		for (String typed : List.of("P0002061", "P0002061^^^TRUST", "9434765919", NHS_CX)) {
			assertEquals(List.of("alice"), matching(patient(typed)), typed);
		}
		assertEquals(List.of("carol"), matching(patient("P0009999")));
		assertEquals(List.of(), matching(patient("P0000001")));
		assertEquals(List.of(), matching(patient("^^^")), "holds no identifier: matches nothing");
		assertEquals(List.of("alice"), matching(new AlertFilter(null, Alert.OPEN, "alice", "9434765919", "self-access",
				"HIGH", T0.plusSeconds(61))));
		assertEquals(List.of(), matching(new AlertFilter(null, Alert.OPEN, "alice", "9434765919", "self-access",
				"LOW", null)));
	}

	@Test
	void theRulesInTheQueueAreListedOnce() {
		assertEquals(List.of("after-leaving", "no-care-relationship", "self-access", "volume"), store.alerts().rules());
	}
}
