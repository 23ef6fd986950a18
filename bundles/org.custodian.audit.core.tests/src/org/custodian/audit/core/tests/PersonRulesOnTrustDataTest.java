package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.feeds.hl7.Hl7Feed;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.model.Account;
import org.custodian.model.ModelFactory;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person rules on data shaped like a trust's: the patients come from the PAS's ADT, the staff from the
 * directory, the looks from the trail, and the real rule engine decides. Neighbours are people on the same
 * street of the same district (a city has a Mill Lane in more than one postcode district); a shared surname
 * alone is chance when the surname is common among the trust's patients.
 */
class PersonRulesOnTrustDataTest {
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

	private static String adt(String control, String number, String family, String street, String postcode) {
		return Hl7Messages.join(Hl7Messages.msh("ADT^A28", control), "PID|1||" + number + "^^^RXX^MR||" + family
				+ "^Ann||19700101|F|||" + street + "^Headingley^Leeds^^" + postcode);
	}

	@Test
	void theSameStreetNameInAnotherDistrictIsNoNeighbour() throws Exception {
		Hl7Feed feed = new Hl7Feed(store, null);
		assertEquals("AA", feed.accept(adt("N1", "P0000501", "ASHWORTH", "14 Mill Lane", "LS6 3AB")).code());
		assertEquals("AA", feed.accept(adt("N2", "P0000502", "BRADSHAW", "90 Mill Lane", "LS17 8QR")).code());
		Trust trust = ModelFactory.eINSTANCE.createTrust();
		Staff s = staff(trust, "40000001", "CROWTHER", "Cardiology", "dcrowther");
		s.setGivenName("Dan");
		s.setAddress("3 Mill Lane, Headingley, Leeds");
		s.setPostcode("LS6 3AD");
		store.entities().save(trust);

		Path audit = dir.resolve("audit.xml");
		Files.writeString(audit, AuditXml.DECLARATION + "\n"
				+ AuditXml.viewing("2026-03-10T10:00:00Z", "dcrowther", "P0000501^^^RXX", null, "1.2.826.0.1.501").xml()
				+ AuditXml.viewing("2026-03-11T10:00:00Z", "dcrowther", "P0000502^^^RXX", null, "1.2.826.0.1.502").xml(),
				StandardCharsets.UTF_8);
		assertEquals(2, new AuditLogImporter(store.events()).importFile(audit, new NullProgressMonitor()).imported());
		new RuleEngine(store).run(new NullProgressMonitor());

		List<Alert> neighbour = store.alerts().list(AlertFilter.ALL, 0, 100).stream()
				.filter(x -> x.rule().equals("neighbour")).toList();
		assertEquals(1, neighbour.size(), "one neighbour, in LS6: " + neighbour);
		assertTrue(neighbour.get(0).patientId().startsWith("P0000501"), neighbour.toString());
	}

	@Test
	void aSharedCommonSurnameAloneIsChanceAndARareOneIsLow() throws Exception {
		Hl7Feed feed = new Hl7Feed(store, null);
		// 1,200 patients: 30 SMITHs (2.5 %, as common as Smith is in England), one ZBOROWSKI
		for (int i = 0; i < 1200; i++) {
			String family = i < 30 ? "SMITH" : i == 30 ? "ZBOROWSKI" : "PATIENT" + i;
			assertEquals("AA", feed.accept(adt("S" + i, String.format("P%07d", 600_000 + i), family,
					(i + 1) + " Otley Road", "LS16 5" + (char) ('A' + i % 26) + "B")).code());
		}
		Trust trust = ModelFactory.eINSTANCE.createTrust();
		for (String[] who : new String[][] { { "40000011", "SMITH", "jsmith" }, { "40000012", "ZBOROWSKI", "kzborowski" } }) {
			Staff s = staff(trust, who[0], who[1], "Urology", who[2]);
			s.setGivenName("Jo");
			s.setAddress("1 Elm Grove, Roundhay, Leeds");
			s.setPostcode("LS8 2JP");
		}
		store.entities().save(trust);
		Path audit = dir.resolve("audit.xml");
		Files.writeString(audit, AuditXml.DECLARATION + "\n"
				+ AuditXml.viewing("2026-03-10T10:00:00Z", "jsmith", "P0600003^^^RXX", null, "1.2.826.0.1.603").xml()
				+ AuditXml.viewing("2026-03-10T11:00:00Z", "kzborowski", "P0600030^^^RXX", null, "1.2.826.0.1.630").xml(),
				StandardCharsets.UTF_8);
		assertEquals(2, new AuditLogImporter(store.events()).importFile(audit, new NullProgressMonitor()).imported());
		new RuleEngine(store).run(new NullProgressMonitor());

		List<Alert> family = store.alerts().list(AlertFilter.ALL, 0, 100).stream().filter(x -> x.rule().equals("family"))
				.toList();
		assertEquals(1, family.size(), "Smith looking at a Smith is chance: " + family);
		assertEquals("kzborowski", family.get(0).userId());
		assertEquals("LOW", family.get(0).severity());
	}

	@Test
	void eachAccessIsExplainedUnexplainedOrSystemTraffic() throws Exception {
		Hl7Feed feed = new Hl7Feed(store, Hl7Feed.DEFAULT_PERFORMING_DEPARTMENT);
		assertEquals("AA", feed.accept(Hl7Messages.order("R1", "P0000901", "ACC901", "4567890^KHAN^IMRAN^^^DR^^^GMC",
				"WARD 7")).code());
		Trust trust = ModelFactory.eINSTANCE.createTrust();
		for (String[] who : new String[][] { { "40000021", "KHAN", "ikhan", "GMC 4567890" }, { "40000022", "LEE", "mlee", null } }) {
			staff(trust, who[0], who[1], "Urology", who[2]).setRegistration(who[3]);
		}
		store.entities().save(trust);
		Path audit = dir.resolve("classes.xml");
		Files.writeString(audit, AuditXml.DECLARATION + "\n"
				+ AuditXml.viewing("2026-03-10T10:00:00Z", "ikhan", "P0000901^^^RXX", null, "1.2.826.0.1.901").xml()
				+ AuditXml.viewing("2026-03-10T10:05:00Z", "mlee", "P0000901^^^RXX", null, "1.2.826.0.1.901").xml()
				+ AuditXml.viewing("2026-03-10T10:06:00Z", "PREFETCH_SCU", "P0000901^^^RXX", null, "1.2.826.0.1.901").xml(),
				StandardCharsets.UTF_8);
		assertEquals(3, new AuditLogImporter(store.events()).importFile(audit, new NullProgressMonitor()).imported());
		org.custodian.audit.core.review.AccessClasses classes = new org.custodian.audit.core.review.AccessClasses(store);
		java.util.Map<String, String> byUser = new java.util.HashMap<>();
		java.util.Map<String, String> shortly = new java.util.HashMap<>();
		for (var se : store.events().page(new org.custodian.store.EventFilter("P0000901", null, null, null), 0, 10)) {
			byUser.put(se.event().userId(), classes.classOf(se));
			shortly.put(se.event().userId(), classes.shortClassOf(se));
		}
		assertEquals("explained: they ordered the study", shortly.get("ikhan"), "the grid's column, without the accession");
		assertEquals("explained: they ordered the study (ACC901)", byUser.get("ikhan"), "by the order's GMC number");
		assertEquals("unexplained", byUser.get("mlee"));
		assertEquals("system traffic", byUser.get("PREFETCH_SCU"));
	}

	/** A member of staff in the directory, with the PACS account that is theirs. */
	private static Staff staff(Trust trust, String number, String family, String department, String username) {
		Staff s = ModelFactory.eINSTANCE.createStaff();
		s.setStaffNumber(number);
		s.setFamilyName(family);
		s.setDepartment(department);
		trust.getStaff().add(s);
		Account a = ModelFactory.eINSTANCE.createAccount();
		a.setUsername(username);
		a.setOwner(s);
		trust.getAccounts().add(a);
		return s;
	}
}
