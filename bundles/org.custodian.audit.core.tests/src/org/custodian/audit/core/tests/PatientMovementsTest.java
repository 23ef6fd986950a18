package org.custodian.audit.core.tests;

import static org.custodian.audit.core.tests.Hl7Messages.join;
import static org.custodian.audit.core.tests.Hl7Messages.msh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.custodian.audit.core.feeds.ReferenceFeeds;
import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.feeds.hl7.Hl7Feed.Outcome;
import org.custodian.audit.core.rules.CareExplanation;
import org.custodian.audit.core.rules.CareLookup;
import org.custodian.audit.core.rules.Directory;
import org.custodian.audit.core.rules.Locations;
import org.custodian.audit.core.rules.PatientCare;
import org.custodian.model.Account;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.store.PatientMovement;
import org.custodian.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the PAS says a patient is (ADT A01, A02, A03 and PV1-3), kept in the real encrypted store, and the looks it
 * explains: the staff of a ward of the department the trust's location list names, while the patient is there and
 * for a day after they left; nobody else's.
 */
class PatientMovementsTest {
	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final Locations WARDS = new Locations(
			Map.of("W12", "Cardiology", "w20", "Respiratory Medicine", "BSNQ", "Respiratory Medicine"));
	@TempDir
	Path dir;
	private Store store;
	private Hl7Feed feed;
	private Directory directory;

	@BeforeEach
	void open() throws Exception {
		store = Stores.created(dir);
		feed = new Hl7Feed(store, Hl7Feed.DEFAULT_PERFORMING_DEPARTMENT);
		Trust trust = ModelFactory.eINSTANCE.createTrust();
		staff(trust, "10000001", "Cardiology", "a.cardio");
		staff(trust, "10000002", "Respiratory Medicine", "r.chest");
		directory = new Directory(trust, LONDON);
	}

	@AfterEach
	void close() {
		store.close();
	}

	/** An ADT message that moves patient P0000042; {@code pv1} and {@code evn} as the PAS wrote them. */
	private static String move(String trigger, String control, String evn, String pv1) {
		return join(msh("ADT^" + trigger + "^ADT_A01", control), evn,
				"PID|1||P0000042^^^RXX^MR~9434765870^^^NHS^NH||JONES^Ellen||19610405|F", pv1);
	}

	private void stay() {
		// admitted to W12 (PV1-44), moved to W20 the next morning (EVN-6), discharged two days later (PV1-45)
		ok(feed.accept(move("A01", "M1", "EVN|A01|20260301091500", "PV1|1|I|W12^B2^4^RXX" + "|".repeat(41) + "20260301090000")));
		ok(feed.accept(move("A02", "M2", "EVN|A02|20260302083000||||20260302080000", "PV1|1|I|W20^B1^2^RXX")));
		ok(feed.accept(move("A03", "M3", "EVN|A03|20260304121500", "PV1|1|I|W20^B1^2^RXX" + "|".repeat(42) + "20260304120000")));
	}

	private static void ok(Outcome o) {
		assertEquals("AA", o.code(), o.field() + " " + o.problem());
	}

	@Test
	void admissionTransferAndDischargeAreKeptInOrderUnderEveryIdentifier() {
		stay();
		List<PatientMovement> moves = store.references().movements("9434765870");
		assertEquals(List.of("A01 W12 2026-03-01T09:00:00Z", "A02 W20 2026-03-02T08:00:00Z", "A03 W20 2026-03-04T12:00:00Z"),
				moves.stream().map(m -> m.event() + " " + m.location() + " " + m.time()).toList(),
				"found by the NHS number the crosswalk links; times are the trust's (GMT in March)");
		assertEquals(3, store.references().movements("P0000042^^^RXX").size());
		// the same messages again add nothing: a PAS resends, the file is loaded twice
		stay();
		assertEquals(3, store.references().movements("P0000042").size());
	}

	@Test
	void theWardsStaffAreExplainedWhileThePatientIsThereAndForADayAfter() {
		stay();
		PatientCare care = new PatientCare(List.of(), store.references().movements("P0000042"));
		Optional<String> cardio = CareExplanation.explain(view("a.cardio", "2026-03-02T14:00:00Z"), care, WARDS, directory);
		assertEquals("the patient was on W12 (Cardiology), a ward of their department, from 1 Mar 2026 09:00 until 2 Mar"
				+ " 2026 08:00", cardio.orElse(null));
		assertTrue(CareExplanation.explain(view("a.cardio", "2026-03-03T09:00:00Z"), care, WARDS, directory).isEmpty(),
				"a day and more after the patient left the cardiology ward");
		assertTrue(CareExplanation.explain(view("a.cardio", "2026-02-28T23:00:00Z"), care, WARDS, directory).isEmpty(),
				"before the admission");
		assertTrue(CareExplanation.explain(view("r.chest", "2026-03-03T09:00:00Z"), care, WARDS, directory).isPresent());
		assertTrue(CareExplanation.explain(view("r.chest", "2026-03-05T11:00:00Z"), care, WARDS, directory).isPresent(),
				"the morning after the discharge");
		assertTrue(CareExplanation.explain(view("r.chest", "2026-03-05T13:00:00Z"), care, WARDS, directory).isEmpty(),
				"more than a day after the discharge");
		assertTrue(CareExplanation.explain(view("r.chest", "2026-03-03T09:00:00Z"), care, Locations.none(), directory)
				.isEmpty(), "without the location list, W20 is no department's");
	}

	@Test
	void theLocationListMapsTheRisLocationCodesToo() {
		ok(feed.accept(Hl7Messages.order("RIS1", "P0000042", "ACC0042", "C4567890^KHAN^IMRAN^^^DR^^^GMC", "BSNQ")));
		PatientCare care = new PatientCare(store.references().care("P0000042"), List.of());
		assertEquals("the study belongs to their department, BSNQ (Respiratory Medicine) (ACC0042)",
				CareExplanation.explain(view("r.chest", "2026-03-02T14:00:00Z"), care, WARDS, directory).orElse(null));
		assertTrue(CareExplanation.explain(view("r.chest", "2026-03-02T14:00:00Z"), care, Locations.none(), directory)
				.isEmpty(), "BSNQ is not the name of their department");
	}

	@Test
	void theLocationListIsLoadedWholeOrNotAtAll() throws Exception {
		Path good = Files.writeString(dir.resolve("locations.csv"), "location,department,description\nW12,Cardiology,Ward 12\n"
				+ "BSNQ,Respiratory Medicine,Chest clinic\n");
		var report = new ReferenceFeeds(store).loadLocations(good);
		assertEquals(2, report.added(), report.problems().toString());
		Locations stored = CareLookup.of(store).locations();
		assertEquals("Respiratory Medicine", stored.department("bsnq"));
		Path bad = Files.writeString(dir.resolve("bad.csv"), "location,department\nW30,\nW31,Oncology\n");
		var refused = new ReferenceFeeds(store).loadLocations(bad);
		assertEquals(0, refused.added());
		assertEquals(2, refused.problems().get(0).line(), refused.problems().toString());
		assertEquals("Cardiology", CareLookup.of(store).locations().department("W12"), "the earlier list stays");
		assertEquals("W31", CareLookup.of(store).locations().department("W31"), "nothing of the refused list was kept");
	}

	@Test
	void aMoveThatSaysNotWhereOrWhenIsRefusedAndRecordsNothing() {
		Outcome noWard = feed.accept(move("A01", "B1", "EVN|A01|20260301091500", "PV1|1|I"));
		assertEquals("AE", noWard.code());
		assertEquals("PV1-3", noWard.field());
		assertTrue(noWard.ack().contains("PV1"), noWard.ack());
		assertTrue(store.patients().find("P0000042^^^RXX").isEmpty(), "nothing of the refused admission is recorded");

		Outcome badTime = feed.accept(move("A02", "B2", "EVN|A02|20260302083000||||2026-03-02", "PV1|1|I|W20"));
		assertEquals("AE", badTime.code());
		assertEquals("EVN-6", badTime.field());
		assertTrue(badTime.problem().contains("2026-03-02"), badTime.problem());

		Outcome noPv1 = feed.accept(join(msh("ADT^A03^ADT_A03", "B3"), "EVN|A03|20260304121500",
				"PID|1||P0000042^^^RXX^MR||JONES^Ellen||19610405|F"));
		assertEquals("AE", noPv1.code());
		assertEquals("PV1-1", noPv1.field());
		assertTrue(store.references().movements("P0000042").isEmpty());
		assertNull(store.patients().find("9434765870").orElse(null));
	}

	private static AccessEvent view(String user, String when) {
		return new AccessEvent(Instant.parse(when), "110110", "R", 0, "110103", user, null, "ws1", "P0000042^^^RXX", null,
				"1.2.826.0.1.1", "test", null);
	}

	private static void staff(Trust trust, String number, String department, String username) {
		Staff s = ModelFactory.eINSTANCE.createStaff();
		s.setStaffNumber(number);
		s.setFamilyName("Test");
		s.setDepartment(department);
		trust.getStaff().add(s);
		Account a = ModelFactory.eINSTANCE.createAccount();
		a.setUsername(username);
		a.setOwner(s);
		trust.getAccounts().add(a);
	}
}
