package org.custodian.dr.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.custodian.app.ui.DataEvents;
import org.custodian.app.ui.EntityGrid;
import org.custodian.app.ui.Formats;
import org.custodian.dr.core.CompressionAudit;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.DrRegisters;
import org.custodian.dr.core.FileReport;
import org.custodian.dr.core.RecoveryTargets;
import org.custodian.dr.core.TestRuns;
import org.custodian.model.DrPlan;
import org.custodian.model.TestRun;
import org.custodian.model.Verdict;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Backup &amp; DR, Test runs: every plan's runs, newest first, with their level, readiness, RPO and RTO achieved,
 * missed targets, verdict and sign-off. The run selected here gets its verdict from the signed-in user and its
 * sign-off from a second person with their own password (commands: Ctrl+Shift+J, Ctrl+Shift+O); a run done outside
 * the console, a restored folder and a compression audit are recorded for the plan chosen in Plans.
 */
public class RunsPart extends DrView {

	private EntityGrid<TestRun> runs;
	private List<TestRun> shown = List.of();
	@Inject
	private MApplication application;

	@PostConstruct
	void create(Composite parent) {
		frame(parent);
		Composite section = section(root);
		runs = new EntityGrid<>(section, "dr.runs", "Test runs", DrColumns.runs(),
				"No test runs recorded yet: choose a plan in Plans and press Verify now.");
		grow(runs);
		Composite bar = new Composite(section, SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 0).applyTo(bar);
		button(bar, "dr.evidence", "Show evi&dence...", this::showEvidence);
		command(bar, "dr.verdict", "Record &verdict...", DrIds.VERDICT);
		command(bar, "dr.signoff", "&Sign off...", DrIds.SIGN_OFF);
		button(bar, "dr.record", "Record a &test run...", this::recordRun);
		button(bar, "dr.verifyFolder", "Verify a restored &folder...", this::verifyFolder);
		button(bar, "dr.compression", "&Compression audit...", this::compressionAudit);
		statusLine("dr.runs.status");
		load();
	}

	@Override
	void show(DrRegisters.Registers r) {
		List<TestRun> all = new ArrayList<>();
		r.plans().forEach(p -> all.addAll(p.getRuns()));
		all.sort(Comparator.comparing(TestRun::getStarted, Comparator.nullsLast(Comparator.reverseOrder())));
		shown = all;
		runs.setRows(all);
	}

	/** The plan chosen in Plans, or the first one; null after saying there is none. */
	private DrPlan chosenPlan() {
		Object chosenPlanId = application.getContext().get(DrIds.CHOSEN_PLAN);
		DrPlan plan = current.plans().stream().filter(p -> p.getId().equals(chosenPlanId)).findFirst()
				.orElse(current.plans().isEmpty() ? null : current.plans().get(0));
		if (plan == null) {
			say("Record a DR plan first (Plans).");
		}
		return plan;
	}

	/** The row of the run with that id, or -1; for tests. */
	public int runRow(String runId) {
		for (int i = 0; i < shown.size(); i++) {
			if (runId.equals(shown.get(i).getId())) {
				return i;
			}
		}
		return -1;
	}

	/** What the runs grid shows in a row under a header; for tests, which read the grid as a user does. */
	public Object runCell(int row, String header) {
		return DrColumns.value(DrColumns.runs(), header, shown.get(row));
	}

	/**
	 * The operator's verdict ({@code verdict}) or the second person's sign-off on the selected run (the commands'
	 * handlers); the operator is the signed-in user, and the second person signs with their own password.
	 */
	void closeRun(boolean verdict) {
		TestRun run = selected(runs, shown, "test run");
		if (run == null) {
			return;
		}
		DrPlan plan = RecoveryTargets.plan(run);
		if (plan == null) {
			say("That test run belongs to no plan.");
			return;
		}
		String which = "the test run of " + plan.getName() + " started " + Formats.display(run.getStarted());
		if (verdict) {
			VerdictDialog dialog = new VerdictDialog(root.getShell(), plan, run, store.user(), verification);
			if (dialog.open() == Window.OK) {
				say("Verdict " + RecoveryTargets.verdict(dialog.recorded(), Formats::display) + " recorded for " + which
						+ " by " + store.user() + "; a second person signs it off next.");
				events.post(DataEvents.CHANGED, "dr runs");
			}
		} else if (run.getOperatorVerdict() == null || run.getOperatorVerdict() == Verdict.NONE) {
			say("Record the operator's verdict on " + which + " first; then a second person signs it off.");
		} else {
			SignOffDialog dialog = new SignOffDialog(root.getShell(), plan, run, verification);
			if (dialog.open() == Window.OK) {
				say("T" + which.substring(1) + " signed off by " + TestRuns.signer(dialog.recorded())
						+ ", on the console trail.");
				events.post(DataEvents.CHANGED, "dr runs");
			}
		}
	}

	private void showEvidence() {
		TestRun r = selected(runs, shown, "test run");
		if (r == null) {
			return;
		}
		if (r.getEvidence().isEmpty()) {
			say("That test run has no evidence files (runs recorded before evidence was kept, or by hand).");
			return;
		}
		new EvidenceDialog(root.getShell(), List.copyOf(r.getEvidence())).open();
	}

	/** A run done outside the console (failover, clean-up, a supplier's exercise), with its evidence files. */
	private void recordRun() {
		DrPlan plan = chosenPlan();
		if (plan != null && new RecordRunDialog(root.getShell(), plan, () -> fresh(plan), verification)
				.open() == Window.OK) {
			say("Test run of " + plan.getName() + " recorded; give it the operator's verdict next.");
			events.post(DataEvents.CHANGED, "dr runs");
		}
	}

	private void verifyFolder() {
		if (chosenPlan() == null) {
			return;
		}
		DirectoryDialog folders = new DirectoryDialog(root.getShell());
		folders.setMessage("The restored backup folder to check");
		String folder = folders.open();
		if (folder == null) {
			return;
		}
		FileDialog manifests = new FileDialog(root.getShell(), SWT.OPEN);
		manifests.setText("Its manifest (sha256sum format)");
		manifests.setFilterExtensions(new String[] { "*.sha256;*.txt;*.manifest", "*" });
		String manifest = manifests.open();
		if (manifest != null) {
			verifyFolder(Path.of(folder), Path.of(manifest));
		}
	}

	/**
	 * Checks a restored folder against its manifest (SHA-256 and a header parse per file, in parallel) in a Job
	 * and records the outcome as a test run of the chosen plan; public for tests.
	 */
	public Job verifyFolder(Path folder, Path manifest) {
		DrPlan plan = chosenPlan();
		if (plan == null) {
			return null;
		}
		return recorded("Verifying " + folder.getFileName() + " against " + manifest.getFileName(), monitor -> {
			Instant started = Instant.now();
			FileReport r = verification.verifyFiles(folder, manifest, monitor);
			TestRun run = verification.record(fresh(plan), "file-verification", started, r.duration(), r.findings(),
					r.cancelled());
			return "Restored folder " + folder + ": " + r.ok() + " of " + r.listed() + " files intact, "
					+ run.getErrors().size() + " errors; recorded as a test run of " + plan.getName() + ".";
		}, "Could not verify " + folder + ": ");
	}

	private void compressionAudit() {
		if (chosenPlan() == null) {
			return;
		}
		DirectoryDialog folders = new DirectoryDialog(root.getShell());
		folders.setMessage("The folder of DICOM files to audit (a restored backup, an export) against the trust's "
				+ "compression policy (Backup policies, Compression policy...)");
		String folder = folders.open();
		if (folder != null) {
			compressionAudit(Path.of(folder), null);
		}
	}

	/**
	 * Lists every lossy object of a folder against the policy ({@code null}: the trust's stored one, read in the
	 * Job) and records the outcome as a test run of the chosen plan; public for tests.
	 */
	public Job compressionAudit(Path folder, CompressionPolicy given) {
		DrPlan plan = chosenPlan();
		if (plan == null) {
			return null;
		}
		return recorded("Compression audit of " + folder.getFileName(), monitor -> {
			Instant started = Instant.now();
			CompressionPolicy policy = given != null ? given : verification.compressionPolicy();
			CompressionAudit.Result r = verification.auditCompression(folder, policy, monitor);
			TestRun run = verification.record(fresh(plan), "compression-audit", started,
					Duration.between(started, Instant.now()), r.findings(), monitor.isCanceled());
			return "Compression audit of " + folder + " (" + policy + "): " + r.objects() + " objects, " + r.lossy()
					+ " lossy, " + run.getErrors().size() + " against the policy; recorded as a test run of "
					+ plan.getName() + ".";
		}, "Could not audit " + folder + ": ");
	}

	/** Work that records a run, in a Job; its outcome (or failure) goes to the status line. */
	private interface Check {
		String run(org.eclipse.core.runtime.IProgressMonitor monitor) throws IOException;
	}

	private Job recorded(String name, Check check, String failed) {
		Job job = Job.create(name, monitor -> {
			try {
				String outcome = check.run(monitor);
				ui.asyncExec(() -> say(outcome));
			} catch (IOException | RuntimeException e) {
				ui.asyncExec(() -> say(failed + e.getMessage()));
			}
			events.post(DataEvents.CHANGED, "dr runs");
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		say("Running: " + name + "; progress is in the status line.");
		return job;
	}
}
