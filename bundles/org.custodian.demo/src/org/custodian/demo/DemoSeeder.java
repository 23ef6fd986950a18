package org.custodian.demo;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.model.ModelPackage;
import org.custodian.model.Trust;
import org.custodian.store.AccessEvent;
import org.custodian.store.AccessEventStore;
import org.custodian.store.CareRelationship;
import org.custodian.store.ImportRun;
import org.custodian.store.Store;

/**
 * Seeds the synthetic demo trust into an empty database, once: a newcomer sees a working console, not empty
 * tables. Everything is made up and deterministic (the same data every time); no real person is named.
 */
public final class DemoSeeder {
	/** Access events the demo writes: enough to feel the grid's paging, few enough to seed in seconds. */
	public static final int EVENTS = 100_000;
	private static final int BATCH = 5_000;

	private DemoSeeder() {
	}

	/** Seeds when the database holds no trust yet; returns whether it did. Cancelling stops between batches. */
	private static final int RULES_WORK = 20;

	public static boolean seedIfEmpty(Store store, IProgressMonitor monitor) {
		// counted, not loaded: loading would read the whole trust just to see that there is one
		if (store.entities().counts().containsKey(ModelPackage.Literals.TRUST.getName())) {
			return false;
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Seeding the demo trust", 10 + EVENTS / BATCH + RULES_WORK);
		sub.subTask("staff, systems, providers");
		DemoTrust demo = DemoTrust.build();
		store.entities().save(demo.trust());
		sub.worked(10);
		List<AccessEvent> exports = writeEvents(store, new DemoAccessEvents(demo), sub);
		writeTransfers(store);
		// the media office's register of the CDs in the trail, saved before the access rules first run
		DemoRecords.registerExports(demo.trust(), exports, java.time.ZoneId.of("Europe/London"));
		store.entities().save(demo.trust());
		// the rules run wherever events arrive: the queue and the start page are right from the first screen
		sub.subTask("checking the access events against the detection rules");
		new RuleEngine(store).run(sub.split(RULES_WORK));
		return true;
	}

	/** Writes the events in batches; returns the exports to media (110106) among them. */
	private static List<AccessEvent> writeEvents(Store store, DemoAccessEvents source, SubMonitor sub) {
		List<AccessEvent> exports = new ArrayList<>();
		AccessEventStore events = store.events();
		List<CareRelationship> care = new ArrayList<>(BATCH);
		long run = events.beginImport("demo trust", "synthetic");
		String status = ImportRun.FAILED;
		try {
			List<AccessEvent> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < EVENTS; i++) {
				AccessEvent next = source.next();
				batch.add(next);
				if ("110106".equals(next.eventCode())) {
					exports.add(next);
				}
				if (source.care() != null) {
					care.add(source.care());
				}
				if (batch.size() == BATCH) {
					if (sub.isCanceled()) {
						status = ImportRun.CANCELLED;
						throw new OperationCanceledException();
					}
					sub.subTask("access events " + (i + 1) + " of " + EVENTS);
					events.commitBatch(run, batch, List.of(), "event " + (i + 1));
					store.references().addCare(care);
					batch.clear();
					care.clear();
					sub.worked(1);
				}
			}
			if (!batch.isEmpty()) {
				events.commitBatch(run, batch, List.of(), "event " + EVENTS);
				store.references().addCare(care);
			}
			status = ImportRun.COMPLETED;
		} finally {
			events.finishImport(run, status);
		}
		return exports;
	}

	/**
	 * Electronic transfers out of the trust (G6, R5): a fortnight of out-of-hours CT sent to the teleradiology
	 * partner's node, which the agreement names, each begun (110102) and delivered (110104) a few minutes apart;
	 * one study sent to a node nobody named; and one study deleted that the destruction register does not hold (R4).
	 */
	private static void writeTransfers(Store store) {
		java.util.Random random = new java.util.Random(110102L);
		List<AccessEvent> events = new ArrayList<>();
		java.time.Instant day = DemoTrust.TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		for (int d = 14; d >= 1; d--) {
			java.time.Instant begun = day.minus(java.time.Duration.ofDays(d)).plusSeconds(3600L * 22 + random.nextInt(3000));
			String patient = String.format("EL%06d", random.nextInt(5000));
			String study = "1.2.826.0.1.3680043.10.1001.9" + d;
			String to = DemoTrust.TELERAD_AE + " at 10.60.0.12";
			events.add(new AccessEvent(begun, "110102", "R", 0, null, "PACS_MAIN", null, "pacs-main", patient, null,
					study, "PACS_MAIN", "sent to " + to));
			events.add(new AccessEvent(begun.plusSeconds(90 + random.nextInt(480)), "110104", "R", 0, null, "PACS_MAIN",
					null, "pacs-main", patient, null, study, "PACS_MAIN", (200 + random.nextInt(900))
							+ " instances; sent to " + to));
		}
		java.time.Instant stray = day.minus(java.time.Duration.ofDays(3)).plusSeconds(3600L * 15);
		events.add(new AccessEvent(stray, "110104", "R", 0, null, "PACS_MAIN", null, "pacs-main", "EL000812", null,
				"1.2.826.0.1.3680043.10.1001.812.2", "PACS_MAIN", "240 instances; sent to EXTPACS at 203.0.113.50"));
		events.add(new AccessEvent(day.minus(java.time.Duration.ofDays(2)).plusSeconds(3600L * 11), "110105", "D", 0,
				null, "PACS_MAIN", null, "pacs-main", "EL000977", null, "1.2.826.0.1.3680043.10.1001.977.1", "PACS_MAIN",
				"study deleted from the archive"));
		events.sort(java.util.Comparator.comparing(AccessEvent::time));
		long run = store.events().beginImport("demo trust: transfers and a deletion", "synthetic");
		store.events().commitBatch(run, events, List.of(), "transfer " + events.size());
		store.events().finishImport(run, ImportRun.COMPLETED);
	}

	/** For tests and the command line: the trust alone, not saved. */
	public static Trust exampleTrust() {
		return DemoTrust.build().trust();
	}
}
