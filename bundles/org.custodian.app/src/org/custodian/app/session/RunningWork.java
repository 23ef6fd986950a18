package org.custodian.app.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;

/**
 * The console's own background work still running or waiting (imports, rule runs, verifications): what the user
 * is told before the window closes or the database does, and what is cancelled then. System jobs of the platform
 * are left out; they are not the user's.
 */
public final class RunningWork {
	private RunningWork() {
	}

	public static List<Job> jobs() {
		List<Job> work = new ArrayList<>();
		for (Job job : Job.getJobManager().find(null)) {
			if (!job.isSystem() && (job.getState() == Job.RUNNING || job.getState() == Job.WAITING)) {
				work.add(job);
			}
		}
		return work;
	}

	/** "" when nothing runs, else a sentence naming the work, for a confirmation. */
	public static String describe(List<Job> jobs) {
		if (jobs.isEmpty()) {
			return "";
		}
		List<String> names = jobs.stream().map(Job::getName).limit(3).toList();
		String more = jobs.size() > 3 ? " and " + (jobs.size() - 3) + " more" : "";
		return (jobs.size() == 1 ? "One task is still running: " : jobs.size() + " tasks are still running: ")
				+ String.join("; ", names) + more + ". It will be stopped, and what it had saved is kept.";
	}

	/** Cancels the work and waits, boundedly, for it to stop before the database closes under it. */
	public static void cancelAndWait(List<Job> jobs, long millis) {
		jobs.forEach(Job::cancel);
		long deadline = System.currentTimeMillis() + millis;
		for (Job job : jobs) {
			long left = deadline - System.currentTimeMillis();
			if (left <= 0) {
				return;
			}
			try {
				job.join(left, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (org.eclipse.core.runtime.OperationCanceledException e) {
				return;
			}
		}
	}
}
