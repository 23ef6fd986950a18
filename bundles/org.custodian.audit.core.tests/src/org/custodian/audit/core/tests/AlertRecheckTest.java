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
import org.custodian.audit.core.rules.RuleRunReport;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order that reaches the console after the look it explains: the alerts raised because nothing explained the
 * look are taken out of the queue (EXPLAINED, kept, on the console trail) when the rules run again; an alert the
 * feeds still do not explain stays open.
 */
class AlertRecheckTest {
	private static final String ORDERER = "r.jones^JONES^RUTH^^^DR^^^RXX";
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

	private List<Alert> alerts(String user, String status) {
		return store.alerts().list(new AlertFilter(null, status, user, null, "no-care-relationship"), 0, 50);
	}

	@Test
	void aLateOrderExplainsTheAlertsItWouldHavePrevented() throws Exception {
		StringBuilder trail = new StringBuilder(AuditXml.DECLARATION + "\n");
		int n = 0;
		// r.jones looks ten times at one patient and once each at five others; s.lee ten times at one patient
		for (int i = 0; i < 10; i++) {
			trail.append(AuditXml.viewing("2026-03-03T10:" + (10 + i) + ":00Z", "r.jones", "P0000010", null, "1.2.9." + n++).xml());
			trail.append(AuditXml.viewing("2026-03-03T11:" + (10 + i) + ":00Z", "s.lee", "P0000020", null, "1.2.9." + n++).xml());
		}
		for (int p = 1; p <= 5; p++) {
			trail.append(AuditXml.viewing("2026-03-03T14:0" + p + ":00Z", "r.jones", "P000000" + p, null, "1.2.9." + n++).xml());
		}
		Path audit = Files.writeString(dir.resolve("trail.xml"), trail, StandardCharsets.UTF_8);
		new AuditLogImporter(store.events()).importFile(audit, new NullProgressMonitor());
		RuleEngine rules = new RuleEngine(store);
		rules.run(new NullProgressMonitor());
		assertEquals(2, alerts("r.jones", Alert.OPEN).size(), "ten looks at one patient, and six patients: " + alerts("r.jones", null));
		assertEquals(1, alerts("s.lee", Alert.OPEN).size());

		// the RIS's orders arrive afterwards: r.jones ordered the studies of P0000010 and of four of the five others
		Hl7Feed feed = new Hl7Feed(store, Hl7Feed.DEFAULT_PERFORMING_DEPARTMENT);
		for (String patient : List.of("P0000010", "P0000001", "P0000002", "P0000003", "P0000004")) {
			assertEquals("AA", feed.accept(Hl7Messages.order("R" + patient, patient, "ACC" + patient, ORDERER, "WARD 7")).code());
		}
		RuleRunReport again = rules.runFromStart(new NullProgressMonitor());

		assertEquals(2, again.alertsExplained(), again.toString());
		assertEquals(0, alerts("r.jones", Alert.OPEN).size());
		List<Alert> explained = alerts("r.jones", Alert.EXPLAINED);
		assertEquals(2, explained.size(), "kept, with their reasons: " + explained);
		assertEquals(1, alerts("s.lee", Alert.OPEN).size(), "nothing explains s.lee's looks");
		assertTrue(store.trail().newest(0, 20).stream().anyMatch(e -> e.action().equals("alert explained by the feeds")
				&& e.detail().contains("all but 1 of the patients")), "the browsing alert, on the console trail");
		assertEquals(0, rules.recheck(new NullProgressMonitor()), "nothing more to take out");
	}

	@Test
	void theLiveFeedTakesOutTheAlertsALateReportExplains() throws Exception {
		StringBuilder trail = new StringBuilder(AuditXml.DECLARATION + "\n");
		for (int i = 0; i < 10; i++) {
			trail.append(AuditXml.viewing("2026-03-03T10:" + (10 + i) + ":00Z", "r.jones", "P0000010", null, "1.2.8." + i).xml());
		}
		new AuditLogImporter(store.events()).importFile(Files.writeString(dir.resolve("t.xml"), trail), new NullProgressMonitor());
		RuleEngine rules = new RuleEngine(store);
		rules.run(new NullProgressMonitor());
		assertEquals(1, alerts("r.jones", Alert.OPEN).size());
		java.util.concurrent.atomic.AtomicLong taken = new java.util.concurrent.atomic.AtomicLong();
		Hl7Feed feed = new Hl7Feed(store, Hl7Feed.DEFAULT_PERFORMING_DEPARTMENT);
		try (org.custodian.audit.core.receive.LateCareRecheck recheck = new org.custodian.audit.core.receive.LateCareRecheck(
				rules, taken::get, java.time.Duration.ofMillis(100), m -> { })) {
			assertEquals("AA", feed.accept(Hl7Messages.order("R1", "P0000010", "ACC1", ORDERER, "WARD 7")).code());
			taken.incrementAndGet();
			long end = System.currentTimeMillis() + 20_000;
			while (recheck.explained() == 0 && System.currentTimeMillis() < end) {
				Thread.sleep(50);
			}
			assertEquals(1, recheck.explained(), "the listener's order explained the alert");
		}
		assertEquals(1, alerts("r.jones", Alert.EXPLAINED).size());
	}
}
