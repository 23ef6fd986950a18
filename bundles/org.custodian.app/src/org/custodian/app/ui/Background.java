package org.custodian.app.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

/**
 * Reads from the database off the UI thread and hands the result to the UI: every perspective loads its
 * registers this way, so a slow query never freezes the window.
 */
public final class Background {
	private Background() {
	}

	public static <T> Job load(String name, Supplier<T> read, UISynchronize ui, Consumer<T> show,
			Consumer<Exception> failed) {
		Job job = Job.create(name, monitor -> {
			try {
				T result = read.get();
				ui.asyncExec(() -> show.accept(result));
			} catch (RuntimeException e) {
				ui.asyncExec(() -> failed.accept(e));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}
}
