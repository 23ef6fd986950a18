package org.custodian.supplier.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import org.custodian.app.ui.DataEvents;
import org.custodian.model.Trust;
import org.custodian.supplier.core.SupplierService;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;

/**
 * How every edit of this perspective is saved: in a Job (the database may be slow or busy), on a trust loaded
 * afresh so that another part's change is not overwritten, saved whole; then every view is told, and the part's
 * status line says what was done, or why it was refused (the core's message, or the store's for a role that may
 * only look).
 */
final class TrustChanges {
	private final SupplierService supplier;
	private final IEventBroker events;
	private final UISynchronize ui;
	private final Consumer<String> say;
	private final String refused;

	/**
	 * @param say     shows a sentence in the part's status line (called on the UI thread)
	 * @param refused the start of the sentence when an edit is refused ("Not saved")
	 */
	TrustChanges(SupplierService supplier, IEventBroker events, UISynchronize ui, Consumer<String> say, String refused) {
		this.supplier = supplier;
		this.events = events;
		this.ui = ui;
		this.say = say;
		this.refused = refused;
	}

	/**
	 * @param edit changes the trust and returns what to tell the user; throws IllegalArgumentException (or the
	 *             store's exception) to refuse, which leaves the stored trust as it was
	 */
	Job save(String jobName, Function<Trust, String> edit) {
		return run(jobName, edit, false);
	}

	/** {@link #save} followed by a recomputation of the retention register with the changed schedule. */
	Job saveAndRecompute(String jobName, Function<Trust, String> edit) {
		return run(jobName, edit, true);
	}

	/** Called on the UI thread; the status line says at once that the change is on its way. */
	private Job run(String jobName, Function<Trust, String> edit, boolean recompute) {
		say.accept(jobName + "...");
		Job job = Job.create(jobName, monitor -> {
			try {
				Trust t = supplier.trust();
				String done = edit.apply(t);
				supplier.save(t);
				if (recompute) {
					supplier.recompute();
				}
				ui.asyncExec(() -> say.accept(done));
				events.post(DataEvents.CHANGED, jobName);
			} catch (RuntimeException e) {
				ui.asyncExec(() -> say.accept(refused + ": " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
