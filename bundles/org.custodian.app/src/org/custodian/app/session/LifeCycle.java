package org.custodian.app.session;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.custodian.app.ui.JobProgress;
import org.custodian.store.Store;

/** Application life cycle: reads the start options and makes sure the database is shut down on exit. */
public class LifeCycle {

	@PostContextCreate
	void started(IEclipseContext context) {
		context.set(StartOptions.class, StartOptions.from(Platform.getApplicationArgs()));
		JobProgress progress = new JobProgress();
		context.set(JobProgress.class, progress);
		Job.getJobManager().setProgressProvider(progress);
	}

	@PreSave
	void stopping(IEclipseContext context) {
		Job.getJobManager().cancel(null);
		Store store = context.get(Store.class);
		if (store != null) {
			store.close();
		}
	}
}
