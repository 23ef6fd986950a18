package org.custodian.audit.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.custodian.model.Trust;
import org.custodian.store.AccessEventStore;
import org.custodian.store.EventFilter;
import org.custodian.store.StoredEvent;

/**
 * Electronic transfers out of the trust per receiving organisation (G6): how many, how many no agreement or
 * contract covers, and how long they took from request to delivery where the trail shows both. The request is the
 * archive's "begin transferring" event (110102) for the same study and destination, else an export (110106) of the
 * same study, at most {@link #REQUEST_WINDOW} before the delivery (110104).
 */
public final class TransferFigures {
	/** How far back a delivery's request is looked for. */
	public static final Duration REQUEST_WINDOW = Duration.ofDays(1);

	/** One receiving organisation's figures. */
	public record Receiver(String organisation, String under, int transfers, int unmatched, int timed, Duration median,
			Duration longest) {
	}

	/** Every receiver, most transfers first, and how many events were read. */
	public record Report(List<Receiver> receivers, int eventsRead, boolean truncated) {
		public int transfers() {
			return receivers.stream().mapToInt(Receiver::transfers).sum();
		}

		public int unmatched() {
			return receivers.stream().mapToInt(Receiver::unmatched).sum();
		}
	}

	private TransferFigures() {
	}

	/** The figures from the newest {@code max} transfer and export events of the trail. */
	public static Report of(AccessEventStore events, Trust trust, int max) {
		Receivers receivers = new Receivers(trust);
		List<StoredEvent> delivered = events.page(EventFilter.ALL.withEventCode("110104"), 0, max);
		List<StoredEvent> exports = events.page(EventFilter.ALL.withEventCode("110106"), 0, max);
		List<StoredEvent> begun = events.page(EventFilter.ALL.withEventCode("110102"), 0, max);
		Map<String, List<StoredEvent>> requests = new HashMap<>();
		for (StoredEvent e : begun) {
			if (e.event().studyUid() != null) {
				requests.computeIfAbsent(e.event().studyUid(), k -> new ArrayList<>()).add(e);
			}
		}
		for (StoredEvent e : exports) {
			if (e.event().studyUid() != null) {
				requests.computeIfAbsent(e.event().studyUid(), k -> new ArrayList<>()).add(e);
			}
		}
		Map<String, Tally> tallies = new TreeMap<>();
		List<StoredEvent> all = new ArrayList<>(delivered);
		all.addAll(exports);
		for (StoredEvent se : all) {
			Optional<Receivers.Transfer> t = Receivers.transfer(se.event());
			if (t.isEmpty() || receivers.ours(t.get())) {
				continue;
			}
			Optional<Receivers.Cover> cover = receivers.cover(t.get());
			Tally tally = tallies.computeIfAbsent(receivers.organisation(t.get()),
					k -> new Tally(cover.map(Receivers.Cover::under).orElse("no agreement or contract")));
			tally.transfers++;
			tally.unmatched += cover.isEmpty() ? 1 : 0;
			if ("110104".equals(se.event().eventCode())) {
				request(requests.get(se.event().studyUid()), t.get(), se.event().time())
						.ifPresent(d -> tally.durations.add(d));
			}
		}
		List<Receiver> out = new ArrayList<>();
		tallies.forEach((org, t) -> {
			List<Duration> d = t.durations.stream().sorted().toList();
			out.add(new Receiver(org, t.under, t.transfers, t.unmatched, d.size(), d.isEmpty() ? null : d.get(d.size() / 2),
					d.isEmpty() ? null : d.get(d.size() - 1)));
		});
		out.sort((a, b) -> Integer.compare(b.transfers(), a.transfers()));
		boolean truncated = delivered.size() == max || exports.size() == max || begun.size() == max;
		return new Report(out, delivered.size() + exports.size() + begun.size(), truncated);
	}

	/** How long before the delivery its request came, when the trail holds one. */
	private static Optional<Duration> request(List<StoredEvent> candidates, Receivers.Transfer t, Instant delivered) {
		if (candidates == null) {
			return Optional.empty();
		}
		Duration best = null;
		for (StoredEvent c : candidates) {
			Instant at = c.event().time();
			if (at.isAfter(delivered) || Duration.between(at, delivered).compareTo(REQUEST_WINDOW) > 0) {
				continue;
			}
			boolean sameDestination = "110106".equals(c.event().eventCode()) || c.event().detail() != null
					&& c.event().detail().contains(EventNames.SENT_TO + t.destination().get(0));
			if (!sameDestination) {
				continue;
			}
			Duration d = Duration.between(at, delivered);
			// the latest request before the delivery is the one it answers
			if (best == null || d.compareTo(best) < 0) {
				best = d;
			}
		}
		return Optional.ofNullable(best);
	}

	/** "4 min 10 s", "2 h 5 min". */
	public static String words(Duration d) {
		if (d == null) {
			return "";
		}
		long s = d.toSeconds();
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
		}
		return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
	}

	private static final class Tally {
		final String under;
		int transfers;
		int unmatched;
		final List<Duration> durations = new ArrayList<>();

		Tally(String under) {
			this.under = under;
		}
	}
}
