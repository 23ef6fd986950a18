package org.custodian.audit.core.receive;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.custodian.audit.core.rules.RuleEngine;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * For a live PAS and RIS feed: now and then, when messages were taken since the last look, asks the rules which open
 * alerts the feeds explain now ({@link RuleEngine#recheck}), so that a report or an admission that came after the
 * look takes its alert out of the queue without anyone running the rules again. One thread, stopped by
 * {@link #close}.
 */
public final class LateCareRecheck implements AutoCloseable {
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "custodian-late-care-recheck");
		t.setDaemon(true);
		return t;
	});
	private final RuleEngine rules;
	private final LongSupplier taken;
	private final Consumer<String> log;
	private long seen;
	private volatile int explained;

	/**
	 * @param taken    how many messages the feed has taken so far (the listener's count)
	 * @param interval how often to look
	 */
	public LateCareRecheck(RuleEngine rules, LongSupplier taken, Duration interval, Consumer<String> log) {
		this.rules = rules;
		this.taken = taken;
		this.log = log;
		timer.scheduleWithFixedDelay(this::look, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void look() {
		long now = taken.getAsLong();
		if (now == seen) {
			return;
		}
		seen = now;
		try {
			int n = rules.recheck(new NullProgressMonitor());
			explained += n;
			if (n > 0) {
				log.accept(n + " open alerts the feeds now explain: marked EXPLAINED");
			}
		} catch (RuntimeException e) {
			// the next look tries again; the feed itself goes on
			log.accept("the open alerts could not be checked against the feeds: " + e.getMessage());
		}
	}

	/** Alerts taken out of the queue since this started. */
	public int explained() {
		return explained;
	}

	@Override
	public void close() throws InterruptedException {
		timer.shutdown();
		if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
			timer.shutdownNow();
		}
	}
}
