package org.custodian.app.ui;

import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * The console's progress view: every Job gets a monitor from here, and whoever listens (the status line)
 * hears the running job's name, its share done and whether it can be cancelled. Pure e4 has no progress
 * view of its own; this is the part of one we need. Listeners are called on the job's thread.
 */
public final class JobProgress extends ProgressProvider {

	/** A snapshot of one job's progress; {@code fraction} is -1 when the job does not know its total. */
	public record State(Job job, String name, String task, double fraction, boolean done) {
	}

	public interface Listener {
		void changed(State state);
	}

	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	@Override
	public IProgressMonitor createMonitor(Job job) {
		if (job.isSystem()) {
			return new NullProgressMonitor();
		}
		return new Monitor(job);
	}

	private void fire(State s) {
		for (Listener l : listeners) {
			l.changed(s);
		}
	}

	private final class Monitor extends NullProgressMonitor {
		private final Job job;
		private String name;
		private String task = "";
		private int total = UNKNOWN;
		private double worked;

		Monitor(Job job) {
			this.job = job;
			this.name = job.getName();
		}

		@Override
		public void beginTask(String taskName, int totalWork) {
			if (taskName != null && !taskName.isEmpty()) {
				name = taskName;
			}
			total = totalWork;
			worked = 0;
			publish(false);
		}

		@Override
		public void subTask(String subTask) {
			task = subTask == null ? "" : subTask;
			publish(false);
		}

		@Override
		public void setTaskName(String taskName) {
			name = taskName;
			publish(false);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
			publish(false);
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void done() {
			publish(true);
		}

		private void publish(boolean done) {
			double fraction = total > 0 ? Math.min(1.0, worked / total) : -1;
			fire(new State(job, name, task, fraction, done));
		}
	}
}
