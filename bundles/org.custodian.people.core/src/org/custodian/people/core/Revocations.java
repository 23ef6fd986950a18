package org.custodian.people.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodian.model.Account;
import org.custodian.model.ChangeKind;
import org.custodian.model.Staff;
import org.custodian.model.StaffChange;
import org.custodian.model.Trust;

/**
 * Whether leavers lost their access in time (G1, G2). A leaver's deadline is the day by the end of which (in the
 * trust's zone) every account they own must be disabled: the HR feed's, else the last working day plus the
 * trust's grace days. Per leaver the result says when the last account was disabled and whether that met the
 * deadline. An account disabled at the last moment of the deadline day meets it; one second later is late.
 */
public final class Revocations {

	public enum Status {
		/** Every account disabled by the deadline. */
		MET,
		/** Every account disabled, one or more after the deadline. */
		LATE,
		/** The deadline has passed and an account is still enabled. */
		MISSING,
		/** Accounts are still enabled but the deadline has not passed yet. */
		PENDING,
		/** The leaver owns no known account. */
		NO_ACCOUNTS;

		public boolean breach() {
			return this == LATE || this == MISSING;
		}
	}

	/** One leaver's revocation. {@code disabledAt} is the last account's, null while one is enabled. */
	public record Leaver(Staff staff, LocalDate endDate, LocalDate deadline, List<Account> accounts,
			Instant disabledAt, Status status, LocalDate smartcardRemoved, LocalDate positionRemoved) {
	}

	private Revocations() {
	}

	/**
	 * Sets the trust's revocation deadline: accounts disabled by the end of the last working day plus
	 * {@code days} (0, the default: by the end of the last working day).
	 *
	 * @throws IllegalArgumentException if negative
	 */
	public static void setGraceDays(Trust trust, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("The revocation deadline cannot be before the last working day ("
					+ days + " days).");
		}
		PeopleData.settings(trust).setRevocationGraceDays(days);
	}

	/** Every member of staff with an end date on or before {@code now}'s day plus pending ones, by end date. */
	public static List<Leaver> check(Trust trust, Instant now, ZoneId zone) {
		int grace = PeopleData.settings(trust).getRevocationGraceDays();
		Map<Staff, StaffChange> leaving = new HashMap<>();
		for (StaffChange c : trust.getStaffChanges()) {
			if (c.getKind() == ChangeKind.LEAVER) {
				leaving.merge(c.getStaff(), c, (a, b) -> a.getEffectiveDate().after(b.getEffectiveDate()) ? a : b);
			}
		}
		Map<Staff, List<Account>> owned = new HashMap<>();
		for (Account a : trust.getAccounts()) {
			if (a.getOwner() != null) {
				owned.computeIfAbsent(a.getOwner(), k -> new ArrayList<>()).add(a);
			}
		}
		List<Leaver> result = new ArrayList<>();
		for (Staff s : trust.getStaff()) {
			LocalDate end = Days.day(s.getEndDate());
			if (end == null) {
				continue;
			}
			StaffChange change = leaving.get(s);
			LocalDate deadline = change != null && change.getRevocationDeadline() != null
					? Days.day(change.getRevocationDeadline())
					: end.plusDays(grace);
			List<Account> accounts = owned.getOrDefault(s, List.of());
			result.add(judge(s, end, deadline, accounts, now, zone, change));
		}
		result.sort(Comparator.comparing(Leaver::endDate).reversed());
		return result;
	}

	/** The breaches alone: late or missing revocations. */
	public static List<Leaver> breaches(Trust trust, Instant now, ZoneId zone) {
		return check(trust, now, zone).stream().filter(l -> l.status().breach()).toList();
	}

	static Leaver judge(Staff s, LocalDate end, LocalDate deadline, List<Account> accounts, Instant now, ZoneId zone,
			StaffChange change) {
		Instant limit = Days.endOf(deadline, zone);
		Instant last = null;
		boolean enabled = false;
		for (Account a : accounts) {
			Instant off = Days.instant(a.getDisabledAt());
			if (a.isEnabled() || off == null) {
				enabled = true;
			} else if (last == null || off.isAfter(last)) {
				last = off;
			}
		}
		Status status;
		if (accounts.isEmpty()) {
			status = Status.NO_ACCOUNTS;
		} else if (enabled) {
			status = now.isBefore(limit) ? Status.PENDING : Status.MISSING;
		} else {
			status = last.isBefore(limit) ? Status.MET : Status.LATE;
		}
		return new Leaver(s, end, deadline, List.copyOf(accounts), enabled ? null : last, status,
				change == null ? null : Days.day(change.getSmartcardRemovedAt()),
				change == null ? null : Days.day(change.getPositionRemovedAt()));
	}
}
