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

import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.CareRelationship;
import org.custodian.store.FlaggedPatient;
import org.custodian.store.NewAlert;
import org.custodian.store.TrailVerification;
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

/** Reference feeds, the alert queue and the hash-chained console trail on a real encrypted Derby. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReviewStoresTest {
	@Parameter
	Backend backend;

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@TempDir
	Path dir;
	private final StoreComponent store = new StoreComponent();

	@BeforeEach
	void open() {
		store.create(TestDatabases.config(backend, dir.resolve("db")));
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void careRelationshipsLoadOnceAndAreFoundByPatient() {
		CareRelationship order = new CareRelationship("P1", "ACC1", "dr.who", null, "Radiology", null, null,
				LocalDate.of(2026, 2, 1));
		CareRelationship mdt = new CareRelationship("P1", "ACC1", null, null, "Oncology", "ann;bob", null, null);
		assertEquals(2, store.references().addCare(List.of(order, mdt, order)));
		assertEquals(0, store.references().addCare(List.of(mdt)));
		assertEquals(2, store.references().careCount());
		assertEquals(List.of(order, mdt), store.references().care("P1"));
		assertTrue(store.references().care("P2").isEmpty());
	}

	@Test
	void flaggedPatientsAreReplacedWhole() {
		store.references().replaceFlags(List.of(new FlaggedPatient("P1", "VIP", "public figure"),
				new FlaggedPatient("P2", "VIP", null)));
		store.references().replaceFlags(List.of(new FlaggedPatient("P3", "press", "in the news")));
		assertEquals(List.of(new FlaggedPatient("P3", "press", "in the news")), store.references().flags());
	}

	@Test
	void alertsAreRaisedOncePerKeyFilteredAndAttachedToCases() {
		NewAlert a = new NewAlert("self-access", "HIGH", "alice", "P1", T0, 7, "alice viewed her own record", "self:7");
		NewAlert b = new NewAlert("out-of-hours", "MEDIUM", "bob", null, T0.plusSeconds(3600), 0, "bulk", "ooh:bob:1");
		assertEquals(2, store.alerts().raise(List.of(a, b, a)));
		assertEquals(0, store.alerts().raise(List.of(a)));
		List<Alert> all = store.alerts().list(AlertFilter.ALL, 0, 10);
		assertEquals(List.of("out-of-hours", "self-access"), all.stream().map(Alert::rule).toList(), "newest first");
		assertEquals(1, store.alerts().count(new AlertFilter(T0.plusSeconds(60), null, null, null, null)));
		Alert self = all.get(1);
		assertEquals(Alert.OPEN, self.status());
		store.alerts().update(List.of(self.id()), Alert.IN_CASE, "CASE-1");
		Alert attached = store.alerts().get(self.id());
		assertEquals("CASE-1", attached.caseRef());
		assertEquals(1, store.alerts().count(new AlertFilter(null, Alert.OPEN, null, null, null)));
		assertNull(store.alerts().get(9999));
	}

	@Test
	void settingsAreStoredAndReplaced() {
		assertNull(store.alerts().setting("rules.watermark"));
		store.alerts().setting("rules.watermark", "10");
		store.alerts().setting("rules.watermark", "20");
		assertEquals("20", store.alerts().setting("rules.watermark"));
	}

	@Test
	void anIntactTrailVerifies() {
		for (int i = 0; i < 5; i++) {
			store.trail().append("guardian", "view patient timeline", "P" + i, null);
		}
		TrailVerification v = store.trail().verify();
		assertTrue(v.intact(), v.problem());
		assertEquals(5, v.entries());
		assertEquals(5, store.trail().newest(0, 10).get(0).seq());
	}

	@Test
	void anEditedEntryIsDetected() throws Exception {
		appendThree();
		sql("UPDATE CONSOLE_TRAIL SET SUBJECT = 'P-other' WHERE SEQ = 2");
		TrailVerification v = store.trail().verify();
		assertFalse(v.intact());
		assertEquals(2, v.firstBad());
		assertTrue(v.problem().contains("changed"), v.problem());
	}

	@Test
	void aDeletedEntryIsDetected() throws Exception {
		appendThree();
		sql("DELETE FROM CONSOLE_TRAIL WHERE SEQ = 2");
		TrailVerification v = store.trail().verify();
		assertEquals(2, v.firstBad());
		assertTrue(v.problem().contains("missing"), v.problem());
	}

	@Test
	void deletingTheNewestEntriesIsDetected() throws Exception {
		appendThree();
		sql("DELETE FROM CONSOLE_TRAIL WHERE SEQ = 3");
		TrailVerification v = store.trail().verify();
		assertEquals(3, v.firstBad());
		assertTrue(v.problem().contains("newest were deleted"), v.problem());
	}

	@Test
	void aReplacedEntryWithARecomputedHashIsStillDetectedByTheNextLink() throws Exception {
		appendThree();
		// a forger rewrites entry 2 and its own hash, but cannot fix entry 3's link without rewriting the rest
		sql("UPDATE CONSOLE_TRAIL SET HASH = '" + "a".repeat(64) + "' WHERE SEQ = 2");
		TrailVerification v = store.trail().verify();
		assertFalse(v.intact());
		assertEquals(2, v.firstBad());
	}

	private void appendThree() {
		store.trail().append("guardian", "view patient timeline", "P1", null);
		store.trail().append("guardian", "view user timeline", "alice", null);
		store.trail().append("auditor", "export case pack", "CASE-1", "12 pages");
	}

	private void sql(String statement) throws Exception {
		try (Connection c = store.connections().connection(); Statement s = c.createStatement()) {
			s.executeUpdate(statement);
			c.commit();
		}
	}
}
