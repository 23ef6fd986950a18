package org.custodian.people.core;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.custodian.model.Account;
import org.custodian.model.Staff;
import org.custodian.model.Trust;
import org.custodian.store.AccessEventStore;
import org.custodian.store.EventFilter;
import org.custodian.store.StoredEvent;

/**
 * The proof that revocation worked: any access event by an account after its owner's last working day is a
 * finding, raised as an alert here and in the access perspective. Events are read through the event store's
 * indexed, paged queries (one count and one small page per leaver's account), never loaded whole.
 */
public final class AccessAfterEndDate {
	/** How many of a finding's events are kept as examples; the count covers all. */
	public static final int EXAMPLES = 20;

	/** One account used after its owner left: how often, the first and last time, and some of the events. */
	public record Finding(Staff staff, Account account, Instant after, long events, List<StoredEvent> examples) {
		public Instant latest() {
			return examples.isEmpty() ? null : examples.get(0).event().time();
		}
	}

	private AccessAfterEndDate() {
	}

	public static List<Finding> find(Trust trust, AccessEventStore events, ZoneId zone) {
		List<Finding> findings = new ArrayList<>();
		for (Account a : trust.getAccounts()) {
			Staff owner = a.getOwner();
			if (owner == null || owner.getEndDate() == null || a.getUsername() == null) {
				continue;
			}
			Instant after = Days.endOf(Days.day(owner.getEndDate()), zone);
			EventFilter filter = new EventFilter(null, a.getUsername(), after, null);
			long count = events.count(filter);
			if (count > 0) {
				findings.add(new Finding(owner, a, after, count, events.page(filter, 0, EXAMPLES)));
			}
		}
		return findings;
	}

	/** Accesses after the end date by any account of {@code staff}. */
	public static long count(Trust trust, Staff staff, AccessEventStore events, ZoneId zone) {
		if (staff.getEndDate() == null) {
			return 0;
		}
		Instant after = Days.endOf(Days.day(staff.getEndDate()), zone);
		long n = 0;
		for (Account a : trust.getAccounts()) {
			if (a.getOwner() == staff && a.getUsername() != null) {
				n += events.count(new EventFilter(null, a.getUsername(), after, null));
			}
		}
		return n;
	}
}
