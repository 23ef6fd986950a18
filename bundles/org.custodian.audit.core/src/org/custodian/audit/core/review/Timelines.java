package org.custodian.audit.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custodian.audit.core.rules.Directory;
import org.custodian.audit.core.rules.EventNames;
import org.custodian.report.ChartData;
import org.custodian.store.EventFilter;
import org.custodian.store.Permission;
import org.custodian.store.Store;
import org.custodian.store.StoredEvent;

/**
 * Patient and user timelines with the explanation of each access, and access volumes for charts. Every
 * timeline shown is first written to the console's own trail: if the trail cannot be written, nothing is shown.
 */
public final class Timelines {
	private final Store store;

	public Timelines(Store store) {
		store.require(Permission.VIEW_ACCESS);
		this.store = store;
	}

	/** The newest {@code limit} accesses to a patient's images, explained. */
	public List<TimelineEntry> patient(String patientId, Instant from, Instant to, int limit) {
		store.trail().append(store.user(), "view patient timeline", patientId, period(from, to));
		return explain(store.events().page(new EventFilter(patientId, null, from, to), 0, limit));
	}

	/**
	 * Writes to the console trail that a patient's events were looked at other than in a timeline (the events grid
	 * filtered by the patient, {@code custodian-cli events --patient}, an alert or a case of theirs): every view
	 * of a patient's events is on the trail, wherever it was.
	 *
	 * @param where what showed them ("events grid", "custodian-cli events")
	 */
	public void viewedEvents(String patientId, String where) {
		store.trail().append(store.user(), "view patient events", patientId, where);
	}

	/** The newest {@code limit} accesses by a user, explained. */
	public List<TimelineEntry> user(String userId, Instant from, Instant to, int limit) {
		store.trail().append(store.user(), "view user timeline", userId, period(from, to));
		return explain(store.events().page(new EventFilter(null, userId, from, to), 0, limit));
	}

	/** Events per day for a patient, a user or everything (filter), as a chart. */
	public ChartData volume(EventFilter filter, String title) {
		Map<LocalDate, Long> perDay = store.events().countsByDay(filter);
		List<String> labels = new ArrayList<>();
		double[] values = new double[perDay.size()];
		int i = 0;
		for (Map.Entry<LocalDate, Long> e : perDay.entrySet()) {
			labels.add(e.getKey().toString());
			values[i++] = e.getValue();
		}
		return new ChartData(title, labels, List.of(new ChartData.Series("accesses", values)), null, "per day");
	}

	/** Explains events without writing to the trail (for the case pack, whose export is itself recorded). */
	public List<TimelineEntry> explain(List<StoredEvent> events) {
		AccessClasses classes = new AccessClasses(store);
		Directory directory = classes.directory();
		List<TimelineEntry> entries = new ArrayList<>(events.size());
		for (StoredEvent se : events) {
			var e = se.event();
			String where = e.host() == null ? "" : directory.workstation(e.host())
					.map(w -> e.host() + " (" + (w.getLocation() != null ? w.getLocation() : w.getName()) + ")")
					.orElse(e.host());
			String what = EventNames.action(e)
					+ (e.studyUid() != null ? ", study " + e.studyUid() : "")
					+ (e.outcome() != 0 ? " (failed)" : "");
			// a machine's access is neither explained nor unexplained: it is nobody's, and said so
			String explanation = classes.isSystem(se) ? AccessClasses.SYSTEM + " (a machine: never judged as a person's)"
					: classes.explanation(se).orElse(TimelineEntry.NONE);
			entries.add(new TimelineEntry(se, directory.describe(e.userId()), where, what, explanation));
		}
		return entries;
	}

	private static String period(Instant from, Instant to) {
		return from == null && to == null ? "all time" : (from == null ? "..." : from.toString()) + " to "
				+ (to == null ? "now" : to.toString());
	}
}
