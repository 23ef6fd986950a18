package org.custodian.dr.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.dr.core.BackupJobs;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.Finding;
import org.custodian.dr.core.Severity;
import org.custodian.model.BackupJob;
import org.custodian.model.BackupPolicy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Backup &amp; DR, Backup policies: how each node is backed up, and the proof that it was: the jobs imported from the
 * backup system's report (a command: Ctrl+Shift+B), the last job and successful job per policy, and the policy
 * flagged when a job failed or is missing. The trust's compression policy is set here too (Ctrl+Shift+K).
 */
public class PoliciesPart extends DrView {

	private EntityGrid<BackupPolicy> policies;
	private List<Finding> judged = List.of();

	@PostConstruct
	void create(Composite parent) {
		frame(parent);
		Composite section = section(root);
		policies = new EntityGrid<>(section, "dr.policies", "Backup policies", List.of(
				Column.of("Policy", BackupPolicy::getName, 220),
				Column.of("Node", b -> b.getNode() == null ? null : b.getNode().getName(), 160),
				Column.of("Every (h)", BackupPolicy::getFrequencyHours, 80),
				Column.of("Copies", BackupPolicy::getCopies, 70),
				Column.of("Off-site", BackupPolicy::isOffsite, 80),
				Column.of("Immutable", BackupPolicy::isImmutable, 90),
				Column.of("Copies kept (days)", BackupPolicy::getCopyRetentionDays, 130),
				Column.of("Jobs", b -> b.getJobs().size(), 60),
				Column.of("Last job", b -> last(b) == null ? null : last(b).getStarted(), 110),
				Column.of("Last result", b -> last(b) == null ? null : last(b).getStatus(), 100),
				Column.of("Backups", this::verdict, 420)),
				"No backup policies recorded yet: record how often each node is backed up with New policy.");
		grow(policies);
		Composite bar = new Composite(section, SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 0).applyTo(bar);
		button(bar, "dr.policy.new", "New &policy...", this::newPolicy);
		button(bar, "dr.policy.edit", "Edit policy...", this::editPolicy);
		button(bar, "dr.policy.remove", "Remove policy...", this::removePolicy);
		command(bar, "dr.jobs.import", "Import &backup report...", DrIds.IMPORT_JOBS);
		command(bar, "dr.compression.policy", "Compression polic&y...", DrIds.COMPRESSION_POLICY);
		statusLine("dr.policies.status");
		load();
	}

	@Override
	void show(DrRegisters.Registers r) {
		judged = BackupJobs.check(r.policies(), Instant.now());
		policies.setRows(r.policies());
	}

	private static BackupJob last(BackupPolicy b) {
		return b.getJobs().stream().filter(j -> j.getStarted() != null).max(Comparator.comparing(BackupJob::getStarted))
				.orElse(null);
	}

	/** The policy as its jobs judge it: FAILED or MISSING first, then what to check, else when it last ran. */
	private String verdict(BackupPolicy b) {
		return judged.stream().filter(f -> f.subject().equals(b.getName()))
				.sorted(Comparator.comparing(Finding::severity).reversed()).findFirst()
				.map(f -> (f.severity() == Severity.FAILURE ? "FAILED OR MISSING: " : f.severity() == Severity.WARNING
						? "CHECK: " : "") + f.detail())
				.orElse(null);
	}

	/** What the grid says about a policy's backups; for tests. */
	public String backupsOf(String policyName) {
		return current.policies().stream().filter(b -> policyName.equals(b.getName())).findFirst().map(this::verdict)
				.orElse(null);
	}

	private void newPolicy() {
		if (current.nodes().isEmpty()) {
			say("Record the node that is backed up first (PACS nodes, New node).");
			return;
		}
		edited(new PolicyDialog(root.getShell(), registers(), null, current.nodes()), "Backup policy recorded.");
	}

	private void editPolicy() {
		BackupPolicy b = selected(policies, current.policies(), "backup policy");
		if (b != null) {
			edited(new PolicyDialog(root.getShell(), registers(), b, current.nodes()), "Backup policy " + b.getName()
					+ " saved.");
		}
	}

	private void removePolicy() {
		BackupPolicy b = selected(policies, current.policies(), "backup policy");
		if (b != null) {
			confirmRemoval("Remove backup policy", "Remove the backup policy " + b.getName() + " with its "
					+ b.getJobs().size() + " imported jobs?", () -> registers().removePolicy(b.getId()));
		}
	}
}
