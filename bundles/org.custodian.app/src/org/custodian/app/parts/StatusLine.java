package org.custodian.app.parts;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.custodian.app.session.Session;
import org.custodian.app.ui.JobProgress;
import org.custodian.app.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The bottom line of the window: who is signed in to which database, and the running job with a progress
 * bar and a Cancel button.
 */
public class StatusLine {

	@Inject
	private UISynchronize ui;
	@Inject
	private JobProgress progress;

	private Label session;
	private Label jobLabel;
	private ProgressBar bar;
	private Button cancel;
	/** Latest state from a job thread; the UI picks up only the newest, so a busy job cannot flood it. */
	private final AtomicReference<JobProgress.State> pending = new AtomicReference<>();
	private JobProgress.State shown;
	private final JobProgress.Listener listener = this::jobChanged;

	@PostConstruct
	void create(Composite parent) {
		Composite line = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(4, false);
		layout.marginHeight = 2;
		line.setLayout(layout);
		session = WidgetIds.tag(new Label(line, SWT.NONE), "status.session");
		session.setText("Not signed in");
		session.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		// the job's text takes the width the session leaves, so "Importing x.xml: 40,000 of 100,000" is not cut
		// at a fixed width, and the bar and Cancel sit after it rather than over it
		jobLabel = WidgetIds.tag(new Label(line, SWT.NONE), "status.job");
		jobLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar = WidgetIds.tag(new ProgressBar(line, SWT.SMOOTH), "status.progress");
		bar.setLayoutData(new GridData(180, SWT.DEFAULT));
		cancel = WidgetIds.tag(new Button(line, SWT.PUSH), "status.cancel");
		cancel.setLayoutData(new GridData());
		cancel.setText("Cancel");
		cancel.setToolTipText("Cancel the running job; what it has already committed is kept");
		cancel.addListener(SWT.Selection, e -> {
			if (shown != null) {
				shown.job().cancel();
			}
		});
		showJob(null);
		progress.addListener(listener);
		// The trim bar is sized before its controls have text; lay the window out once it is up.
		line.getDisplay().asyncExec(() -> {
			if (!line.isDisposed()) {
				line.getShell().layout(true, true);
			}
		});
	}

	@Inject
	void signedIn(@Optional Session s) {
		if (session != null && !session.isDisposed()) {
			session.setText(s == null ? "Not signed in"
					: "Signed in as " + s.user() + "   \u2022   database " + s.database());
			session.getParent().layout(true);
		}
	}

	private void jobChanged(JobProgress.State state) {
		if (pending.getAndSet(state) == null) {
			ui.asyncExec(() -> showJob(pending.getAndSet(null)));
		}
	}

	private void showJob(JobProgress.State state) {
		if (jobLabel == null || jobLabel.isDisposed()) {
			return;
		}
		if (state != null && state.done()) {
			state = null;
		}
		boolean wasRunning = shown != null;
		shown = state;
		boolean running = state != null;
		String text = running ? state.name() + (state.task().isEmpty() ? "" : ": " + state.task()) : "";
		jobLabel.setText(text);
		jobLabel.setToolTipText(text.isEmpty() ? null : text);
		if (running) {
			bar.setSelection(state.fraction() < 0 ? 0 : (int) Math.round(state.fraction() * 100));
		}
		if (running != wasRunning || state == null) {
			// only a job starting or ending changes what the line holds; progress alone repaints the bar
			for (Control c : new Control[] { bar, cancel }) {
				c.setVisible(running);
				((GridData) c.getLayoutData()).exclude = !running;
			}
			jobLabel.getParent().layout(true);
		}
	}

	@PreDestroy
	void dispose() {
		progress.removeListener(listener);
	}
}
