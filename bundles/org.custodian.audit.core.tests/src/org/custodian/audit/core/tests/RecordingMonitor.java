package org.custodian.audit.core.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Records the work reported and cancels when a condition holds. */
final class RecordingMonitor extends NullProgressMonitor {
	private final BooleanSupplier cancelWhen;
	int totalWork;
	double worked;

	RecordingMonitor() {
		this(() -> false);
	}

	RecordingMonitor(BooleanSupplier cancelWhen) {
		this.cancelWhen = cancelWhen;
	}

	@Override
	public void beginTask(String name, int total) {
		totalWork = total;
	}

	@Override
	public void internalWorked(double work) {
		worked += work;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public boolean isCanceled() {
		return super.isCanceled() || cancelWhen.getAsBoolean();
	}
}
