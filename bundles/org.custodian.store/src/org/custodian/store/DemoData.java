package org.custodian.store;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Sample data a console can be started with ({@code --demo}): a service the demo bundle offers when it is
 * installed. Sign-in and the command line use it when present, so a trust's own installation, which leaves the
 * demo out, carries no code that writes made-up patients into its database.
 */
public interface DemoData {
	/**
	 * Seeds the open store when it holds no trust yet and returns whether it did; when it already holds one,
	 * nothing is touched. Cancelling the monitor stops between batches.
	 */
	boolean seedIfEmpty(Store store, IProgressMonitor monitor);
}
