package org.custodian.audit.ui;

import java.util.List;

import org.custodian.app.ui.Column;
import org.custodian.app.ui.EntityGrid;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.store.StoredEvent;
import org.custodian.store.TrailEntry;
import org.custodian.store.TrailVerification;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The audit of the auditors: who looked at what inside this console (its own hash-chained trail, with a check
 * that nothing was edited or removed), and who used the PACS's audit log (imported 110101 events).
 */
public class TrailPart {
	static final int SHOWN = 2000;
	static final List<Column<TrailEntry>> TRAIL = List.of(
			Column.of("#", TrailEntry::seq, 60),
			Column.of("When", TrailEntry::time, 150),
			Column.of("Console user", TrailEntry::user, 120),
			Column.of("Action", TrailEntry::action, 170),
			Column.of("Subject", TrailEntry::subject, 140),
			Column.of("Detail", TrailEntry::detail, 260),
			Column.of("Hash", e -> e.hash().substring(0, 16) + "...", 150));
	static final List<Column<StoredEvent>> LOG_USED = List.of(
			Column.of("When", e -> e.event().time(), 150),
			Column.of("User", e -> e.event().userId(), 120),
			Column.of("From", e -> e.event().host(), 130),
			Column.of("Source", e -> e.event().source(), 120),
			Column.of("Detail", e -> e.event().detail(), 300));

	@Inject
	private AccessReview review;
	@Inject
	private UISynchronize ui;

	private Label result;
	private EntityGrid<TrailEntry> trail;
	private EntityGrid<StoredEvent> logUsed;
	private Button verify;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = Buttons.row(parent, 3);
		verify = Buttons.button(bar, "&Verify the console trail", "trail.verify", this::verify);
		Buttons.button(bar, "&Refresh", "trail.refresh", this::refresh);
		result = Buttons.status(bar, "trail.result");
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		trail = new EntityGrid<>(sash, "trail.grid", "This console's own trail (newest first)", TRAIL,
				"Nobody has looked at patient data in this console yet.");
		logUsed = new EntityGrid<>(sash, "trail.logUsed", "The PACS audit log used (imported 110101 events)", LOG_USED,
				"No imported trail records anyone reading the PACS audit log (event 110101).");
		sash.setWeights(2, 1);
		refresh();
	}

	public void refresh() {
		Job job = Job.create("Reading the console trail", monitor -> {
			try {
				List<TrailEntry> entries = review.trail().newest(SHOWN);
				List<StoredEvent> used = review.trail().auditLogUsed(SHOWN);
				ui.asyncExec(() -> {
					if (!trail.control().isDisposed()) {
						trail.setRows(entries);
						logUsed.setRows(used);
					}
				});
			} catch (RuntimeException e) {
				ui.asyncExec(() -> result.setText("The trail could not be read: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Recomputes the hash chain in the background and says whether it is intact. */
	public void verify() {
		verify.setEnabled(false);
		Job job = Job.create("Verifying the console trail", monitor -> {
			String text;
			try {
				TrailVerification v = review.trail().verify();
				text = v.intact() ? "Intact: all " + v.entries() + " entries follow from each other."
						: "BROKEN at entry " + v.firstBad() + ": " + v.problem() + ".";
			} catch (RuntimeException e) {
				text = "The trail could not be verified: " + e.getMessage();
			}
			String message = text;
			ui.asyncExec(() -> {
				if (!result.isDisposed()) {
					result.setText(message);
					result.getParent().layout(true);
					verify.setEnabled(true);
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	@Focus
	void focus() {
		verify.setFocus();
	}
}
