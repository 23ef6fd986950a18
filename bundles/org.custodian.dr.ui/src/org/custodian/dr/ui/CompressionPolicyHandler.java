package org.custodian.dr.ui;

import org.custodian.app.session.Session;
import org.custodian.app.ui.FormDialog;
import org.custodian.dr.core.CompressionPolicy;
import org.custodian.dr.core.RecoveryVerification;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jakarta.inject.Named;

/**
 * Backup &amp; DR > Compression policy... (Ctrl+Shift+K): the trust's modalities that must stay lossless and the
 * highest lossy ratio per modality, checked in the dialog and stored in a Job (on the console trail); the
 * compression audit and the start page's R3 read it.
 */
public class CompressionPolicyHandler {
	@CanExecute
	boolean canExecute(@Optional Session session) {
		return DrHandlers.mayChange(session);
	}

	@Execute
	void execute(@Named("activeShell") Shell shell, RecoveryVerification verification, IEventBroker events) {
		PolicyForm form = new PolicyForm(shell, verification.compressionPolicy());
		if (form.open() != Window.OK) {
			return;
		}
		CompressionPolicy policy = form.policy;
		Job job = Job.create("Storing the compression policy", monitor -> {
			verification.saveCompressionPolicy(policy);
			events.post(org.custodian.app.ui.DataEvents.CHANGED, "compression policy");
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private static final class PolicyForm extends FormDialog {
		private final CompressionPolicy stored;
		private Text lossless;
		private Text limits;
		CompressionPolicy policy;

		PolicyForm(Shell shell, CompressionPolicy stored) {
			super(shell, "Compression policy", "dr.compression.dialog");
			this.stored = stored;
		}

		@Override
		protected void fields(Composite form) {
			lossless = text(form, "&Lossless only (modalities, e.g. MG, DX)", "dr.compression.lossless",
					stored.losslessText());
			limits = text(form, "Lossy ratio &limits (e.g. CT=10, CR=15)", "dr.compression.limits",
					stored.limitsText());
		}

		@Override
		protected void save() {
			policy = CompressionPolicy.parse(lossless.getText(), limits.getText());
		}
	}
}
