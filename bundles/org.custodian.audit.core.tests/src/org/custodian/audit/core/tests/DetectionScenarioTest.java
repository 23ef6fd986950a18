package org.custodian.audit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.custodian.audit.core.AuditLogImporter;
import org.custodian.audit.core.ImportReport;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.audit.core.rules.RuleRunReport;
import org.custodian.audit.core.tests.AccessScenario.Plant;
import org.custodian.store.Alert;
import org.custodian.store.AlertFilter;
import org.custodian.store.Store;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated scenario of issue 3: a month of ordinary traffic with planted inappropriate accesses, imported
 * through the real importer into a real encrypted database, checked by the real rule engine. Each rule must find
 * each of its plants (recall 1) and raise nothing on the ordinary traffic (no false positives); the figures are
 * printed for the record.
 */
class DetectionScenarioTest {
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
	void everyRuleFindsItsPlantsAndNothingInOrdinaryTraffic() throws Exception {
		AccessScenario scenario = new AccessScenario().ordinaryMonth().plants();
		store.entities().save(scenario.trust);
		store.references().addCare(scenario.care);
		store.references().replaceFlags(scenario.flags);
		ImportReport imported = new AuditLogImporter(store.events())
				.importFile(scenario.write(dir.resolve("audit.xml")), new NullProgressMonitor());
		assertEquals(0, imported.quarantined(), "the generated log is valid");
		assertEquals(scenario.messageCount(), imported.imported());

		RuleRunReport run = new RuleEngine(store).run(new NullProgressMonitor());
		assertEquals(imported.imported(), run.eventsChecked());
		List<Alert> alerts = store.alerts().list(AlertFilter.ALL, 0, 10_000);

		Map<String, int[]> figures = new TreeMap<>(); // rule -> plants, found, false positives
		Set<String> plantedUsers = scenario.plants.stream().map(Plant::user).collect(Collectors.toSet());
		List<String> missed = new ArrayList<>();
		for (Plant p : scenario.plants) {
			int[] f = figures.computeIfAbsent(p.rule(), r -> new int[3]);
			f[0]++;
			boolean found = alerts.stream().anyMatch(a -> a.rule().equals(p.rule()) && p.user().equals(a.userId())
					&& (p.patient() == null || p.patient().equals(a.patientId())));
			if (found) {
				f[1]++;
			} else {
				missed.add(p.toString());
			}
		}
		List<String> falsePositives = new ArrayList<>();
		for (Alert a : alerts) {
			if (!plantedUsers.contains(a.userId())) {
				figures.computeIfAbsent(a.rule(), r -> new int[3])[2]++;
				falsePositives.add(a.rule() + ": " + a.reason());
			}
		}
		StringBuilder table = new StringBuilder("rule                   plants found false-positives\n");
		figures.forEach((rule, f) -> table.append(String.format("%-22s %6d %5d %15d%n", rule, f[0], f[1], f[2])));
		System.out.println("Detection scenario (" + imported.imported() + " events):\n" + table);

		assertTrue(missed.isEmpty(), "plants not found: " + missed + "\n" + table);
		assertTrue(falsePositives.isEmpty(), "false positives on ordinary traffic: " + falsePositives);
		assertEquals(13, figures.size(), "every rule has a plant: " + figures.keySet());
	}

	@Test
	void alertsSayWhyTheyFiredAndRerunningRaisesNothingNew() throws Exception {
		AccessScenario scenario = new AccessScenario().plants();
		store.entities().save(scenario.trust);
		store.references().replaceFlags(scenario.flags);
		new AuditLogImporter(store.events()).importFile(scenario.write(dir.resolve("audit.xml")), new NullProgressMonitor());
		RuleEngine engine = new RuleEngine(store);
		RuleRunReport first = engine.run(new NullProgressMonitor());
		assertTrue(first.alertsRaised() > 0);

		Alert self = store.alerts().list(new AlertFilter(null, null, "sally", null, "self-access"), 0, 1).get(0);
		assertEquals("HIGH", self.severity());
		assertTrue(self.reason().contains("their own NHS number"), self.reason());
		// worded by what the event did, as the timeline words it
		assertTrue(self.reason().contains(" viewed images for patient "), self.reason());
		Alert leaver = store.alerts().list(new AlertFilter(null, null, "leo", null, "after-leaving"), 0, 1).get(0);
		assertTrue(leaver.reason().contains("after their employment ended on 2026-03-15"), leaver.reason());

		RuleRunReport incremental = engine.run(new NullProgressMonitor());
		assertEquals(0, incremental.eventsChecked(), "the watermark remembers what was checked");
		RuleRunReport again = engine.runFromStart(new NullProgressMonitor());
		assertEquals(first.eventsChecked(), again.eventsChecked());
		assertEquals(0, again.alertsRaised(), "each alert is raised once");
	}

	@Test
	void aDisabledRuleRaisesNothing() throws Exception {
		AccessScenario scenario = new AccessScenario().plants();
		store.entities().save(scenario.trust);
		new AuditLogImporter(store.events()).importFile(scenario.write(dir.resolve("audit.xml")), new NullProgressMonitor());
		RuleEngine engine = new RuleEngine(store);
		var s = engine.settings();
		engine.saveSettings(org.custodian.audit.core.rules.RuleSettingsText.with(s, List.of("disabled=self-access")));
		engine.run(new NullProgressMonitor());
		assertEquals(0, store.alerts().count(new AlertFilter(null, null, null, null, "self-access")));
		assertFalse(store.alerts().list(AlertFilter.ALL, 0, 10).isEmpty());
	}
}
