package org.custodian.audit.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.custodian.model.Staff;
import org.custodian.model.Workstation;
import org.custodian.store.AccessEvent;
import org.custodian.store.EventFilter;
import org.custodian.store.EventOrder;
import org.custodian.store.NewAlert;
import org.custodian.store.StoredEvent;

/** The rules that look at many events together: bulk out of hours, volume, failed log-ins, shared accounts. */
final class PatternRules {
	private static final int WINDOW_PAGE = 5000;

	private PatternRules() {
	}

	/**
	 * Many patients in one out-of-hours period. The period is counted from the database, not only from the
	 * batch, so a night split over two imports is still seen whole.
	 */
	static final class OutOfHoursBulk implements DetectionRule {
		@Override
		public String id() {
			return "out-of-hours";
		}

		@Override
		public String description() {
			return "Many different patients opened by one user in one out-of-hours period, none of them explained"
					+ " by the RIS feed.";
		}

		@Override
		public void checkBatch(List<StoredEvent> batch, RuleContext ctx, List<NewAlert> alerts) {
			Set<Map.Entry<String, LocalDate>> periods = new HashSet<>();
			for (StoredEvent se : batch) {
				AccessEvent e = se.event();
				if (PatientAccess.is(e) && e.userId() != null && ctx.outOfHours(e.time())
						&& !SystemTraffic.is(e, ctx.directory())) {
					periods.add(Map.entry(e.userId(), ctx.offPeriod(e.time())));
				}
			}
			for (Map.Entry<String, LocalDate> p : periods) {
				Instant[] bounds = ctx.offPeriodBounds(p.getValue());
				Set<String> patients = new HashSet<>();
				Instant first = null;
				Instant last = null;
				for (StoredEvent se : window(ctx, p.getKey(), bounds[0], bounds[1])) {
					AccessEvent e = se.event();
					// the night's work the RIS explains (the on-call radiologist's reports, the department's
					// studies) is not browsing: only patients nothing explains are counted
					if (PatientAccess.is(e) && ctx.outOfHours(e.time()) && ctx.explanation(se).isEmpty()) {
						patients.add(se.patientKey() != null ? se.patientKey() : e.patientId());
						first = first == null || e.time().isBefore(first) ? e.time() : first;
						last = last == null || e.time().isAfter(last) ? e.time() : last;
					}
				}
				if (patients.size() >= ctx.settings().outOfHoursPatients()) {
					alerts.add(new NewAlert(id(), Severity.HIGH.name(), p.getKey(), null, first, 0,
							ctx.directory().describe(p.getKey()) + " opened the images of " + patients.size()
									+ " different patients out of hours, with nothing in the RIS explaining them, between " + ctx.when(first) + " and "
									+ ctx.when(last) + " (the trust's threshold is "
									+ ctx.settings().outOfHoursPatients() + " in one period; working hours are "
									+ ctx.settings().workStart() + " to " + ctx.settings().workEnd() + ").",
							id() + ":" + p.getKey() + ":" + p.getValue()));
				}
			}
		}
	}

	/** A day far above the user's own baseline and their department's. */
	static final class Volume implements DetectionRule {
		/** Fewer comparable days of trail than this, and a day cannot be judged busy. */
		static final int MIN_BASELINE_DAYS = 5;

		@Override
		public String id() {
			return "volume";
		}

		@Override
		public String description() {
			return "A day with far more accesses than the user's own daily average and their peers'.";
		}

		@Override
		public void checkBatch(List<StoredEvent> batch, RuleContext ctx, List<NewAlert> alerts) {
			ZoneId zone = ctx.settings().zone();
			Map<LocalDate, Set<String>> usersByDay = new TreeMap<>();
			for (StoredEvent se : batch) {
				if (se.event().userId() != null && PatientAccess.is(se.event()) && !SystemTraffic.is(se.event(), ctx.directory())) {
					usersByDay.computeIfAbsent(se.event().time().atZone(zone).toLocalDate(), d -> new HashSet<>())
							.add(se.event().userId());
				}
			}
			int window = ctx.settings().baselineDays();
			LocalDate firstDay = ctx.firstDay();
			for (Map.Entry<LocalDate, Set<String>> day : usersByDay.entrySet()) {
				// the average is over the days the trail holds, and over working days for a working day: a month's
				// total divided by thirty days a trail does not have yet, or by weekends, makes every busy day a spike
				LocalDate from = day.getKey().minusDays(window);
				if (firstDay != null && firstDay.isAfter(from)) {
					from = firstDay;
				}
				int days = comparableDays(from, day.getKey(), ctx.settings());
				if (days < MIN_BASELINE_DAYS) {
					continue; // too little of the trail to tell a busy day from a usual one
				}
				Instant start = day.getKey().atStartOfDay(zone).toInstant();
				Instant end = day.getKey().plusDays(1).atStartOfDay(zone).toInstant();
				Map<String, Long> today = ctx.events().countsByUser(start, end);
				Map<String, Long> before = ctx.events().countsByUser(from.atStartOfDay(zone).toInstant(), start);
				for (String user : day.getValue()) {
					long count = today.getOrDefault(user, 0L);
					if (count < ctx.settings().volumeMinimum()) {
						continue;
					}
					double own = before.getOrDefault(user, 0L) / (double) days;
					double peers = peerMean(user, before, ctx, days);
					double baseline = Math.max(own, peers);
					if (count > ctx.settings().volumeFactor() * Math.max(baseline, 1)) {
						alerts.add(new NewAlert(id(), Severity.MEDIUM.name(), user, null, start, 0,
								ctx.directory().describe(user) + " made " + count + " accesses on " + day.getKey()
										+ ", against a daily average of " + String.format("%.1f", own)
										+ " over the previous " + days + (ctx.settings().dayOff(day.getKey()) ? " days" : " working days")
										+ " and " + String.format("%.1f", peers)
										+ " for their peers (alert above " + ctx.settings().volumeFactor()
										+ " times the higher).",
								id() + ":" + user + ":" + day.getKey()));
					}
				}
			}
		}

		/** Days from {@code from} up to {@code day} (excluded) to average over: the working days, for a working day. */
		private static int comparableDays(LocalDate from, LocalDate day, RuleSettings settings) {
			boolean working = !settings.dayOff(day);
			int n = 0;
			for (LocalDate d = from; d.isBefore(day); d = d.plusDays(1)) {
				if (!working || !settings.dayOff(d)) {
					n++;
				}
			}
			return n;
		}

		/** The daily mean of the other users of the same department (0 when the directory does not say). */
		private static double peerMean(String user, Map<String, Long> before, RuleContext ctx, int days) {
			Optional<String> department = ctx.directory().staff(user).map(Staff::getDepartment);
			if (department.isEmpty()) {
				return 0;
			}
			long total = 0;
			int peers = 0;
			for (Map.Entry<String, Long> e : before.entrySet()) {
				if (!e.getKey().equals(user) && ctx.directory().staff(e.getKey()).map(Staff::getDepartment)
						.filter(department.get()::equalsIgnoreCase).isPresent()) {
					total += e.getValue();
					peers++;
				}
			}
			return peers == 0 ? 0 : total / (double) peers / days;
		}
	}

	/** Failed log-ins (110114 with a failed outcome) in a burst. */
	static final class FailedLogins implements DetectionRule {
		@Override
		public String id() {
			return "failed-logins";
		}

		@Override
		public String description() {
			return "A burst of failed log-ins by one user (guessing, or a shared password that changed).";
		}

		@Override
		public void checkBatch(List<StoredEvent> batch, RuleContext ctx, List<NewAlert> alerts) {
			Map<String, List<AccessEvent>> failures = new HashMap<>();
			for (StoredEvent se : batch) {
				AccessEvent e = se.event();
				if ("110114".equals(e.eventCode()) && e.outcome() != 0) {
					failures.computeIfAbsent(Objects.requireNonNullElse(e.userId(), "(unknown user)"),
							k -> new ArrayList<>()).add(e);
				}
			}
			Duration window = Duration.ofMinutes(ctx.settings().failedLoginMinutes());
			int needed = ctx.settings().failedLogins();
			for (Map.Entry<String, List<AccessEvent>> user : failures.entrySet()) {
				List<AccessEvent> list = user.getValue();
				list.sort(Comparator.comparing(AccessEvent::time));
				int from = 0;
				for (int to = 0; to < list.size(); to++) {
					while (Duration.between(list.get(from).time(), list.get(to).time()).compareTo(window) > 0) {
						from++;
					}
					if (to - from + 1 >= needed) {
						AccessEvent first = list.get(from);
						Set<String> hosts = new HashSet<>();
						list.subList(from, to + 1).forEach(e -> hosts.add(String.valueOf(e.host())));
						alerts.add(new NewAlert(id(), Severity.MEDIUM.name(), user.getKey(), null, first.time(), 0,
								(to - from + 1) + " failed log-ins for " + ctx.directory().describe(user.getKey())
										+ " between " + ctx.when(first.time()) + " and " + ctx.when(list.get(to).time())
										+ " from " + String.join(", ", hosts) + " (threshold " + needed + " within "
										+ ctx.settings().failedLoginMinutes() + " minutes).",
								id() + ":" + user.getKey() + ":" + first.time()));
						from = to + 1; // one alert per burst
					}
				}
			}
		}
	}

	/** One account at two workstations at once: credentials shared or stolen. */
	static final class SharedAccount implements DetectionRule {
		@Override
		public String id() {
			return "shared-account";
		}

		@Override
		public String description() {
			return "One account used from two different workstations within a few minutes.";
		}

		@Override
		public void checkBatch(List<StoredEvent> batch, RuleContext ctx, List<NewAlert> alerts) {
			Map<String, List<StoredEvent>> byUser = new HashMap<>();
			for (StoredEvent se : batch) {
				if (se.event().userId() != null && se.event().host() != null && se.event().outcome() == 0) {
					byUser.computeIfAbsent(se.event().userId(), k -> new ArrayList<>()).add(se);
				}
			}
			Duration window = Duration.ofMinutes(ctx.settings().sharedAccountMinutes());
			for (Map.Entry<String, List<StoredEvent>> user : byUser.entrySet()) {
				List<StoredEvent> list = user.getValue();
				list.sort(Comparator.comparing((StoredEvent s) -> s.event().time()));
				Set<LocalDate> reported = new HashSet<>();
				for (int i = 1; i < list.size(); i++) {
					AccessEvent a = list.get(i - 1).event();
					AccessEvent b = list.get(i).event();
					if (Duration.between(a.time(), b.time()).compareTo(window) > 0 || samePlace(a.host(), b.host(), ctx)) {
						continue;
					}
					LocalDate day = b.time().atZone(ctx.settings().zone()).toLocalDate();
					if (!reported.add(day)) {
						continue; // one alert per account and day is enough to open a case
					}
					alerts.add(new NewAlert(id(), Severity.HIGH.name(), user.getKey(), b.patientId(), b.time(),
							list.get(i).id(), "The account " + ctx.directory().describe(user.getKey()) + " was used from "
									+ place(a.host(), ctx) + " at " + ctx.when(a.time()) + " and from " + place(b.host(), ctx)
									+ " at " + ctx.when(b.time()) + ", " + Duration.between(a.time(), b.time()).toSeconds()
									+ " seconds apart: one person cannot be at both.",
							id() + ":" + user.getKey() + ":" + day));
				}
			}
		}

		private static boolean samePlace(String hostA, String hostB, RuleContext ctx) {
			if (hostA.equalsIgnoreCase(hostB)) {
				return true;
			}
			Optional<String> a = ctx.directory().workstation(hostA).map(Workstation::getLocation);
			Optional<String> b = ctx.directory().workstation(hostB).map(Workstation::getLocation);
			return a.isPresent() && b.isPresent() && a.get().equalsIgnoreCase(b.get());
		}

		private static String place(String host, RuleContext ctx) {
			return ctx.directory().workstation(host)
					.map(w -> host + " (" + (w.getLocation() != null ? w.getLocation() : w.getName()) + ")").orElse(host);
		}
	}

	/** Every event of a user in a period, from the database, oldest first (bounded: a period is a night). */
	static List<StoredEvent> window(RuleContext ctx, String user, Instant from, Instant to) {
		List<StoredEvent> all = new ArrayList<>();
		EventFilter filter = new EventFilter(null, user, from, to);
		StoredEvent last = null;
		while (all.size() < 100_000) {
			List<StoredEvent> page = ctx.events().pageAfter(filter, EventOrder.NEWEST_FIRST, last, 0, WINDOW_PAGE);
			all.addAll(page);
			if (page.size() < WINDOW_PAGE) {
				break;
			}
			last = page.get(page.size() - 1);
		}
		all.sort(Comparator.comparing((StoredEvent s) -> s.event().time()));
		return all;
	}
}
