package org.custodian.audit.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.custodian.store.Trusts;
import org.custodian.store.NewAlert;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The one rule engine: reads the events stored since its last run (a watermark on the event id, kept in the
 * database), applies every enabled rule, and raises their alerts into the one queue. Running it again over the
 * same events raises nothing twice (each alert has a dedupe key), so after a reference feed changes the rules
 * can simply run from the start.
 */
public final class RuleEngine {
	public static final String WATERMARK = "rules.watermark";
	/** When the rules last finished a run, and over how many events ("2026-03-01T10:00:00Z 1234"). */
	public static final String LAST_RUN = "rules.last-run";
	private static final int PAGE = 5000;

	private final Store store;

	public RuleEngine(Store store) {
		store.require(Permission.VIEW_ACCESS);
		this.store = store;
	}

	/** Every rule of audit-formats.md, in the order the settings page lists them. */
	public static List<DetectionRule> rules() {
		return List.of(new PersonRules.SelfAccess(), new PersonRules.Family(), new PersonRules.Neighbour(),
				new PersonRules.CoWorker(),
				new EventRules.Flagged(), new EventRules.LeaverOrMover(), new EventRules.NoCareRelationship(),
				new PatternRules.OutOfHoursBulk(), new PatternRules.Volume(), new PatternRules.FailedLogins(),
				new PatternRules.SharedAccount(), new EventRules.ExportEncryption(), new EventRules.BreakGlass(),
				new EventRules.QueryByName(), new RegisterRules.UnmatchedTransfer(),
				new RegisterRules.DeletionOutsideRegister());
	}

	public RuleSettings settings() {
		return RuleSettings.read(store.alerts().setting(RuleSettings.SETTING));
	}

	/** Stores the settings every console applies, and writes what changed to the console trail. */
	public void saveSettings(RuleSettings settings) {
		store.require(Permission.CHANGE_ACCESS);
		String before = settings().write();
		store.alerts().setting(RuleSettings.SETTING, settings.write());
		store.trail().append(store.user(), "change rule settings", "detection rules",
				RuleSettingsText.changes(before, settings.write()));
	}

	/** Applies the rules to the events stored since the last run. */
	public RuleRunReport run(IProgressMonitor monitor) {
		String mark = store.alerts().setting(WATERMARK);
		return runFrom(mark == null ? 0 : Long.parseLong(mark), monitor);
	}

	/**
	 * Applies the rules to every stored event again (after the settings or a reference feed changed), then takes
	 * out of the queue the open alerts the feeds now explain (see {@link #recheck}).
	 */
	public RuleRunReport runFromStart(IProgressMonitor monitor) {
		RuleRunReport r = runFrom(0, monitor);
		if (r.cancelled()) {
			return r;
		}
		return new RuleRunReport(r.eventsChecked(), r.alertsRaised(), r.raisedByRule(), false, recheck(monitor));
	}

	/**
	 * Marks EXPLAINED the open alerts the feeds explain now (a report or an admission that came after the look),
	 * each on the console trail; returns how many. The live HL7 listener calls it after it took care messages.
	 */
	public int recheck(IProgressMonitor monitor) {
		store.require(Permission.CHANGE_ACCESS);
		RuleSettings settings = settings();
		Directory directory = new Directory(Trusts.find(store), settings.zone());
		RuleContext context = new RuleContext(settings, directory, CareLookup.of(store), store.references(),
				store.events(), store.patients());
		return AlertRecheck.run(store, context, rules().stream().filter(r -> settings.enabled(r.id())).toList(), monitor);
	}

	private RuleRunReport runFrom(long watermark, IProgressMonitor monitor) {
		store.require(Permission.CHANGE_ACCESS);
		RuleSettings settings = settings();
		Directory directory = new Directory(Trusts.find(store), settings.zone());
		RuleContext context = new RuleContext(settings, directory, CareLookup.of(store), store.references(),
				store.events(), store.patients());
		List<DetectionRule> rules = rules().stream().filter(r -> settings.enabled(r.id())).toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Checking access events against the rules",
				IProgressMonitor.UNKNOWN);
		Map<String, Integer> byRule = new TreeMap<>();
		long checked = 0;
		int raised = 0;
		long mark = watermark;
		while (true) {
			if (progress.isCanceled()) {
				return new RuleRunReport(checked, raised, byRule, true);
			}
			List<StoredEvent> batch = store.events().after(mark, PAGE);
			if (batch.isEmpty()) {
				break;
			}
			List<NewAlert> alerts = new ArrayList<>();
			for (DetectionRule rule : rules) {
				for (StoredEvent e : batch) {
					rule.check(e, context, alerts);
				}
				rule.checkBatch(batch, context, alerts);
			}
			// raised one rule at a time so that the report can say which rule's alerts were new
			for (DetectionRule rule : rules) {
				List<NewAlert> mine = alerts.stream().filter(a -> a.rule().equals(rule.id())).toList();
				int n = store.alerts().raise(mine);
				if (n > 0) {
					byRule.merge(rule.id(), n, Integer::sum);
					raised += n;
				}
			}
			checked += batch.size();
			mark = batch.get(batch.size() - 1).id();
			store.alerts().setting(WATERMARK, Long.toString(Math.max(mark, currentWatermark())));
			progress.setWorkRemaining(100).worked(1);
			progress.subTask(checked + " events checked, " + raised + " alerts raised");
		}
		store.alerts().setting(LAST_RUN, java.time.Instant.now() + " " + checked);
		return new RuleRunReport(checked, raised, byRule, false);
	}

	/** Events stored that no run of the rules has checked yet, counted up to {@code max}. */
	public long unchecked(int max) {
		return store.events().after(currentWatermark(), max).size();
	}

	/** When the rules last finished, or null when they never ran. */
	public java.time.Instant lastRun() {
		String v = store.alerts().setting(LAST_RUN);
		return v == null ? null : java.time.Instant.parse(v.split(" ")[0]);
	}

	private long currentWatermark() {
		String mark = store.alerts().setting(WATERMARK);
		return mark == null ? 0 : Long.parseLong(mark);
	}
}
