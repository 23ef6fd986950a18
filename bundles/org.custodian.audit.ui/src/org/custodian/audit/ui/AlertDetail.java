package org.custodian.audit.ui;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.custodian.app.ui.Formats;
import org.custodian.app.ui.WidgetIds;
import org.custodian.audit.core.review.AccessReview;
import org.custodian.audit.core.rules.DetectionRule;
import org.custodian.audit.core.rules.Directory;
import org.custodian.audit.core.rules.RuleEngine;
import org.custodian.store.Alert;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * The selected alert in full, beside the queue. It leads with why the alert fired (the whole reason, wrapped),
 * then the rule and what it looks for, the severity, the user as the staff directory describes them, the patient
 * with the NHS number the demographics crosswalk links, when, the status and the case. The user's and patient's
 * descriptions are read in the background; until they arrive the pane shows the identifiers as stored.
 */
final class AlertDetail {
	static final String NONE_SELECTED = "Select an alert (click its row number) to read why it fired, whom it"
			+ " concerns, and to open the patient's or the user's timeline.";
	private static final Map<String, String> RULES = RuleEngine.rules().stream()
			.collect(Collectors.toMap(DetectionRule::id, DetectionRule::description));

	private final AccessReview review;
	private final UISynchronize ui;
	private final Text text;
	private Alert shown;
	private int shownSelected;
	/** The staff directory, read once after each refresh of the queue (it is the whole trust's). */
	private volatile Directory directory;

	AlertDetail(Composite parent, AccessReview review, UISynchronize ui) {
		this.review = review;
		this.ui = ui;
		text = WidgetIds.tag(new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
				"alerts.detail");
		text.setText(NONE_SELECTED);
	}

	Control control() {
		return text;
	}

	/** The staff directory may have changed (an import, a load): read it again for the next alert shown. */
	void forgetDirectory() {
		directory = null;
	}

	/** Shows the alert ({@code null}: none selected); {@code selected} is how many alerts are selected. */
	void show(Alert alert, int selected) {
		if (alert != null && alert.equals(shown) && selected == shownSelected) {
			return; // the same alert again (a refresh that kept it selected): keep what was looked up
		}
		shown = alert;
		shownSelected = selected;
		if (alert == null) {
			text.setText(NONE_SELECTED);
			return;
		}
		text.setText(describe(alert, alert.userId() == null ? Directory.UNNAMED_USER : alert.userId(),
				alert.patientId(), selected));
		Job lookup = Job.create("Describing the alert's user and patient", monitor -> {
			try {
				String user = user(alert.userId());
				String patient = patient(alert.patientId());
				ui.asyncExec(() -> {
					if (!text.isDisposed() && alert.equals(shown)) {
						text.setText(describe(alert, user, patient, selected));
					}
				});
			} catch (RuntimeException e) {
				// the identifiers as stored stay shown: the descriptions only add to them
			}
			return Status.OK_STATUS;
		});
		lookup.setSystem(true);
		lookup.schedule();
	}

	private String user(String userId) {
		Directory d = directory;
		if (d == null) {
			d = review.directory();
			directory = d;
		}
		return d.describe(userId);
	}

	private String patient(String patientId) {
		if (patientId == null) {
			return null;
		}
		String nhs = review.nhsNumber(patientId);
		return nhs == null || patientId.replace(" ", "").startsWith(nhs) ? patientId
				: patientId + ", NHS number " + nhs;
	}

	static String describe(Alert a, String user, String patient, int selected) {
		String rule = RULES.get(a.rule());
		StringBuilder t = new StringBuilder(a.reason()).append("\n\n");
		t.append("Rule: ").append(a.rule()).append(rule == null ? "" : " (" + rule + ")").append('\n');
		t.append("Severity: ").append(a.severity()).append('\n');
		t.append("User: ").append(user).append('\n');
		t.append("Patient: ").append(patient != null ? patient
				: "none named (the alert is about the user's accesses to several patients)").append('\n');
		t.append("Time: ").append(Formats.display(a.time())).append('\n');
		t.append("Status: ").append(status(a)).append('\n');
		t.append("Case: ").append(a.caseRef() == null ? "none" : a.caseRef()).append('\n');
		t.append("Raised: ").append(Formats.display(a.raisedAt()));
		if (selected > 1) {
			t.append("\n\n").append(selected).append(" alerts are selected; this is the first of them.");
		}
		return t.toString();
	}

	/** "open", "in case", "dismissed". */
	static String status(Alert a) {
		return a.status().toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
