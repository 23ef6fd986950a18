package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.custodian.testing.TestDatabases;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Neighbours are people on the same street of the same district: a city has a Mill Lane in more than one
 * postcode district, and a member of staff looking at a patient on the other Mill Lane is no neighbour. The
 * patients come from the PAS's ADT, the member of staff from the directory, the look from the trail, and the
 * real rule engine decides.
 */
class NeighbourRuleTest {
	@TempDir
	Path dir;
	private Store store;

	@BeforeEach
	void open() throws Exception {
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(RuleEngine.class).getBundleContext(), Store.class, null);
		tracker.open();
		store = tracker.waitForService(20_000);
		assertNotNull(store, "the Store service did not start");
		store.create(TestDatabases.config(dir.resolve("db")));
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
		Staff s = ModelFactory.eINSTANCE.createStaff();
		s.setStaffNumber("40000001");
		s.setFamilyName("CROWTHER");
		s.setGivenName("Dan");
		s.setDepartment("Cardiology");
		s.setAddress("3 Mill Lane, Headingley, Leeds");
		s.setPostcode("LS6 3AD");
		trust.getStaff().add(s);
		Account a = ModelFactory.eINSTANCE.createAccount();
		a.setUsername("dcrowther");
		a.setOwner(s);
		trust.getAccounts().add(a);
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
}
