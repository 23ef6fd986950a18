package org.custodian.dr.ui;

import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.custodian.app.ui.Background;
import org.custodian.app.ui.Column;
import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.model.BackupPolicy;
import org.custodian.model.DrPlan;
import org.custodian.model.ModelPackage;
import org.custodian.model.PacsNode;
import org.custodian.model.Site;
import org.custodian.model.TestRun;
import org.custodian.store.Store;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Backup & DR: the DR plans with their targets and last test, the PACS nodes they protect, and the backup
 * policies. (REQUIREMENTS R3, G4.)
 */
public class RecoveryPart {

	@Inject
	private Store store;
	@Inject
	private UISynchronize ui;

	private EntityGrid<DrPlan> plans;
	private EntityGrid<PacsNode> nodes;
	private EntityGrid<BackupPolicy> policies;

	@PostConstruct
	void create(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		plans = new EntityGrid<>(sash, "dr.plans", "DR plans", List.of(
				Column.of("Plan", DrPlan::getName, 280),
				Column.of("Scenario", DrPlan::getScenario, 170),
				Column.of("RPO (min)", DrPlan::getRpoMinutes, 80),
				Column.of("RTO (min)", DrPlan::getRtoMinutes, 80),
				Column.of("Test every (days)", DrPlan::getTestFrequencyDays, 120),
				Column.of("Last test", p -> last(p) == null ? null : last(p).getStarted(), 100),
				Column.of("Last result", p -> last(p) == null ? "never tested" : last(p).getResult(), 110),
				Column.of("Primary", p -> p.getPrimary() == null ? null : p.getPrimary().getName(), 140),
				Column.of("DR node", p -> p.getDr() == null ? null : p.getDr().getName(), 140)),
				"No DR plans yet. Plans per scenario (ransomware, fire, flood...) with RPO and RTO targets are "
						+ "recorded here; start the console with --demo to see an example trust.");
		nodes = new EntityGrid<>(sash, "dr.nodes", "PACS nodes", List.of(
				Column.of("Node", PacsNode::getName, 180),
				Column.of("Role", PacsNode::getRole, 120),
				Column.of("AE title", PacsNode::getAeTitle, 120),
				Column.of("Host", PacsNode::getHost, 220),
				Column.of("Port", PacsNode::getPort, 70),
				Column.of("Vendor", PacsNode::getVendor, 190),
				Column.of("Site", n -> n.eContainer() instanceof Site s ? s.getName() : null, 220)),
				"No PACS nodes registered yet.");
		policies = new EntityGrid<>(sash, "dr.policies", "Backup policies", List.of(
				Column.of("Policy", BackupPolicy::getName, 220),
				Column.of("Node", b -> b.getNode() == null ? null : b.getNode().getName(), 160),
				Column.of("Every (h)", BackupPolicy::getFrequencyHours, 80),
				Column.of("Copies", BackupPolicy::getCopies, 70),
				Column.of("Off-site", BackupPolicy::isOffsite, 80),
				Column.of("Immutable", BackupPolicy::isImmutable, 90),
				Column.of("Copies kept (days)", BackupPolicy::getCopyRetentionDays, 130)),
				"No backup policies recorded yet.");
		sash.setWeights(45, 30, 25);
		load();
	}

	private static TestRun last(DrPlan plan) {
		return plan.getRuns().stream().filter(r -> r.getStarted() != null)
				.max(Comparator.comparing(TestRun::getStarted)).orElse(null);
	}

	private record Registers(List<DrPlan> plans, List<PacsNode> nodes, List<BackupPolicy> policies) {
	}

	private void load() {
		if (!store.isOpen()) {
			return;
		}
		Background.load("Loading DR plans", () -> new Registers(
				store.entities().loadAll(ModelPackage.Literals.DR_PLAN),
				// through their sites, so that each node knows the site that holds it
				store.entities().<Site>loadAll(ModelPackage.Literals.SITE).stream()
						.flatMap(site -> site.getNodes().stream()).toList(),
				store.entities().loadAll(ModelPackage.Literals.BACKUP_POLICY)), ui, r -> {
					if (!plans.table().isDisposed()) {
						plans.setRows(r.plans());
						nodes.setRows(r.nodes());
						policies.setRows(r.policies());
					}
				}, e -> plans.setEmptyAction("Could not read the DR plans: " + e.getMessage(), null, null));
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(DataEvents.CHANGED) Object what) {
		if (plans != null) {
			load();
		}
	}
}
